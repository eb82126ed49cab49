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
import { frontierYearOfLoss, type FrontierTrend } from '../../model/edge.ts';
import { overTrainingPremium, sizeLimitedLoss } from '../../model/over-training.ts';
import { formatNumber, formatYear } from '../format.ts';
import {
  FRONTIER_ANCHOR_COLUMNS,
  FRONTIER_RUN_READS,
  frontierAnchorCells,
  frontierAnchorOf,
  frontierRun,
} from '../edge-data.ts';
import { frameAt, placeDataLabels, type AxisScale, type LabelFrame, type LabelPoint } from '../edge-labels.ts';
import { yearAxis } from '../layout/year-axis.ts';
import { FILE_WIDTH } from '../render.ts';
import { defineFigure, type FigureData, type Params, type TableRow } from '../spec.ts';
import { theme } from '../theme.ts';
import { PARAMS, PARAMS_V1, type Key } from './params.ts';

/** Sizes drawn as reference lines, in parameters: phone, laptop, workstation, large home machine. */
const SIZES = [3e9, 8e9, 32e9, 70e9];
const CHINCHILLA_TOKENS_PER_PARAMETER = 20;
const MIN_RATIO = 2;
const MAX_RATIO = 1e5;
const Y_MIN = 2012;
const Y_MAX = 2026;
const X: AxisScale = { domain: [MIN_RATIO, MAX_RATIO], type: 'log' };
const Y: AxisScale = { domain: [Y_MIN, Y_MAX], type: 'linear' };
const FRAME: LabelFrame = {
  width: 640,
  height: 400,
  marginTop: 28,
  marginRight: 40,
  marginBottom: 40,
  marginLeft: 56,
};
/**
 * The frontier trend at these settings, anchored on the table's anchor columns. A model of fixed size is
 * dated with the algorithms of the anchor date (gₐ^0): it is a model trained now.
 */
function frontierOf(rows: readonly TableRow[], p: Params<Key>): FrontierTrend {
  const run = frontierAnchorOf(rows);
  return {
    year: run.year,
    frontierCompute: run.compute,
    growth: p.frontier_compute_growth,
    algorithmicGrowth: p.g_a ?? 1,
  };
}

const matched = (n: number, d: number, frontier: FrontierTrend) =>
  frontierYearOfLoss(HOFFMANN_2022_TEX, chinchillaLoss(HOFFMANN_2022_TEX, n, d), frontier);

/** A year to the nearest whole year: rounded, not floored. */
const yearText = (y: number) => formatYear(Math.round(y));

export interface OverTrainingVersion {
  readonly version: number;
  readonly date: string;
  readonly changes: string;
  /** From v2: algorithmic progress gₐ (the registry's), registry frontier growth, theme colours. */
  readonly algorithmicProgress: boolean;
}

export function overTrainingFigure(options: OverTrainingVersion) {
  const { algorithmicProgress, ...version } = options;
  return defineFigure<Key>({
    id: 'over-training',
    ...version,
    title: 'A small model trained far longer matches a larger, older frontier',
    caption: algorithmicProgress
      ? 'The frontier year a model of fixed size matches as its training tokens grow, on the Chinchilla law of Hoffmann et al.: grey lines for 3B, 8B, 32B and 70B models, the coloured line for the chosen size, with a dot at the chosen number of training tokens and a dashed line at the size’s limit with unlimited data. The frontier is anchored on the largest 2025 run in ai-models v1; algorithmic progress lowers the compute a given loss needs, and the model is trained with the algorithms of that anchor date. Distillation is assumed to approach, not pass, the size’s limit.'
      : 'The frontier year a model of fixed size matches as its training tokens grow, on the Chinchilla law of Hoffmann et al.; grey lines for 3B, 8B, 32B and 70B models, orange for the chosen size, with a dot at the chosen number of tokens and a dashed line at the size’s limit with unlimited data. The frontier is anchored on the largest 2025 run in ai-models v1. Distillation is assumed to approach, not pass, that limit.',
    params: (algorithmicProgress ? PARAMS : PARAMS_V1) as typeof PARAMS,
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
    plot(p, rows, _band, frame) {
      const width = frame?.width ?? FILE_WIDTH;
      const frontier = frontierOf(rows, p);
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
      const sizeLabels: LabelPoint[] = ends.map((e) => ({
        x: e.tokens_per_parameter,
        y: e.matched_year,
        text: e.text,
        dot: false,
        places: [{ dx: 4, dy: 0, textAnchor: 'start' }],
      }));
      const dotShown =
        ratio >= MIN_RATIO && ratio <= MAX_RATIO && dot.matched_year >= Y_MIN && dot.matched_year <= Y_MAX;
      const dotLabel: LabelPoint = {
        x: ratio,
        y: dot.matched_year,
        // Short enough for a phone: the tokens' unit is the axis's and the caption's.
        text: `${formatNumber(p.model_billions, 3)}B on ${formatNumber(p.training_tokens, 2)}`,
        places: [
          { dx: -8, dy: -12, textAnchor: 'end' },
          { dx: 8, dy: -12, textAnchor: 'start' },
          { dx: 8, dy: 13, textAnchor: 'start' },
          { dx: -8, dy: 13, textAnchor: 'end' },
        ],
      };
      const labels = [...(dotShown ? [dotLabel] : []), ...sizeLabels];
      const places = placeDataLabels(labels, FRAME, X, Y, width);
      const text = (label: LabelPoint, i: number, fill: string, fontWeight = 400) => {
        const place = places[i];
        return place
          ? [
              Plot.text([label], {
                x: 'x',
                y: 'y',
                text: 'text',
                ...place,
                fill,
                fontWeight,
                fontSize: 12,
                stroke: theme.background,
                strokeWidth: 3,
                paintOrder: 'stroke',
              }),
            ]
          : [];
      };
      return {
        ...FRAME,
        x: {
          type: 'log',
          label: 'Training tokens per parameter →',
          domain: [...X.domain],
          tickFormat: (d: number) => formatNumber(d, 1),
        },
        y: {
          ...yearAxis(Y.domain, { width: 3 * (frameAt(FRAME, width).height - FRAME.marginTop - FRAME.marginBottom) }),
          label: '↑ Frontier year matched',
          grid: true,
        },
        marks: [
          Plot.ruleX([CHINCHILLA_TOKENS_PER_PARAMETER], { stroke: theme.mutedInk, strokeDasharray: '2,3' }),
          Plot.text(['compute-optimal'], {
            x: CHINCHILLA_TOKENS_PER_PARAMETER,
            frameAnchor: 'top',
            dx: 4,
            dy: 6,
            textAnchor: 'start',
            fill: theme.mutedInk,
            stroke: theme.background,
            strokeWidth: 3,
            paintOrder: 'stroke',
            fontSize: 12,
          }),
          Plot.line(grey, { x: 'tokens_per_parameter', y: 'matched_year', z: 'parameters', stroke: theme.reference }),
          ...(limit >= Y_MIN && limit <= Y_MAX
            ? [Plot.ruleY([limit], { stroke: theme.open, strokeDasharray: '5,3', strokeOpacity: 0.7 })]
            : []),
          Plot.line(chosen, { x: 'tokens_per_parameter', y: 'matched_year', stroke: theme.open, strokeWidth: 2.5 }),
          ...(dotShown
            ? [Plot.dot([dot], { x: 'tokens_per_parameter', y: 'matched_year', r: 5, fill: theme.open })]
            : []),
          ...labels.flatMap((label, i) =>
            label === dotLabel ? text(label, i, theme.open, 600) : text(label, i, theme.mutedInk),
          ),
        ],
      } as Plot.PlotOptions;
    },
    alt(p, rows) {
      const frontier = frontierOf(rows, p);
      const n = p.model_billions * 1e9;
      return `Line chart of the frontier year a model of fixed size matches against its training tokens per parameter (log scale), for 3B, 8B, 32B and 70B models and a chosen ${formatNumber(p.model_billions, 3)}B model. At ${formatNumber(p.training_tokens, 2)} tokens the chosen model matches the frontier of ${yearText(matched(n, p.training_tokens, frontier))}; at the compute-optimal 20 tokens per parameter, that of ${yearText(matched(n, 20 * n, frontier))}; with unlimited data, that of ${yearText(frontierYearOfLoss(HOFFMANN_2022_TEX, sizeLimitedLoss(HOFFMANN_2022_TEX, n), frontier))}.`;
    },
  });
}
