/**
 * open-closed-benchmarks: benchmark scores of open-weights and closed models,
 * from the data of Epoch AI's 2024 report "How far behind are open models?"
 * (MMLU, GPQA, BBH, GSM1k) and Epoch AI's own benchmark runs up to November
 * 2025 (GPQA Diamond, MATH level 5, SWE-bench Verified).
 */
import * as z from 'zod';
import { booleanColumn, dateColumn, enumColumn, numberColumn, stringColumn } from '../columns.ts';
import type { DatasetDefinition } from '../dataset.ts';
import { rawNumber, rawRecords, rawText } from '../raw.ts';

const REPORT = 'epoch-open-model-trends/benchmarks_with_model_accessibility.csv';
const GSM1K = 'epoch-open-model-trends/gsm1k_with_model_accessibility.csv';
const RUNS = 'epoch-benchmark-stitching/benchmarks_runs.csv';
const VERSIONS = 'epoch-benchmark-stitching/model_versions.csv';
const MODELS = 'epoch-models-2026-02-mirror/Epoch Database - Notable Models.csv';

const REPORT_BENCHMARKS = ['MMLU', 'GPQA', 'BBH'] as const;
const RUN_BENCHMARKS: Record<string, string> = {
  'GPQA diamond': 'GPQA Diamond',
  'MATH level 5': 'MATH level 5',
  'SWE-Bench verified': 'SWE-bench Verified',
};

export const ACCESSIBILITY_SOURCES = ['report', 'epoch-models-database', 'hugging-face-weights'] as const;

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
      'How "open" was decided: report (the 2024 report’s own Open/Closed column), epoch-models-database (the model’s accessibility in Epoch AI’s database, matched by exact name), or hugging-face-weights (no exact match; open when Epoch AI lists a Hugging Face id for the version).',
  }),
  training_compute_flop: numberColumn(
    {
      description:
        'Training compute of the model, as the 2024 report records it or, for Epoch AI’s runs, from Epoch AI’s database when the name matches.',
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
  training_compute_flop: number | undefined;
  source: string;
}

export const openClosedBenchmarks: DatasetDefinition<typeof openClosedBenchmarksSchema> = {
  name: 'open-closed-benchmarks',
  version: 1,
  date: '2026-11-22',
  title: 'Benchmark scores of open and closed models',
  description:
    'Scores of open-weights and closed models on MMLU, GPQA, BBH and GSM1k (the data of Epoch AI’s 2024 report on open models) and on GPQA Diamond, MATH level 5 and SWE-bench Verified (Epoch AI’s own evaluations to November 2025), each marked open or closed and with the rule that decided it.',
  licence: 'CC BY 4.0',
  attribution:
    'Epoch AI, data of “How far behind are open models?” (Cottier, You, Martemianova & Owen, 2024) and Epoch AI Benchmarking Hub runs (benchmark-stitching repository), CC BY 4.0; accessibility from Epoch AI, “Data on AI Models”; derived by Open & Closed.',
  inputs: [
    {
      path: REPORT,
      sha256: '63c6f27d1291769f84fcd1c4b7924f10561a8314c5593f94671b5676a32afec2',
      origin: 'https://github.com/epoch-research/open-model-trends',
      commit: 'a72b3e93b358ba653a775a41f3e9e5d3984709fd',
      licence: 'CC BY 4.0 (Epoch AI)',
    },
    {
      path: GSM1K,
      sha256: '89e4f02007aba25c4fd49e3fc763ad697640056036c87af8569b4058a5d5f0d2',
      origin: 'https://github.com/epoch-research/open-model-trends',
      commit: 'a72b3e93b358ba653a775a41f3e9e5d3984709fd',
      licence: 'CC BY 4.0 (Epoch AI)',
    },
    {
      path: RUNS,
      sha256: '5907dfcbd446aeec61d20a0d971be3b6ca07ecf46f40ada3a4b8e26a656b70a8',
      origin: 'https://github.com/epoch-research/benchmark-stitching',
      commit: 'f87d3cc8e8a8f8471be475ebce58fb9a73b4e756',
      licence: 'CC BY 4.0 (Epoch AI Benchmarking Hub)',
    },
    {
      path: VERSIONS,
      sha256: '08025ffc7b5c00781dd86ef5261f38b2204ed6d5b36160c61af3d9c8da9a10e6',
      origin: 'https://github.com/epoch-research/benchmark-stitching',
      commit: 'f87d3cc8e8a8f8471be475ebce58fb9a73b4e756',
      licence: 'CC BY 4.0 (Epoch AI)',
    },
    {
      path: MODELS,
      sha256: '4755ada13cb8cb50c690ac209c78920277d9a058218aebd38c984dc8bb4b6594',
      origin: 'https://github.com/AlexsJones/llmfit (mirror of Epoch AI’s export)',
      commit: 'a652be31dd0cbe36f89572de7022e2a145fb3788',
      licence: 'CC BY 4.0 (Epoch AI)',
    },
  ],
  schema: openClosedBenchmarksSchema,
  key: ['model', 'benchmark'],
  build(inputs) {
    const rows: Row[] = [];
    const report = (path: string, benchmarks: readonly string[]) => {
      for (const r of rawRecords(inputs[path] ?? '', path)) {
        const model = rawText(r.get('System'));
        const date = r.get('Date');
        const status = r.get('Open/Closed');
        if (!model || date === '' || (status !== 'Open' && status !== 'Closed')) continue;
        for (const benchmark of benchmarks) {
          const score = rawNumber(r.get(benchmark));
          if (score === undefined) continue;
          rows.push({
            model,
            date,
            benchmark,
            score,
            open: status === 'Open',
            accessibility_source: 'report',
            training_compute_flop: rawNumber(r.get('Training compute (FLOP)')),
            source: `${path} row ${r.row}`,
          });
        }
      }
    };
    report(REPORT, REPORT_BENCHMARKS);
    report(GSM1K, ['GSM1k']);

    const models = new Map(rawRecords(inputs[MODELS] ?? '', MODELS).map((r) => [rawText(r.get('Model')), r]));
    const versions = new Map(rawRecords(inputs[VERSIONS] ?? '', VERSIONS).map((r) => [r.get('id'), r]));
    const best = new Map<string, Row>();
    for (const run of rawRecords(inputs[RUNS] ?? '', RUNS)) {
      const benchmark = RUN_BENCHMARKS[run.get('task')];
      const version = versions.get(run.get('model'));
      const score = rawNumber(run.get('Best score (across scorers)'));
      if (!benchmark || !version || score === undefined || run.get('Status') !== 'Success') continue;
      const date = version.get('Version release date');
      if (date === '') continue;
      const model = models.get(rawText(version.get('Model')));
      const known = model?.get('Model accessibility');
      const open = known ? known.startsWith('Open weights') : version.get('Hugging Face developer id') !== '';
      if (known === '') continue; // in the database, accessibility blank: unknown, left out
      const row: Row = {
        model: run.get('model'),
        date,
        benchmark,
        score,
        open,
        accessibility_source: known ? 'epoch-models-database' : 'hugging-face-weights',
        training_compute_flop: model ? rawNumber(model.get('Training compute (FLOP)')) : undefined,
        source: `${RUNS} run ${run.get('id')}`,
      };
      // Several runs of one version on one benchmark: keep the best, as Epoch AI's hub reports.
      const key = `${row.model}\u0000${benchmark}`;
      const previous = best.get(key);
      if (!previous || score > previous.score) best.set(key, row);
    }
    rows.push(...best.values());
    return rows.sort(
      (a, b) =>
        a.benchmark.localeCompare(b.benchmark) || a.date.localeCompare(b.date) || a.model.localeCompare(b.model),
    );
  },
};
