/**
 * The order of leaderPlace's search, and its choice (leader.ts). That search tried every place row by row, taking
 * one only when it cost less than the best so far (or as much, when nearer), and skipping a place whose leader was
 * already as long as that cost: which place it kept among equals depended on that order, and it tested every place
 * (issue 19: over-training's leaders took 6 ms of the edge's redraw). Tried by leader length instead, shortest
 * first, the search can stop once the length passes the least cost found; asRowOrderChose then picks, among the
 * places that cost the least, the one the row-by-row search kept, so every answer is that search's.
 *
 * @example
 * const { order, across, down } = byLength(home, dot, 3, [6, 40], columns, rows);
 * // order: place numbers, shortest leader first; Math.hypot(across[c], down[r]) - 3 is each one's leader length
 * asRowOrderChose([{ k: 9, dx: 4, dy: 8, crossed: true, leader }, { k: 3, dx: 20, dy: 0, crossed: false, leader }])
 * // the place numbered 9: later in rows, but nearer, and its leader crosses a line
 */
import type { Polyline } from './line-obstacles.ts';
import type { Box } from './point-labels.ts';

type Point = { readonly x: number; readonly y: number };

/** A clear place that costs the least, numbered k in the row-by-row order. */
export interface CheapPlace {
  readonly k: number;
  readonly dx: number;
  readonly dy: number;
  readonly crossed: boolean;
  readonly leader: Polyline;
}

/**
 * Of the clear places that cost the least, the one the row-by-row search chose: the first such place in that
 * order, then a later one only when nearer (by its move) and its leader crosses a line (a place as cheap with a
 * clear leader is as long as the cost to beat, and that search skipped places no shorter than it), and so on.
 */
export function asRowOrderChose(cheapest: readonly CheapPlace[]): CheapPlace | undefined {
  if (cheapest.length === 0) return undefined;
  const first = cheapest.reduce((a, b) => (b.k < a.k ? b : a));
  let best = first;
  let distance = Math.hypot(first.dx, first.dy);
  for (const place of [...cheapest].sort((a, b) => a.k - b.k)) {
    if (place.k <= first.k || !place.crossed) continue;
    const d = Math.hypot(place.dx, place.dy);
    if (d < distance) [best, distance] = [place, d];
  }
  return best;
}

/**
 * The places (k: row by row over `columns` and `rows`) whose leader may be `shortestLeader` to `longest` pixels long, in
 * order of that length by whole pixels, to within a hair (the length as a square root, not as gapTo's hypot, which
 * can differ in the last digit); and each column's and row's part of the length, across and down.
 */
export function byLength(
  home: Box,
  point: Point,
  gap: number,
  [shortestLeader, longest]: readonly [number, number],
  columns: readonly number[],
  rows: readonly number[],
): { order: Int32Array; across: Float64Array; down: Float64Array } {
  // gapTo(point, box)'s two parts: they depend on the column and on the row alone.
  const across = Float64Array.from(columns, (dx) => Math.max(home.left + dx - point.x, 0, point.x - (home.right + dx)));
  const down = Float64Array.from(rows, (dy) => Math.max(home.top + dy - point.y, 0, point.y - (home.bottom + dy)));
  const count = columns.length * rows.length;
  const pixel = new Int32Array(count).fill(-1);
  const pixels = Math.max(0, Math.floor(longest) + 2);
  const starts = new Int32Array(pixels + 1);
  const [shortest, farthest] = [Math.max(0, shortestLeader - 1 + gap) ** 2, (longest + 1 + gap) ** 2];
  for (let r = 0, k = 0; r < rows.length; r++) {
    const downSquared = down[r]! * down[r]!;
    if (!(downSquared <= farthest)) {
      k += columns.length;
      continue;
    }
    for (let c = 0; c < columns.length; c++, k++) {
      const squared = across[c]! * across[c]! + downSquared;
      if (!(squared >= shortest && squared <= farthest)) continue;
      pixel[k] = Math.min(pixels - 1, Math.max(0, Math.floor(Math.sqrt(squared) - gap)));
      starts[pixel[k]! + 1]!++;
    }
  }
  // Counting sort by whole pixels.
  for (let p = 0; p < pixels; p++) starts[p + 1]! += starts[p]!;
  const order = new Int32Array(starts[pixels]!);
  for (let k = 0; k < count; k++) if (pixel[k]! >= 0) order[starts[pixel[k]!]!++] = k;
  return { order, across, down };
}
