/**
 * over-training's constants and its arithmetic on the table: the reference
 * sizes, the axes, and the frontier year a model of fixed size matches
 * (edge.ts), shared by the figure's values and its drawing.
 */
import { HOFFMANN_2022_TEX, chinchillaLoss } from '../../model/chinchilla.ts';
import { frontierYearOfLoss, type FrontierTrend } from '../../model/edge.ts';
import { frontierAnchorOf } from '../edge-data.ts';
import type { AxisScale, LabelFrame } from '../edge-labels.ts';
import { formatYear } from '../format.ts';
import type { Params, TableRow } from '../spec.ts';
import type { Key } from './params.ts';

/** Sizes drawn as reference lines, in parameters: phone, laptop, workstation, large home machine. */
export const SIZES = [3e9, 8e9, 32e9, 70e9];
export const CHINCHILLA_TOKENS_PER_PARAMETER = 20;
export const MIN_RATIO = 2;
export const MAX_RATIO = 1e5;
export const Y_MIN = 2012;
export const Y_MAX = 2026;
export const X: AxisScale = { domain: [MIN_RATIO, MAX_RATIO], type: 'log' };
export const Y: AxisScale = { domain: [Y_MIN, Y_MAX], type: 'linear' };
export const FRAME: LabelFrame = {
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
export function frontierOf(rows: readonly TableRow[], p: Params<Key>): FrontierTrend {
  const run = frontierAnchorOf(rows);
  return {
    year: run.year,
    frontierCompute: run.compute,
    growth: p.frontier_compute_growth,
    algorithmicGrowth: p.g_a ?? 1,
  };
}

export const matched = (n: number, d: number, frontier: FrontierTrend) =>
  frontierYearOfLoss(HOFFMANN_2022_TEX, chinchillaLoss(HOFFMANN_2022_TEX, n, d), frontier);

/** A year to the nearest whole year: rounded, not floored. */
export const yearText = (y: number) => formatYear(Math.round(y));
