/**
 * over-training: how good a model of fixed size gets as it sees more tokens,
 * measured as the frontier year it matches. Small models for devices are
 * trained far past the compute-optimal 20 tokens per parameter (Hoffmann et
 * al. 2022) because quality keeps improving (Sardana et al. 2023; Gadre et
 * al. 2024); each size approaches a limit set by its parameter count
 * (over-training.ts), which distillation (Hinton et al. 2015) can approach
 * with fewer tokens but, on this law, not pass.
 */
import * as Plot from '@observablehq/plot';
import { HOFFMANN_2022_TEX, chinchillaLoss } from '../../model/chinchilla.ts';
import { frontierYearOfLoss } from '../../model/edge.ts';
import { overTrainingPremium, sizeLimitedLoss } from '../../model/over-training.ts';
import { formatNumber } from '../format.ts';
import {
  FRONTIER_ANCHOR_COLUMNS,
  FRONTIER_RUN_READS,
  TRAINING_TOKENS,
  frontierAnchorCells,
  frontierAnchorOf,
  frontierRun,
} from '../edge-data.ts';
import { FRONTIER_COMPUTE_GROWTH } from '../shared-params.ts';
import { defineFigure, type FigureData, type ParamDefinition, type Params, type TableRow } from '../spec.ts';

type Key = 'model_billions' | 'training_tokens' | 'frontier_compute_growth';

/** Sizes drawn as reference lines, in parameters: phone, laptop, workstation, large home machine. */
const SIZES = [3e9, 8e9, 32e9, 70e9];
const CHINCHILLA_TOKENS_PER_PARAMETER = 20;
const MIN_RATIO = 2;
const MAX_RATIO = 1e5;
const Y_MIN = 2012;
const Y_MAX = 2026;
const GREY = '#9a9a9a';
const COLOR = '#c8641b';

const modelBillions: ParamDefinition = {
  label: 'Size of the local model',
  symbol: 'N',
  unit: 'billion parameters',
  description: 'Parameters of the model that runs on the device.',
  default: 8,
  min: 1,
  max: 400,
  step: 0.05,
  scale: 'log',
  source: 'Open & Closed; 8B is a common size for laptops (e.g. Llama 3 8B in ai-models v1)',
};

function frontierOf(rows: readonly TableRow[], growth: number) {
  const run = frontierAnchorOf(rows);
  return { year: run.year, frontierCompute: run.compute, growth };
}

const matched = (n: number, d: number, frontier: ReturnType<typeof frontierOf>) =>
  frontierYearOfLoss(HOFFMANN_2022_TEX, chinchillaLoss(HOFFMANN_2022_TEX, n, d), frontier);

const yearText = (y: number) => (Number.isFinite(y) ? String(Math.floor(y)) : '–');

export interface OverTrainingVersion {
  readonly version: number;
  readonly date: string;
  readonly changes: string;
}

export function overTrainingFigure(options: OverTrainingVersion) {
  return defineFigure<Key>({
    id: 'over-training',
    version: options.version,
    date: options.date,
    changes: options.changes,
    title: 'A small model trained far longer matches a larger, older frontier',
    caption:
      'The frontier year a model of fixed size matches as its training tokens grow, on the Chinchilla law of Hoffmann et al.; grey lines for 3B, 8B, 32B and 70B models, orange for the chosen size, with a dot at the chosen number of tokens and a dashed line at the size’s limit with unlimited data. The frontier is anchored on the largest 2025 run in ai-models v1. Distillation is assumed to approach, not pass, that limit.',
    params: {
      model_billions: modelBillions,
      training_tokens: TRAINING_TOKENS,
      frontier_compute_growth: FRONTIER_COMPUTE_GROWTH,
    },
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
        compute: (p, rows) =>
          matched(p.model_billions * 1e9, p.training_tokens, frontierOf(rows, p.frontier_compute_growth)),
        format: yearText,
      },
      chosenOptimalYear: {
        label: 'Frontier year the chosen model matches at 20 tokens per parameter',
        compute: (p, rows) =>
          matched(
            p.model_billions * 1e9,
            CHINCHILLA_TOKENS_PER_PARAMETER * p.model_billions * 1e9,
            frontierOf(rows, p.frontier_compute_growth),
          ),
        format: yearText,
      },
      chosenLimitYear: {
        label: 'Frontier year the chosen size matches with unlimited data',
        compute: (p, rows) =>
          frontierYearOfLoss(
            HOFFMANN_2022_TEX,
            sizeLimitedLoss(HOFFMANN_2022_TEX, p.model_billions * 1e9),
            frontierOf(rows, p.frontier_compute_growth),
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
      const frontier = { year: run.year, frontierCompute: run.compute, growth: p.frontier_compute_growth };
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
    plot(p, rows) {
      const frontier = frontierOf(rows, p.frontier_compute_growth);
      const n = p.model_billions * 1e9;
      const visible = (r: TableRow) => r.matched_year! >= Y_MIN && r.matched_year! <= Y_MAX;
      const grey = rows.filter((r) => r.chosen === 0 && visible(r));
      const chosen = rows.filter((r) => r.chosen === 1 && visible(r));
      const limit = frontierYearOfLoss(HOFFMANN_2022_TEX, sizeLimitedLoss(HOFFMANN_2022_TEX, n), frontier);
      const ratio = p.training_tokens / n;
      const dot = { tokens_per_parameter: ratio, matched_year: matched(n, p.training_tokens, frontier) };
      const ends = SIZES.map((s) => ({
        tokens_per_parameter: MAX_RATIO,
        matched_year: matched(s, MAX_RATIO * s, frontier),
        text: `${formatNumber(s / 1e9, 2)}B`,
      })).filter((e) => e.matched_year >= Y_MIN && e.matched_year <= Y_MAX);
      return {
        width: 640,
        height: 400,
        marginLeft: 56,
        marginRight: 40,
        x: {
          type: 'log',
          label: 'Training tokens per parameter →',
          domain: [MIN_RATIO, MAX_RATIO],
          tickFormat: (d: number) => formatNumber(d, 1),
        },
        y: { label: '↑ Frontier year matched', domain: [Y_MIN, Y_MAX], grid: true, tickFormat: 'd' },
        marks: [
          Plot.ruleX([CHINCHILLA_TOKENS_PER_PARAMETER], { stroke: '#777', strokeDasharray: '2,3' }),
          Plot.text(['compute-optimal'], {
            x: CHINCHILLA_TOKENS_PER_PARAMETER,
            frameAnchor: 'top',
            dx: 4,
            dy: 6,
            textAnchor: 'start',
            fill: '#777',
            fontSize: 11,
          }),
          Plot.line(grey, { x: 'tokens_per_parameter', y: 'matched_year', z: 'parameters', stroke: GREY }),
          Plot.text(ends, {
            x: 'tokens_per_parameter',
            y: 'matched_year',
            text: 'text',
            dx: 4,
            textAnchor: 'start',
            fill: GREY,
            fontSize: 11,
          }),
          ...(limit >= Y_MIN && limit <= Y_MAX
            ? [Plot.ruleY([limit], { stroke: COLOR, strokeDasharray: '5,3', strokeOpacity: 0.7 })]
            : []),
          Plot.line(chosen, { x: 'tokens_per_parameter', y: 'matched_year', stroke: COLOR, strokeWidth: 2.5 }),
          ...(ratio >= MIN_RATIO && ratio <= MAX_RATIO && dot.matched_year >= Y_MIN && dot.matched_year <= Y_MAX
            ? [
                Plot.dot([dot], { x: 'tokens_per_parameter', y: 'matched_year', r: 5, fill: COLOR }),
                Plot.text([dot], {
                  x: 'tokens_per_parameter',
                  y: 'matched_year',
                  text: () => `${formatNumber(p.model_billions, 3)}B on ${formatNumber(p.training_tokens, 2)} tokens`,
                  dx: -8,
                  dy: -10,
                  textAnchor: 'end',
                  fill: COLOR,
                  fontWeight: 600,
                }),
              ]
            : []),
        ],
      } as Plot.PlotOptions;
    },
    alt(p, rows) {
      const frontier = frontierOf(rows, p.frontier_compute_growth);
      const n = p.model_billions * 1e9;
      return `Line chart of the frontier year a model of fixed size matches against its training tokens per parameter (log scale), for 3B, 8B, 32B and 70B models and a chosen ${formatNumber(p.model_billions, 3)}B model. At ${formatNumber(p.training_tokens, 2)} tokens the chosen model matches the frontier of ${yearText(matched(n, p.training_tokens, frontier))}; at the compute-optimal 20 tokens per parameter, that of ${yearText(matched(n, 20 * n, frontier))}; with unlimited data, that of ${yearText(frontierYearOfLoss(HOFFMANN_2022_TEX, sizeLimitedLoss(HOFFMANN_2022_TEX, n), frontier))}.`;
    },
  });
}
