/**
 * wall-capability-curve's geometry: the 2025 curve with saturation σ, the 2035 curve raised by ceiling-lifting
 * progress λ, and where the frontier and open models sit on each (capability-wall.ts, wall-race.ts). Apart from
 * the spec (figure.ts) and the drawing (plot.ts) because both read it: the spec's values, cases, title note and
 * table, the drawing's dots, bars and key.
 *
 * @example
 * gapIn(params, START_YEAR)   // 1.21 at the defaults: the capability points the open models' compute deficit costs in 2025
 * bendCase(params)            // 'flattens': the same lead is worth less in 2035
 */
import { capability } from '../../model/capability-wall.ts';
import { WALL_REFERENCE_OOM, followerStartOom, type WallRace } from '../../model/wall-race.ts';
import type { Params, TableRow } from '../spec.ts';
import { START_YEAR, raceFrom } from '../wall-shared/race.ts';

export type Key = 'saturation' | 'ceiling_rise' | 'g_a' | 'open_lag';

export const LATER_YEAR = 2035;
// The frame holds every reachable state, so it never rescales under the reader: the 2035 frontier at the fastest
// efficiency growth sits 16.6 tenfold steps up, open models at the longest lag 5 below the 2025 frontier.
export const X_MIN = -6;
export const X_MAX = 18;
/** Log-linear capability at X_MAX (the highest any curve reaches) and the saturated curve's lowest at X_MIN. */
export const Y_DOMAIN = [-5, X_MAX + WALL_REFERENCE_OOM] as const;
/** "Nearly the same gap": within this share of the 2025 gap. */
const NEARLY = 0.05;

export const ceilingAt = (r: WallRace, years: number) =>
  r.saturation > 0 ? 1 / r.saturation + r.ceilingRise * years : Infinity;
const capAt = (r: WallRace, x: number, years: number) =>
  capability(x, { ceiling: ceilingAt(r, years), reference: -WALL_REFERENCE_OOM });
/** Capability points per tenfold compute at x, as a share of the log-linear point. */
export const slopeShare = (r: WallRace, x: number, years: number) =>
  Number.isFinite(ceilingAt(r, years)) ? Math.exp(-(x + WALL_REFERENCE_OOM) / ceilingAt(r, years)) : 1;

/** Where the two sides sit in a year: effective compute (log10, relative to the 2025 frontier) and capability. */
export function positions(p: Params<Key>) {
  const r = raceFrom(p);
  const perYear = Math.log10(r.computeGrowth * r.algorithmicGrowth);
  return [0, LATER_YEAR - START_YEAR].flatMap((years) =>
    [0, followerStartOom(r)].map((start, side) => {
      const x = start + years * perYear;
      return { year: START_YEAR + years, side, x, c: capAt(r, x, years) };
    }),
  );
}

/** The capability points between the frontier and open models in a year: what the compute lead is worth then. */
export function gapIn(p: Params<Key>, year: number) {
  const [leader, follower] = positions(p).filter((d) => d.year === year);
  return leader!.c - follower!.c;
}

/** How the same compute lead's worth moves from 2025 to 2035 (the bend case; the title's note reads it too). */
export function bendCase(p: Params<Key>): 'none' | 'flattens' | 'nearly' | 'steepens' {
  if (p.saturation === 0) return 'none';
  const start = gapIn(p, START_YEAR);
  const change = (gapIn(p, LATER_YEAR) - start) / start;
  return change < -NEARLY ? 'flattens' : change > NEARLY ? 'steepens' : 'nearly';
}

/** The table: capability on the log-linear, 2025 and 2035 curves, every tenth of a tenfold step across the frame. */
export function curveRows(p: Params<Key>): TableRow[] {
  const r = raceFrom(p);
  const rows: TableRow[] = [];
  for (let i = 0; i <= (X_MAX - X_MIN) * 10; i++) {
    const x = X_MIN + i / 10;
    rows.push({
      compute_oom: x,
      log_linear: x + WALL_REFERENCE_OOM,
      capability_2025: capAt(r, x, 0),
      capability_2035: capAt(r, x, LATER_YEAR - START_YEAR),
    });
  }
  return rows;
}
