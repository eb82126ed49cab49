/**
 * device-frontier's machines side by side (v9 on): a machine whose dot would stand with its middle under a dot of
 * another maker is moved across its year's column, keeping its height, just far enough that its middle and most of
 * its area are on show. On a 390 px phone at 10¹¹ training tokens v8 drew the M3 Ultra 3.4 px above the point the
 * DGX Spark, Ryzen AI Max+ 395 and M4 Max share, whose nested dot covered it (legibility/dots-named.ts), and
 * "M3 Ultra" then stood by the M4 Max's ring. Machines at one point stay one nested dot (machine-dots.ts), placed
 * first and never moved: the home machine's line starts there. Then the essay's machines, in its order, then the
 * rest, latest first: each takes the nearest place to its year, left first (the right of the shared point is the
 * line's), where its middle is AIR_PX clear of every dot placed before it and theirs of it. Dots of one colour on
 * their outside may overlap as before (a reader sees that colour either way), and dots may touch: set fully apart,
 * v9's first draft pushed the M3 Ultra onto the home machine's line, the RTX 5090 under "Spark +2"'s place, and three
 * names to leaders. In pixels, as overlap is a matter of the drawing's size: 1280 px wide, none moves.
 *
 * @example sideBySide(machines, pixels, NAMED_V7) // on a phone at 10¹¹ tokens: the M3 Ultra's dot 6 px left
 */
import { labelOf, withLabel } from '../edge-data.ts';
import { nestedRadius } from '../nested-dots.ts';
import type { TableRow } from '../spec.ts';
import { LONE_RADIUS, pointOf } from './machine-dots.ts';
import { tinyName } from './machine-names.ts';

/** Pixels between a dot's middle and the edge of any other (the larger one's radius plus this apart). */
const AIR_PX = 1;
/** Step of the search across the column, in pixels. */
const STEP_PX = 0.5;
/** Farthest a dot moves from its year, in pixels: past this it stays where it is (no state reaches it). */
const MAX_PX = 24;

/** Where the drawing puts a year and a frontier year, in pixels, and the frame a dot must stay in. */
export interface Pixels {
  readonly x: (year: number) => number;
  readonly y: (matchedYear: number) => number;
  readonly left: number;
  readonly right: number;
}

export function sideBySide(machines: readonly TableRow[], px: Pixels, named: readonly string[]): TableRow[] {
  const points = new Map<string, TableRow[]>();
  for (const m of machines) points.set(pointOf(m), [...(points.get(pointOf(m)) ?? []), m]);
  const essayRank = (rows: readonly TableRow[]) => {
    const ranks = rows.map((m) => named.findIndex((n) => tinyName(labelOf(m), true).includes(n)));
    return Math.min(...ranks.map((i) => (i < 0 ? named.length : i)));
  };
  const dots = [...points.values()].map((rows) => ({
    rows,
    shared: new Set(rows.map((m) => m.vendor)).size > 1,
    // The colour on its outside: a shared point's outer ring is its first maker's (machine-dots.ts).
    outside: Math.min(...rows.map((m) => m.vendor!)),
    x: px.x(rows[0]!.year!),
    y: px.y(rows[0]!.matched_year!),
    rank: essayRank(rows),
  }));
  dots.sort(
    (a, b) =>
      Number(b.shared) - Number(a.shared) ||
      a.rank - b.rank ||
      b.rows[0]!.year! - a.rows[0]!.year! ||
      b.rows[0]!.matched_year! - a.rows[0]!.matched_year!,
  );
  const placed: { x: number; y: number; r: number; outside: number }[] = [];
  const shift = new Map<TableRow, number>();
  for (const dot of dots) {
    const r = dot.shared ? nestedRadius(0) : LONE_RADIUS;
    const clear = (x: number) =>
      x - r >= px.left &&
      x + r <= px.right &&
      placed.every((p) => p.outside === dot.outside || Math.hypot(p.x - x, p.y - dot.y) >= Math.max(p.r, r) + AIR_PX);
    let dx = 0;
    for (let k = 1; !clear(dot.x) && k * STEP_PX <= MAX_PX; k++) {
      const found = [-k * STEP_PX, k * STEP_PX].find((offset) => clear(dot.x + offset));
      if (found === undefined) continue;
      dx = found;
      break;
    }
    placed.push({ x: dot.x + dx, y: dot.y, r, outside: dot.outside });
    for (const m of dot.rows) shift.set(m, dx);
  }
  // Back to years: the same rows, each moved by its dot's pixels at the drawing's scale, with its name.
  const perYear = px.x(1) - px.x(0);
  return machines.map((m) => {
    const dx = shift.get(m) ?? 0;
    return dx === 0 ? m : withLabel({ ...m, year: m.year! + dx / perYear }, labelOf(m));
  });
}
