/**
 * open-closed-benchmarks: benchmark scores of open-weights and closed models,
 * from the data of Epoch AI's 2024 report "How far behind are open models?"
 * (MMLU, GPQA, BBH, GSM1k) and Epoch AI's own benchmark runs up to November
 * 2025 (GPQA Diamond, MATH level 5, SWE-bench Verified).
 *
 * Version 2 decides open or closed for Epoch AI's runs through Epoch AI's
 * models database, three exports in turn, before falling back on a published
 * Hugging Face id. Version 1 matched only the notable-models export and read a
 * missing Hugging Face id as "closed", which marked Mistral's open models,
 * evaluated through Mistral's API, as closed.
 */
import * as z from 'zod';
import { booleanColumn, dateColumn, enumColumn, numberColumn, stringColumn } from '../columns.ts';
import type { DatasetDefinition } from '../dataset.ts';
import { rawRecords } from '../raw.ts';
import { rawShape } from './raw-shapes.ts';
import { compareText } from '../order.ts';

const REPORT = 'epoch-open-model-trends/benchmarks_with_model_accessibility.csv';
const GSM1K = 'epoch-open-model-trends/gsm1k_with_model_accessibility.csv';
const RUNS = 'epoch-benchmark-stitching/benchmarks_runs.csv';
const VERSIONS = 'epoch-benchmark-stitching/model_versions.csv';
const NOTABLE = 'epoch-models-2026-02-mirror/Epoch Database - Notable Models.csv';
const LARGE_SCALE = 'epoch-models-2026-02-mirror/large_scale_ai_models.csv';
const ALL_MODELS = 'epoch-training-cost-trends/All ML Systems - full view.csv';

/** Epoch AI's models database, in the order it is consulted: newest and most curated first. */
const DATABASES = [
  { path: NOTABLE, source: 'notable-models-2026-02' },
  { path: LARGE_SCALE, source: 'large-scale-models-2026-02' },
  { path: ALL_MODELS, source: 'all-models-2025-08' },
] as const;

const REPORT_BENCHMARKS = ['MMLU', 'GPQA', 'BBH'] as const;
const RUN_BENCHMARKS: Record<string, string> = {
  'GPQA diamond': 'GPQA Diamond',
  'MATH level 5': 'MATH level 5',
  'SWE-Bench verified': 'SWE-bench Verified',
};

export const ACCESSIBILITY_SOURCES = [
  'report',
  'notable-models-2026-02',
  'large-scale-models-2026-02',
  'all-models-2025-08',
  'hugging-face-weights',
] as const;

export const openClosedBenchmarksSchema = z.object({
  model: stringColumn({ description: 'Model (or model version, for Epoch AI’s runs).' }),
  date: dateColumn({ description: 'Release date of the model or model version.' }),
  benchmark: stringColumn({ description: 'Benchmark name.' }),
  score: numberColumn(
    { description: 'Score as a fraction of questions or tasks solved.', unit: 'fraction' },
    { min: 0 },
  ),
  open: booleanColumn({ description: 'true when the weights are published (open-weights), false otherwise.' }),
  accessibility_source: enumColumn(ACCESSIBILITY_SOURCES, {
    description:
      'How "open" was decided: report (the 2024 report’s own Open/Closed column); for Epoch AI’s runs, the model’s accessibility in Epoch AI’s models database, matched by exact name in the first export that records it (notable-models-2026-02, then large-scale-models-2026-02, then all-models-2025-08, the full database as of August 2025); or hugging-face-weights (no export records it, and Epoch AI lists a Hugging Face id for the version, so its weights are published). Runs of models with neither are left out.',
  }),
  database_model: stringColumn(
    {
      description:
        'For Epoch AI’s runs: the model’s name in Epoch AI’s models database, through which accessibility and compute were joined.',
    },
    { optional: true },
  ),
  training_compute_flop: numberColumn(
    {
      description:
        'Training compute of the model, as the 2024 report records it or, for Epoch AI’s runs, from the database export that gave its accessibility.',
      unit: 'FLOP',
    },
    { min: 0, optional: true },
  ),
  source: stringColumn({ description: 'Raw file and row (or Epoch AI run id) the score comes from.' }),
});

interface Row {
  model: string;
  date: string;
  benchmark: string;
  score: number;
  open: boolean;
  accessibility_source: (typeof ACCESSIBILITY_SOURCES)[number];
  database_model: string | undefined;
  training_compute_flop: number | undefined;
  source: string;
}

export const openClosedBenchmarks: DatasetDefinition<typeof openClosedBenchmarksSchema> = {
  name: 'open-closed-benchmarks',
  version: 2,
  date: '2026-11-22',
  title: 'Benchmark scores of open and closed models',
  description:
    'Scores of open-weights and closed models on MMLU, GPQA, BBH and GSM1k (the data of Epoch AI’s 2024 report on open models) and on GPQA Diamond, MATH level 5 and SWE-bench Verified (Epoch AI’s own evaluations to November 2025), each marked open or closed and with the rule that decided it: the report’s own classification, or Epoch AI’s models database.',
  licence: 'CC BY 4.0',
  attribution:
    'Epoch AI, data of “How far behind are open models?” (Cottier, You, Martemianova & Owen, 2024) and Epoch AI Benchmarking Hub runs (benchmark-stitching repository), CC BY 4.0; accessibility from Epoch AI, “Data on AI Models”; derived by Open & Closed.',
  inputs: [
    {
      path: REPORT,
      ...rawShape(REPORT),
      sha256: '63c6f27d1291769f84fcd1c4b7924f10561a8314c5593f94671b5676a32afec2',
      origin: 'https://github.com/epoch-research/open-model-trends',
      commit: 'a72b3e93b358ba653a775a41f3e9e5d3984709fd',
      licence: 'CC BY 4.0 (Epoch AI)',
    },
    {
      path: GSM1K,
      ...rawShape(GSM1K),
      sha256: '89e4f02007aba25c4fd49e3fc763ad697640056036c87af8569b4058a5d5f0d2',
      origin: 'https://github.com/epoch-research/open-model-trends',
      commit: 'a72b3e93b358ba653a775a41f3e9e5d3984709fd',
      licence: 'CC BY 4.0 (Epoch AI)',
    },
    {
      path: RUNS,
      ...rawShape(RUNS),
      sha256: '5907dfcbd446aeec61d20a0d971be3b6ca07ecf46f40ada3a4b8e26a656b70a8',
      origin: 'https://github.com/epoch-research/benchmark-stitching',
      commit: 'f87d3cc8e8a8f8471be475ebce58fb9a73b4e756',
      licence: 'CC BY 4.0 (Epoch AI Benchmarking Hub)',
    },
    {
      path: VERSIONS,
      ...rawShape(VERSIONS),
      sha256: '08025ffc7b5c00781dd86ef5261f38b2204ed6d5b36160c61af3d9c8da9a10e6',
      origin: 'https://github.com/epoch-research/benchmark-stitching',
      commit: 'f87d3cc8e8a8f8471be475ebce58fb9a73b4e756',
      licence: 'CC BY 4.0 (Epoch AI)',
    },
    {
      path: NOTABLE,
      ...rawShape(NOTABLE),
      sha256: '4755ada13cb8cb50c690ac209c78920277d9a058218aebd38c984dc8bb4b6594',
      origin: 'https://github.com/AlexsJones/llmfit (mirror of Epoch AI’s export)',
      commit: 'a652be31dd0cbe36f89572de7022e2a145fb3788',
      licence: 'CC BY 4.0 (Epoch AI)',
    },
    {
      path: LARGE_SCALE,
      ...rawShape(LARGE_SCALE),
      sha256: '15501489eee0dd60c9c45f79d4e08c104c4c2a0ea958ba440350a7506ea67769',
      origin: 'https://github.com/AlexsJones/llmfit (mirror of Epoch AI’s export)',
      commit: 'a652be31dd0cbe36f89572de7022e2a145fb3788',
      licence: 'CC BY 4.0 (Epoch AI)',
    },
    {
      path: ALL_MODELS,
      ...rawShape(ALL_MODELS),
      sha256: '74509130a942f476053447d26cd9a3805a03d48b8feffef714826c5e340c9ec2',
      origin:
        'https://github.com/epoch-research/training-cost-trends (Epoch AI’s database, data/All ML Systems - full view.csv)',
      commit: '263c40a159307e917213d1dc433c617e47d55bfe',
      licence: 'CC BY 4.0 (Epoch AI)',
    },
  ],
  schema: openClosedBenchmarksSchema,
  key: ['model', 'benchmark'],
  build(inputs) {
    const rows: Row[] = [];
    const report = (path: string, benchmarks: readonly string[]) => {
      for (const r of rawRecords(inputs[path] ?? '', path)) {
        const model = r.optionalText('System');
        const date = r.optionalDate('Date');
        const status = r.get('Open/Closed');
        if (!model || date === undefined || (status !== 'Open' && status !== 'Closed')) continue;
        for (const benchmark of benchmarks) {
          const score = r.optionalNumber(benchmark);
          if (score === undefined) continue;
          rows.push(
            r.source({
              model,
              date,
              benchmark,
              score,
              open: status === 'Open',
              accessibility_source: 'report',
              database_model: undefined,
              training_compute_flop: r.optionalNumber('Training compute (FLOP)'),
              source: `${path} row ${r.row}`,
            }),
          );
        }
      }
    };
    report(REPORT, REPORT_BENCHMARKS);
    report(GSM1K, ['GSM1k']);

    const databases = DATABASES.map(({ path, source }) => ({
      source,
      models: new Map(rawRecords(inputs[path] ?? '', path).map((r) => [r.optionalText('Model'), r])),
    }));
    /** The first export that records the model's accessibility, with that record. */
    const lookUp = (name: string | undefined) => {
      for (const { source, models } of databases) {
        const record = models.get(name);
        if (record && record.get('Model accessibility') !== '') return { source, record };
      }
      return undefined;
    };
    const versions = new Map(rawRecords(inputs[VERSIONS] ?? '', VERSIONS).map((r) => [r.get('id'), r]));
    const best = new Map<string, Row>();
    for (const run of rawRecords(inputs[RUNS] ?? '', RUNS)) {
      const benchmark = RUN_BENCHMARKS[run.get('task')];
      const version = versions.get(run.get('model'));
      const score = run.optionalNumber('Best score (across scorers)');
      if (!benchmark || !version || score === undefined || run.get('Status') !== 'Success') continue;
      const date = version.optionalDate('Version release date');
      if (date === undefined) continue;
      const name = version.optionalText('Model');
      const found = lookUp(name);
      const onHuggingFace = version.get('Hugging Face developer id') !== '';
      // Neither the database nor a published Hugging Face id says: unknown, left out.
      if (!found && !onHuggingFace) continue;
      const row: Row = run.source({
        model: run.get('model'),
        date,
        benchmark,
        score,
        open: found ? found.record.get('Model accessibility').startsWith('Open weights') : true,
        accessibility_source: found ? found.source : 'hugging-face-weights',
        database_model: name,
        training_compute_flop: found ? found.record.optionalNumber('Training compute (FLOP)') : undefined,
        source: `${RUNS} run ${run.get('id')}`,
      });
      // Several runs of one version on one benchmark: keep the best, as Epoch AI's hub reports.
      const key = `${row.model}\u0000${benchmark}`;
      const previous = best.get(key);
      if (!previous || score > previous.score) best.set(key, row);
    }
    rows.push(...best.values());
    return rows.sort(
      (a, b) => compareText(a.benchmark, b.benchmark) || compareText(a.date, b.date) || compareText(a.model, b.model),
    );
  },
};
