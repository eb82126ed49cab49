/**
 * The test of one place of a leader search (leaderPlace, leader.ts), kept apart from the search's setup: a class
 * whose `try` the engine optimises once for every search, where the loop inside leaderPlace was compiled afresh
 * on the stack in each search and thrown away at its end (2026-12-07: in over-training v7's slowest state, 15,000
 * places tried, 19 MB of numbers boxed per search and GC a fifth of its time). Each place's box and ink are sums
 * made once per column and per row, and one box and one ink are moved from place to place; the tests and their
 * order are leaderPlace's, so every answer is too.
 *
 * @example
 * const places = new PlaceTests(geometry, near);
 * for (const k of ring) places.try(k); // places.least, places.cheapest: the least cost and its places
 */
import type { LeaderLines } from './leader-lines.ts';
import type { SegmentBands } from './leader-nearby.ts';
import type { CheapPlace } from './leader-order.ts';
import { crossesLine, crossesSegment, type Polyline } from './line-obstacles.ts';
import type { Box } from './point-labels.ts';

/** A leader shorter than this, in pixels, reads as a smudge: the label must then be close enough to need none. */
const MIN_LEADER = 6;

/** A search's obstacles near its region (leader-nearby.ts); `others`: the dots but the label's own. */
export interface Nearby {
  readonly taken: readonly Box[];
  readonly dots: readonly Box[];
  readonly others: readonly Box[];
  /** The centres of `others`, x and y in turn: the points the dot clearance is kept from. */
  readonly centres: Float64Array;
  /** The lines, for the leaders' crossings (leader-lines.ts). */
  readonly lines: LeaderLines;
  /** The lines' segments by the band of rows they reach: the ink test's. */
  readonly bands: SegmentBands;
  readonly leaders: readonly (readonly Polyline[])[];
  /** The leaders, for the leaders' crossings. */
  readonly leaderLines: LeaderLines;
}

/** A search's places and costs: place k is column k mod columns, row floor(k / columns). */
export interface PlaceGeometry {
  readonly point: { readonly x: number; readonly y: number };
  /** Each column's and row's move. */
  readonly columns: Float64Array;
  readonly rows: Float64Array;
  /** Each column's box edges (home's plus the move), and each row's. */
  readonly lefts: Float64Array;
  readonly rights: Float64Array;
  readonly tops: Float64Array;
  readonly bottoms: Float64Array;
  /** Each row's ink top and bottom (inkBox's), and the padding the ink keeps in from the box's sides. */
  readonly inkTops: Float64Array;
  readonly inkBottoms: Float64Array;
  readonly pad: number;
  /** gapTo(point, box)'s two parts, by column and by row (LeaderRings'). */
  readonly across: Float64Array;
  readonly down: Float64Array;
  readonly gap: number;
  /** The longest leader allowed. */
  readonly length: number;
  readonly lineCost: number;
  /** Pixels kept from other dots (0: none kept), and whether the leader may cross them (LeaderOptions.onLine). */
  readonly clearance: number;
  readonly overDots: boolean;
}

export class PlaceTests {
  /** The least cost found, and the clear places that cost it. */
  least = Infinity;
  cheapest: CheapPlace[] = [];
  readonly #geometry: PlaceGeometry;
  readonly #near: Nearby;
  readonly #box = { left: 0.5, top: 0.5, right: 0.5, bottom: 0.5 };
  readonly #ink = { left: 0.5, top: 0.5, right: 0.5, bottom: 0.5 };

  constructor(geometry: PlaceGeometry, near: Nearby) {
    this.#geometry = geometry;
    this.#near = near;
  }

  /** Tests place k, keeping it when it costs no more than the least found so far. */
  try(k: number): void {
    const g = this.#geometry;
    const c = k % g.columns.length;
    const r = Math.floor(k / g.columns.length);
    const across = g.across[c]!;
    const down = g.down[r]!;
    // (The length as a square root first, a hair from gapTo's hypot: a place far past the cost needs no more.)
    if (Math.sqrt(across * across + down * down) - g.gap > this.least + 0.001) return;
    // gapTo(point, box) - gap, its two parts by column and row.
    const length = Math.hypot(across, down) - g.gap;
    if (length < MIN_LEADER || length > g.length || length > this.least) return;
    const box = this.#box;
    const ink = this.#ink;
    box.left = g.lefts[c]!;
    box.top = g.tops[r]!;
    box.right = g.rights[c]!;
    box.bottom = g.bottoms[r]!;
    // inkBox(box, height, pad): its top and bottom are the row's.
    ink.left = box.left + g.pad;
    ink.top = g.inkTops[r]!;
    ink.right = box.right - g.pad;
    ink.bottom = g.inkBottoms[r]!;
    if (!clearBox(box, ink, r, this.#near, g.clearance)) return;
    // The leader: from the point of the box nearest the point to `gap` pixels short of the point.
    const x = g.point.x;
    const y = g.point.y;
    const fx = Math.min(Math.max(x, box.left), box.right);
    const fy = Math.min(Math.max(y, box.top), box.bottom);
    const toPoint = Math.hypot(x - fx, y - fy);
    const t = (toPoint - g.gap) / toPoint;
    const tx = fx + (x - fx) * t;
    const ty = fy + (y - fy) * t;
    const crossings = leaderCrossings(fx, fy, tx, ty, this.#near, g.overDots, length, this.least, g.lineCost);
    if (crossings < 0) return;
    const cost = length + g.lineCost * crossings;
    if (cost > this.least) return;
    if (cost < this.least) [this.least, this.cheapest] = [cost, []];
    const leader = [
      { x: fx, y: fy },
      { x: tx, y: ty },
    ];
    this.cheapest.push({ k, dx: g.columns[c]!, dy: g.rows[r]!, crossed: crossings > 0, leader });
  }
}

/**
 * segmentCrosses(box, a, b), its first test (the segment's box beside the box) made before the call: most boxes
 * lie beside a leader, and a call the engine does not inline boxes its eight numbers.
 */
function meets(box: Box, ax: number, ay: number, bx: number, by: number): boolean {
  if (Math.max(ax, bx) < box.left || Math.min(ax, bx) > box.right) return false;
  if (Math.max(ay, by) < box.top || Math.min(ay, by) > box.bottom) return false;
  return crossesSegment(box.left, box.top, box.right, box.bottom, ax, ay, bx, by);
}

/** Whether two boxes overlap (touching does not). */
function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** A label's box is clear: off every label, dot and leader, its ink off every line, and no other dot beside it. */
function clearBox(box: Box, ink: Box, row: number, near: Nearby, clearance: number): boolean {
  for (const t of near.taken) if (overlaps(box, t)) return false;
  for (const d of near.dots) if (overlaps(box, d)) return false;
  if (clearance > 0 && tooNear(near.centres, box, clearance)) return false;
  for (const pieces of near.leaders) for (const l of pieces) if (crossesLine(box, l)) return false;
  return !near.bands.crosses(row, ink);
}

/**
 * Whether a point of `centres` (x, y in turn) is nearer the box than `clearance`, as gapTo(point, box) < clearance
 * on the same numbers: gapTo's hypot of its two parts is never less than the larger part (the sum under its square
 * root holds 1 for that part), so a point with a part as large as the clearance is not near, and needs no hypot.
 */
function tooNear(centres: Float64Array, box: Box, clearance: number): boolean {
  for (let i = 0; i < centres.length; i += 2) {
    const x = centres[i]!;
    const y = centres[i + 1]!;
    const across = Math.max(box.left - x, 0, x - box.right);
    if (across >= clearance) continue;
    const down = Math.max(box.top - y, 0, y - box.bottom);
    if (down < clearance && Math.hypot(across, down) < clearance) return true;
  }
  return false;
}

/**
 * How many lines the leader from (ax, ay) to (bx, by) crosses, or -1 when it crosses a label, another dot or
 * another leader, or so many lines that `length` and `lineCost` for each come to more than `limit`.
 */
function leaderCrossings(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  near: Nearby,
  overDots: boolean,
  length: number,
  limit: number,
  lineCost: number,
): number {
  for (const t of near.taken) if (meets(t, ax, ay, bx, by)) return -1;
  let count = 0;
  for (const d of near.others) if (meets(d, ax, ay, bx, by)) count++;
  if (count > 0 && !overDots) return -1;
  // Any leader between the ends (a cost over a limit of 0 at the first one found).
  if (near.leaderLines.crossed(ax, ay, bx, by, 0, 0, 1, 0) < 0) return -1;
  if (length + lineCost * count > limit) return -1;
  return near.lines.crossed(ax, ay, bx, by, count, length, lineCost, limit);
}
