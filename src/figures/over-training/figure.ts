/**
 * over-training: how good a model of fixed size gets as it sees more tokens,
 * measured as the frontier year it matches. Small models for devices are
 * trained far past the compute-optimal 20 tokens per parameter (Hoffmann et
 * al. 2022) because quality keeps improving (Sardana et al. 2023; Gadre et
 * al. 2024); each size approaches a limit set by its parameter count
 * (over-training.ts), which distillation (Hinton et al. 2015) can approach
 * with fewer tokens but, on this law, not pass.
 */
import { HOFFMANN_2022_TEX, chinchillaLoss } from '../../model/chinchilla.ts';
import { frontierYearOfLoss, type FrontierTrend } from '../../model/edge.ts';
import { overTrainingPremium, sizeLimitedLoss } from '../../model/over-training.ts';
import { FRONTIER_ANCHOR_COLUMNS, FRONTIER_RUN_READS, frontierAnchorCells, frontierRun } from '../edge-data.ts';
import { formatNumber } from '../format.ts';
import { FILE_WIDTH } from '../render.ts';
import { defineFigure, type FigureData, type Params, type TableRow } from '../spec.ts';
import { PARAMS, PARAMS_V1, PARAMS_V3, type Key } from './params.ts';
import { plotOverTraining } from './plot.ts';
import { plotOverTrainingV4 } from './plot-v4.ts';
import { overTrainingTitleFails } from './title-fails.ts';
import {
  CHINCHILLA_TOKENS_PER_PARAMETER,
  MAX_RATIO,
  MIN_RATIO,
  SIZES,
  frontierOf,
  matched,
  yearText,
} from './trend.ts';

export interface OverTrainingVersion {
  readonly version: number;
  readonly date: string;
  readonly changes: string;
  /** From v2: algorithmic progress gₐ (the registry's), registry frontier growth, theme colours. */
  readonly algorithmicProgress: boolean;
  /** From v3: the size slider reaches both its ends (PARAMS_V3). */
  readonly reachableEnds?: boolean;
  /** From v4: labels keep off the lines (plot-v4.ts). */
  readonly labelsOffLines?: boolean;
  /** From v5: the chosen model's name beside its dot, or joined to it by a leader line (plot-v4.ts). */
  readonly nameByLeader?: boolean;
  /** From v6: the chosen model's dot off the axes is said in a note, and its name is placed first (plot-v4.ts). */
  readonly offAxisSaid?: boolean;
  /** From v7: the chosen model's leader crosses no line where a clear place is in reach (plot-v4.ts). */
  readonly clearLeader?: boolean;
}

export function overTrainingFigure(options: OverTrainingVersion) {
  const { algorithmicProgress, reachableEnds, labelsOffLines, nameByLeader, offAxisSaid, clearLeader, ...version } =
    options;
  return defineFigure<Key>({
    id: 'over-training',
    ...version,
    title: 'A small model trained far longer matches a larger, older frontier',
    caption: algorithmicProgress
      ? 'The frontier year a model of fixed size matches as its training tokens grow, on the Chinchilla law of Hoffmann et al.: grey lines for 3B, 8B, 32B and 70B models, the coloured line for the chosen size, with a dot at the chosen number of training tokens and a dashed line at the size’s limit with unlimited data. The frontier is anchored on the largest 2025 run in ai-models v1; algorithmic progress lowers the compute a given loss needs, and the model is trained with the algorithms of that anchor date. Distillation is assumed to approach, not pass, the size’s limit.'
      : 'The frontier year a model of fixed size matches as its training tokens grow, on the Chinchilla law of Hoffmann et al.; grey lines for 3B, 8B, 32B and 70B models, orange for the chosen size, with a dot at the chosen number of tokens and a dashed line at the size’s limit with unlimited data. The frontier is anchored on the largest 2025 run in ai-models v1. Distillation is assumed to approach, not pass, that limit.',
    params: (reachableEnds ? PARAMS_V3 : algorithmicProgress ? PARAMS : PARAMS_V1) as typeof PARAMS,
    constants: [
      {
        label: 'Compute-optimal tokens per parameter',
        value: CHINCHILLA_TOKENS_PER_PARAMETER,
        unit: 'tokens/parameter',
        source: 'Hoffmann et al. 2022',
      },
    ],
    datasets: [{ name: 'ai-models', version: 1 }],
    reads: { 'ai-models': FRONTIER_RUN_READS },
    columns: [
      {
        name: 'parameters',
        label: 'Model size',
        unit: 'parameters',
        description: 'Parameters (the chosen size and four reference sizes).',
        digits: 3,
      },
      { name: 'chosen', label: 'Chosen size', unit: '1 = chosen', description: '1 for the chosen size.', digits: 1 },
      {
        name: 'tokens_per_parameter',
        label: 'Tokens per parameter',
        unit: 'tokens/parameter',
        description: 'Training tokens over parameters.',
        digits: 3,
      },
      {
        name: 'loss',
        label: 'Loss',
        unit: 'nats/token',
        description: 'Pre-training loss on the Chinchilla law.',
        digits: 4,
      },
      {
        name: 'matched_year',
        label: 'Frontier matched',
        unit: 'calendar year',
        description: 'Year whose frontier reached that loss.',
        digits: 6,
      },
      ...FRONTIER_ANCHOR_COLUMNS,
    ],
    values: {
      chosenYear: {
        label: 'Frontier year the chosen model matches at the chosen tokens',
        compute: (p, rows) => matched(p.model_billions * 1e9, p.training_tokens, frontierOf(rows, p)),
        format: yearText,
      },
      chosenOptimalYear: {
        label: 'Frontier year the chosen model matches at 20 tokens per parameter',
        compute: (p, rows) =>
          matched(
            p.model_billions * 1e9,
            CHINCHILLA_TOKENS_PER_PARAMETER * p.model_billions * 1e9,
            frontierOf(rows, p),
          ),
        format: yearText,
      },
      chosenLimitYear: {
        label: 'Frontier year the chosen size matches with unlimited data',
        compute: (p, rows) =>
          frontierYearOfLoss(
            HOFFMANN_2022_TEX,
            sizeLimitedLoss(HOFFMANN_2022_TEX, p.model_billions * 1e9),
            frontierOf(rows, p),
          ),
        format: yearText,
      },
      tokensPerParameter: {
        label: 'Tokens per parameter of the chosen model',
        compute: (p) => p.training_tokens / (p.model_billions * 1e9),
        format: (x) => formatNumber(x, 2),
      },
      premium: {
        label: 'Training compute over the compute-optimal model of the same loss',
        compute: (p) => overTrainingPremium(HOFFMANN_2022_TEX, p.model_billions * 1e9, p.training_tokens),
        format: (x) => `${formatNumber(x, 2)}×`,
      },
      modelSize: {
        label: 'Size of the local model (the slider)',
        compute: (p) => p.model_billions,
        format: (b) => `${formatNumber(b, 3)}B`,
      },
      chinchillaRatio: {
        label: 'Compute-optimal tokens per parameter',
        compute: () => CHINCHILLA_TOKENS_PER_PARAMETER,
        format: String,
      },
    },
    table(p: Params<Key>, data: FigureData) {
      const run = frontierRun(data);
      const frontier: FrontierTrend = {
        year: run.year,
        frontierCompute: run.compute,
        growth: p.frontier_compute_growth,
        algorithmicGrowth: p.g_a ?? 1,
      };
      const rows: TableRow[] = [];
      for (const [n, chosen] of [...SIZES.map((s) => [s, 0] as const), [p.model_billions * 1e9, 1] as const]) {
        for (let e = Math.log10(MIN_RATIO); e <= Math.log10(MAX_RATIO) + 1e-9; e += 0.1) {
          const ratio = 10 ** e;
          const loss = chinchillaLoss(HOFFMANN_2022_TEX, n, ratio * n);
          rows.push({
            parameters: n,
            chosen,
            tokens_per_parameter: ratio,
            loss,
            matched_year: frontierYearOfLoss(HOFFMANN_2022_TEX, loss, frontier),
            ...frontierAnchorCells(run),
          });
        }
      }
      return rows;
    },
    titleFails: overTrainingTitleFails,
    plot: (p, rows, _band, frame) =>
      labelsOffLines
        ? plotOverTrainingV4(p, rows, frame?.width ?? FILE_WIDTH, nameByLeader, offAxisSaid, clearLeader)
        : plotOverTraining(p, rows, frame?.width ?? FILE_WIDTH),
    alt(p, rows) {
      const frontier = frontierOf(rows, p);
      const n = p.model_billions * 1e9;
      return `Line chart of the frontier year a model of fixed size matches against its training tokens per parameter (log scale), for 3B, 8B, 32B and 70B models and a chosen ${formatNumber(p.model_billions, 3)}B model. At ${formatNumber(p.training_tokens, 2)} tokens the chosen model matches the frontier of ${yearText(matched(n, p.training_tokens, frontier))}; at the compute-optimal 20 tokens per parameter, that of ${yearText(matched(n, 20 * n, frontier))}; with unlimited data, that of ${yearText(frontierYearOfLoss(HOFFMANN_2022_TEX, sizeLimitedLoss(HOFFMANN_2022_TEX, n), frontier))}.`;
    },
  });
}
