/**
 * over-training's drawing: the frontier year fixed-size models match against
 * their tokens per parameter (log scale), the chosen size's line, dot and
 * limit, and labels placed by edge-labels.ts so that they move or drop rather
 * than overlap or leave a phone's drawing.
 */
import * as Plot from '@observablehq/plot';
import { HOFFMANN_2022_TEX } from '../../model/chinchilla.ts';
import { frontierYearOfLoss } from '../../model/edge.ts';
import { sizeLimitedLoss } from '../../model/over-training.ts';
import { placeDataLabels, type LabelPoint } from '../edge-labels.ts';
import { formatNumber } from '../format.ts';
import type { Params, TableRow } from '../spec.ts';
import { theme } from '../theme.ts';
import { overTrainingAxes } from './axes.ts';
import type { Key } from './params.ts';
import {
  CHINCHILLA_TOKENS_PER_PARAMETER,
  FRAME,
  MAX_RATIO,
  MIN_RATIO,
  SIZES,
  X,
  Y,
  Y_MAX,
  Y_MIN,
  frontierOf,
  matched,
} from './trend.ts';

/** Plot options for these rows, drawn `width` pixels wide. */
export function plotOverTraining(p: Params<Key>, rows: readonly TableRow[], width: number): Plot.PlotOptions {
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
  const dotShown = ratio >= MIN_RATIO && ratio <= MAX_RATIO && dot.matched_year >= Y_MIN && dot.matched_year <= Y_MAX;
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
  // The compute-optimal rule's label, drawn on its own below: listed first so that no other label covers it.
  const ruleLabel: LabelPoint = {
    x: CHINCHILLA_TOKENS_PER_PARAMETER,
    y: Y_MAX,
    text: 'compute-optimal',
    dot: false,
    places: [{ dx: 4, dy: 12, textAnchor: 'start' }],
  };
  const labels = [ruleLabel, ...(dotShown ? [dotLabel] : []), ...sizeLabels];
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
    ...overTrainingAxes(width),
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
      ...(dotShown ? [Plot.dot([dot], { x: 'tokens_per_parameter', y: 'matched_year', r: 5, fill: theme.open })] : []),
      ...labels.flatMap((label, i) =>
        label === ruleLabel
          ? []
          : label === dotLabel
            ? text(label, i, theme.open, 600)
            : text(label, i, theme.mutedInk),
      ),
    ],
  } as Plot.PlotOptions;
}
