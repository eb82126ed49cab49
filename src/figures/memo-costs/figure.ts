/**
 * memo-costs: the 2023 "We have no moat" memo (published by SemiAnalysis) set
 * a fine-tuned 13B model against Google's 540B PaLM. What each cost, and how
 * the two compared on benchmarks: PaLM's training bill from training-costs
 * (Cottier et al. 2024), LLaMA-13B's priced at LLaMA-65B's dollars per FLOP
 * (same hardware, Touvron et al. 2023), Vicuna-13B's fine-tune ($300, LMSYS
 * 2023), and MMLU and BBH scores from open-closed-benchmarks.
 */
import { costAtReferenceRate, derivedModelCost } from '../../model/derived-model-cost.ts';
import { formatNumber, formatUsd } from '../format.ts';
import { memoCostsPlotV1 } from './plot-v1.ts';
import { memoCostsPlotV2 } from './plot-v2.ts';
import { defineFigure, type FigureData, type ParamDefinition, type Params, type TableRow } from '../spec.ts';

type Key = 'base_share' | 'finetune_usd' | 'cloud';

/** The memo's own figures: a few words quoted, as constants of the figure. */
const MEMO_SMALL_USD = 100;
const MEMO_LARGE_USD = 10e6;

interface CostRow {
  readonly model: string;
  readonly amortized_hardware_energy_usd?: number | null;
  readonly cloud_usd?: number | null;
  readonly training_compute_flop?: number | null;
  readonly source_row: number;
}
interface ScoreRow {
  readonly model: string;
  readonly benchmark: string;
  readonly score: number;
  readonly training_compute_flop?: number | null;
}

/** Row ids, in plotting order (plot-v1.ts names them by these). */
const PALM = 0;
const LLAMA = 1;
const VICUNA = 2;

function find<T extends { model: string }>(rows: readonly T[], model: string, what: string): T {
  const row = rows.find((r) => r.model === model);
  if (!row) throw new Error(`memo-costs: ${what} has no row for “${model}”`);
  return row;
}

function score(rows: readonly ScoreRow[], model: string, benchmark: string): ScoreRow {
  const row = rows.find((r) => r.model === model && r.benchmark === benchmark);
  if (!row) throw new Error(`memo-costs: open-closed-benchmarks has no ${benchmark} score for “${model}”`);
  return row;
}

const params: Record<Key, ParamDefinition> = {
  base_share: {
    label: 'Share of LLaMA-13B’s pre-training charged to Vicuna',
    symbol: 's',
    unit: '',
    description:
      'How much of the base model’s training bill counts as the fine-tune’s cost: 0 is the memo’s accounting (the base model came free), 1 counts everything the model took.',
    default: 1,
    min: 0,
    max: 1,
    step: 0.01,
    scale: 'linear',
    source: 'Open & Closed; the memo counted the fine-tune alone',
  },
  finetune_usd: {
    label: 'Vicuna fine-tuning cost',
    symbol: 'c_ft',
    unit: 'US$',
    description: 'Cost of fine-tuning LLaMA-13B into Vicuna-13B.',
    default: 300,
    min: 100,
    max: 10000,
    step: 0.05,
    scale: 'log',
    source: 'LMSYS 2023, “Vicuna: An Open-Source Chatbot…” (about $300, 8 A100s for a day); the memo said $100',
  },
  cloud: {
    label: 'Price compute at cloud rental rates',
    symbol: 'k',
    unit: '',
    description:
      '0: amortised hardware and energy (Cottier et al.’s main measure); 1: renting the same compute in the cloud.',
    default: 0,
    min: 0,
    max: 1,
    step: 1,
    scale: 'linear',
    source: 'Cottier et al. 2024, §2 (both measures)',
  },
};

export interface MemoCostsVersion {
  readonly version: number;
  readonly date: string;
  readonly changes: string;
  /** v2 on: legible on a phone and in the dark (plot-v2.ts), PaLM's MMLU cited to the paper it comes from. */
  readonly legible?: boolean;
  /** v4 on: the names keep off the Vicuna–PaLM line and the dots (LabelLayout.avoid). */
  readonly labelsOffLine?: boolean;
  /** v5 on: each name stands by its dot or is joined to it by a leader (plot-v2.ts, layout/leader.ts). */
  readonly namesByDots?: boolean;
  /** v6 on: how compute is priced is a two-choice control naming both measures, not a 0–1 slider. */
  readonly cloudChoice?: boolean;
}

/** The two price measures as a choice (ParamDefinition.choices): the same values 0 and 1, named on the control. */
const CLOUD_CHOICE = {
  ...params.cloud,
  label: 'Price the compute at',
  choices: [
    { value: 0, label: 'amortised hardware and energy' },
    { value: 1, label: 'cloud rental rates' },
  ],
};

const byId = (rows: readonly TableRow[], id: number) => rows.find((r) => r.id === id)!;

export function memoCostsFigure(options: MemoCostsVersion) {
  return defineFigure<Key>({
    id: 'memo-costs',
    version: options.version,
    date: options.date,
    changes: options.changes,
    title: 'The memo’s cheap model stood on an expensive one',
    titleHolds:
      'Vicuna was fine-tuned from LLaMA, whose training bill the figure shows at every setting; the sliders change how much of it is counted, not what the model stood on.',
    caption: options.legible
      ? 'Training cost (log scale) against MMLU. PaLM’s cost is from training-costs v1; LLaMA-13B’s is priced at LLaMA-65B’s cost per FLOP (same hardware); Vicuna adds its fine-tune to a share of LLaMA-13B’s bill. Scores are from open-closed-benchmarks v2 (Epoch AI’s compilation): PaLM’s 71.3% on MMLU is the score Chung et al. 2022 report for it (the PaLM paper itself reports 69.3%). The dataset has no Vicuna scores, so Vicuna is shown at its base model’s. Dashed rings: the memo’s two cost figures.'
      : 'Training cost (log scale) against MMLU. PaLM’s cost is from training-costs v1; LLaMA-13B’s is priced at LLaMA-65B’s cost per FLOP (same hardware); Vicuna adds its fine-tune to a share of LLaMA-13B’s bill. Scores are from open-closed-benchmarks v2; the dataset has no Vicuna scores, so Vicuna is shown at its base model’s.',
    params: options.legible
      ? {
          ...params,
          finetune_usd: { ...params.finetune_usd, symbol: 'F' },
          ...(options.cloudChoice ? { cloud: CLOUD_CHOICE } : {}),
        }
      : params,
    constants: [
      { label: 'The memo’s cost of the small model', value: MEMO_SMALL_USD, unit: 'US$', source: 'SemiAnalysis 2023' },
      { label: 'The memo’s cost of the large model', value: MEMO_LARGE_USD, unit: 'US$', source: 'SemiAnalysis 2023' },
    ],
    datasets: [
      { name: 'training-costs', version: 1 },
      { name: 'open-closed-benchmarks', version: 2 },
    ],
    reads: {
      'training-costs': {
        columns: ['model', 'amortized_hardware_energy_usd', 'cloud_usd', 'training_compute_flop'],
        rows: (r) => r.model === 'PaLM (540B)' || r.model === 'LLaMA-65B',
      },
      'open-closed-benchmarks': {
        columns: ['model', 'benchmark', 'score', 'training_compute_flop'],
        rows: (r) => r.model === 'PaLM 540B' || r.model === 'LLaMa-1 13B',
      },
    },
    columns: [
      { name: 'id', label: 'Model', unit: '0 PaLM, 1 LLaMA-13B, 2 Vicuna-13B', description: 'Which model.', digits: 1 },
      { name: 'cost_usd', label: 'Training cost', unit: 'US$', description: 'Cost as counted here.', digits: 3 },
      { name: 'flop', label: 'Training compute', unit: 'FLOP', description: 'Pre-training compute.', digits: 3 },
      { name: 'mmlu', label: 'MMLU', unit: 'fraction', description: 'MMLU score (5-shot, as reported).', digits: 3 },
      { name: 'bbh', label: 'BBH', unit: 'fraction', description: 'BIG-Bench Hard score.', digits: 3 },
    ],
    values: {
      palmCost: {
        label: 'PaLM 540B’s training cost',
        compute: (_p, rows) => byId(rows, PALM).cost_usd!,
        format: formatUsd,
      },
      llamaCost: {
        label: 'LLaMA-13B’s pre-training cost',
        compute: (_p, rows) => byId(rows, LLAMA).cost_usd!,
        format: formatUsd,
      },
      vicunaCost: {
        label: 'Vicuna-13B’s cost as counted',
        compute: (_p, rows) => byId(rows, VICUNA).cost_usd!,
        format: formatUsd,
      },
      costRatio: {
        label: 'PaLM’s cost over Vicuna’s',
        compute: (_p, rows) => byId(rows, PALM).cost_usd! / byId(rows, VICUNA).cost_usd!,
        format: (x) => `${formatNumber(x, 2)}×`,
      },
      memoRatio: {
        label: 'The ratio the memo implied',
        compute: () => MEMO_LARGE_USD / MEMO_SMALL_USD,
        format: (x) => `${formatNumber(x, 2)}×`,
      },
      finetuneCost: {
        label: 'Vicuna’s fine-tuning cost (the slider)',
        compute: (p) => p.finetune_usd,
        format: formatUsd,
      },
      memoSmall: { label: 'The memo’s small-model cost', compute: () => MEMO_SMALL_USD, format: formatUsd },
      memoLarge: { label: 'The memo’s large-model cost', compute: () => MEMO_LARGE_USD, format: formatUsd },
      flopRatio: {
        label: 'PaLM’s training compute over LLaMA-13B’s',
        compute: (_p, rows) => byId(rows, PALM).flop! / byId(rows, LLAMA).flop!,
        format: (x) => `${formatNumber(x, 2)}×`,
      },
      mmluPalm: {
        label: 'PaLM 540B on MMLU',
        compute: (_p, rows) => byId(rows, PALM).mmlu! * 100,
        format: (x) => `${formatNumber(x, 3)}%`,
      },
      mmluLlama: {
        label: 'LLaMA-13B on MMLU',
        compute: (_p, rows) => byId(rows, LLAMA).mmlu! * 100,
        format: (x) => `${formatNumber(x, 3)}%`,
      },
      bbhPalm: {
        label: 'PaLM 540B on BBH',
        compute: (_p, rows) => byId(rows, PALM).bbh! * 100,
        format: (x) => `${formatNumber(x, 3)}%`,
      },
      bbhLlama: {
        label: 'LLaMA-13B on BBH',
        compute: (_p, rows) => byId(rows, LLAMA).bbh! * 100,
        format: (x) => `${formatNumber(x, 3)}%`,
      },
      ...(options.legible
        ? {
            finetuneReported: {
              label: 'Vicuna’s fine-tuning cost as its authors report it (the slider’s default)',
              compute: () => params.finetune_usd.default,
              format: formatUsd,
            },
            fullVicunaCost: {
              label: 'Vicuna-13B’s cost with all of its base model counted (at the chosen fine-tune and prices)',
              compute: (p: Params<Key>, rows: readonly TableRow[]) => byId(rows, LLAMA).cost_usd! + p.finetune_usd,
              format: formatUsd,
            },
            fullCostRatio: {
              label: 'PaLM’s cost over Vicuna’s with all of the base model counted',
              compute: (p: Params<Key>, rows: readonly TableRow[]) =>
                byId(rows, PALM).cost_usd! / (byId(rows, LLAMA).cost_usd! + p.finetune_usd),
              format: (x: number) => `${formatNumber(x, 2)}×`,
            },
          }
        : {}),
      mmluGap: {
        label: 'MMLU points PaLM 540B leads by',
        compute: (_p, rows) => (byId(rows, PALM).mmlu! - byId(rows, LLAMA).mmlu!) * 100,
        format: (x) => formatNumber(x, 2),
      },
    },
    table(p: Params<Key>, data: FigureData) {
      const costs = (data['training-costs'] ?? []) as CostRow[];
      const scores = (data['open-closed-benchmarks'] ?? []) as ScoreRow[];
      const measure = (row: CostRow) => (p.cloud >= 0.5 ? row.cloud_usd : row.amortized_hardware_energy_usd) ?? NaN;
      const palm = find(costs, 'PaLM (540B)', 'training-costs');
      const llama65 = find(costs, 'LLaMA-65B', 'training-costs');
      const llamaMmlu = score(scores, 'LLaMa-1 13B', 'MMLU');
      const llamaFlop = llamaMmlu.training_compute_flop ?? NaN;
      const llamaCost = costAtReferenceRate(llamaFlop, {
        costUsd: measure(llama65),
        flop: llama65.training_compute_flop ?? NaN,
      });
      const llama = { mmlu: llamaMmlu.score, bbh: score(scores, 'LLaMa-1 13B', 'BBH').score };
      const rows: TableRow[] = [
        {
          id: PALM,
          cost_usd: measure(palm),
          flop: palm.training_compute_flop ?? NaN,
          mmlu: score(scores, 'PaLM 540B', 'MMLU').score,
          bbh: score(scores, 'PaLM 540B', 'BBH').score,
        },
        { id: LLAMA, cost_usd: llamaCost, flop: llamaFlop, ...llama },
        {
          id: VICUNA,
          cost_usd: derivedModelCost({ fineTuneUsd: p.finetune_usd, baseModelUsd: llamaCost, baseShare: p.base_share }),
          flop: llamaFlop,
          ...llama,
        },
      ];
      return rows;
    },
    plot(_p, rows) {
      const memo = [
        { cost_usd: MEMO_SMALL_USD, mmlu: byId(rows, VICUNA).mmlu!, text: 'the memo’s Vicuna' },
        { cost_usd: MEMO_LARGE_USD, mmlu: byId(rows, PALM).mmlu!, text: 'the memo’s PaLM' },
      ];
      const ids = { palm: PALM, vicuna: VICUNA };
      if (!options.legible) return memoCostsPlotV1(rows, memo, ids);
      return memoCostsPlotV2(rows, memo, ids, options.labelsOffLine ?? false, options.namesByDots ?? false);
    },
    alt(p, rows) {
      const palm = byId(rows, PALM);
      const vicuna = byId(rows, VICUNA);
      const llama = byId(rows, LLAMA);
      return `Dot chart of training cost (log scale) against MMLU. PaLM 540B cost ${formatUsd(palm.cost_usd!)} and scored ${formatNumber(palm.mmlu! * 100, 3)}%; LLaMA-13B's pre-training cost ${formatUsd(llama.cost_usd!)} and it scored ${formatNumber(llama.mmlu! * 100, 3)}%; Vicuna-13B, counting ${formatNumber(p.base_share * 100, 3)}% of LLaMA-13B's bill plus a ${formatUsd(p.finetune_usd)} fine-tune, cost ${formatUsd(vicuna.cost_usd!)}: PaLM cost ${formatNumber(palm.cost_usd! / vicuna.cost_usd!, 2)} times as much, against the ${formatNumber(MEMO_LARGE_USD / MEMO_SMALL_USD, 2)} times the memo implied.`;
    },
  });
}
