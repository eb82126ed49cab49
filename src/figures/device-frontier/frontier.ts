/**
 * device-frontier's arithmetic on its own table: the frontier anchor read back
 * from the rows, the year a machine's best model matches (edge.ts), the
 * projected home machine (home-machine.ts) and the spread over fits and
 * published growth rates. Every figure value goes through these, so the
 * prose, the drawing and the table agree.
 */
import { BESIROGLU_2024, HOFFMANN_2022_TEX, type ChinchillaFit } from '../../model/chinchilla.ts';
import { deviceFrontierYear, type FrontierTrend } from '../../model/edge.ts';
import { projectedMemoryGB } from '../../model/home-machine.ts';
import { FRONTIER_YEAR, frontierAnchorOf, frontierRun, labelOf } from '../edge-data.ts';
import type { FigureData, Params, TableRow } from '../spec.ts';
import { HOME_MEMORY_GB, TARGET_YEAR, type Key } from './params.ts';

/** Parameters of either version: v1 has no g_a (no algorithmic progress). */
export type AnyParams = Params<Exclude<Key, 'g_a'>> & { readonly g_a?: number };

/** Table series: a machine of the dataset, or the projected home machine. */
export const DEVICE = 0;
export const PROJECTION = 1;

/** The frontier trend at these settings, anchored on the data (or on the anchor columns of a table). */
export function frontierOf(p: AnyParams, source: FigureData | readonly TableRow[]): FrontierTrend {
  const run = Array.isArray(source) ? frontierAnchorOf(source) : frontierRun(source as FigureData);
  return {
    year: run.year,
    frontierCompute: run.compute,
    growth: p.frontier_compute_growth,
    algorithmicGrowth: p.g_a ?? 1,
  };
}

/** The frontier year matched by the best model a machine with `memoryGB` runs, with the algorithms of `modelYear`. */
export function matchedYear(
  p: AnyParams,
  frontier: FrontierTrend,
  memoryGB: number,
  modelYear: number,
  fit: ChinchillaFit = HOFFMANN_2022_TEX,
): number {
  return deviceFrontierYear(
    { memoryGB, bytesPerParameter: p.bits_per_weight / 8 },
    p.training_tokens,
    fit,
    frontier,
    modelYear,
  );
}

/** Memory of the projected home machine in `year`. */
export const homeMemory = (p: AnyParams, year: number) =>
  projectedMemoryGB({ memoryGB: HOME_MEMORY_GB, year0: FRONTIER_YEAR, growth: p.memory_growth }, year);

/** The frontier year the home machine of TARGET_YEAR matches, with that year's algorithms. */
export function homeTargetYear(p: AnyParams, rows: readonly TableRow[], fit: ChinchillaFit = HOFFMANN_2022_TEX) {
  return matchedYear(p, frontierOf(p, rows), homeMemory(p, TARGET_YEAR), TARGET_YEAR, fit);
}

/** A machine's row by the start of its label; throws naming the label when the dataset lacks it. */
export function deviceRow(rows: readonly TableRow[], prefix: string): TableRow {
  const row = rows.find((r) => r.series === DEVICE && labelOf(r).startsWith(prefix));
  if (!row) throw new Error(`device-frontier: no device labelled “${prefix}…”`);
  return row;
}

/** Frontier growth at the ends of Epoch AI's published 4–5×/yr range. */
export const FRONTIER_GROWTH_RANGE = [4, 5] as const;

/** The home machine's frontier year at both ends of the frontier-growth range, under both fits of the law. */
export function spread(p: AnyParams, rows: readonly TableRow[]): number[] {
  return FRONTIER_GROWTH_RANGE.flatMap((growth) =>
    [HOFFMANN_2022_TEX, BESIROGLU_2024].map((fit) =>
      homeTargetYear({ ...p, frontier_compute_growth: growth }, rows, fit),
    ),
  );
}

/**
 * A machine's launch price rides along on its row as a non-enumerable key, like its label (edge-data.ts
 * withLabel): the table and data.csv keep only columns every row has, and prices are missing for some machines.
 */
export function withPrice(row: TableRow, price: number | undefined): TableRow {
  return Object.defineProperty(row, 'price', { value: price ?? NaN, enumerable: false });
}

/** A row's launch price in US$, NaN where local-devices states none. */
export function priceOf(row: TableRow): number {
  return (row as unknown as { price?: number }).price ?? NaN;
}
