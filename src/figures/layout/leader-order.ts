/**
 * The order of leaderPlace's search, and its choice (leader.ts). That search tried every place row by row, taking
 * one only when it cost less than the best so far (or as much, when nearer), and skipping a place whose leader was
 * already as long as that cost: which place it kept among equals depended on that order, and it tested every place
 * (issue 19: over-training's leaders took 6 ms of the edge's redraw). Tried by leader length instead, shortest
 * first, the search can stop once the length passes the least cost found (LeaderRings); asRowOrderChose then picks, among the
 * places that cost the least, the one the row-by-row search kept, so every answer is that search's.
 *
 * @example
 * const rings = new LeaderRings(home, dot, 3, columns, rows);
 * rings.widen(7, ring) // ring: the places (numbered row by row) whose leader is shorter than 7 px
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
 * The places of a search (k: row by row over its `columns` and `rows` of moves), ring by ring of leader length
 * (module doc): widen(pixels) gives the places first reached, those whose leader is shorter than `pixels` to within
 * a hair (its length taken as a square root, where gapTo takes a hypot: they can differ in the last digit). A place
 * not given yet is at least that long, to within the same hair. `across` and `down`: each column's and row's part
 * of gapTo(point, box), so that Math.hypot(across[c], down[r]) - gap is place k's leader length, as gapTo gives it.
 * Only the places a search reaches are ever looked at: a row's places within a length are a run of its columns
 * (`across` falls, then rises), grown at both ends ring by ring, and the rows within it a run too.
 */
export class LeaderRings {
  readonly across: Float64Array;
  readonly down: Float64Array;
  readonly #gap: number;
  readonly #acrossSquared: Float64Array;
  readonly #downSquared: Float64Array;
  /** Each row's run of columns given so far: #low[r] up to #high[r] (exclusive); and the run of rows. */
  readonly #low: Int32Array;
  readonly #high: Int32Array;
  #lowRow: number;
  #highRow: number;
  /** The column nearest the point (each row's run starts there). */
  readonly #middle: number;

  constructor(home: Box, point: Point, gap: number, columns: readonly number[], rows: readonly number[]) {
    // gapTo(point, box)'s two parts: they depend on the column and on the row alone.
    this.across = Float64Array.from(columns, (dx) =>
      Math.max(home.left + dx - point.x, 0, point.x - (home.right + dx)),
    );
    this.down = Float64Array.from(rows, (dy) => Math.max(home.top + dy - point.y, 0, point.y - (home.bottom + dy)));
    this.#gap = gap;
    this.#acrossSquared = this.across.map((a) => a * a);
    this.#downSquared = this.down.map((d) => d * d);
    this.#middle = nearest(this.#acrossSquared);
    this.#low = new Int32Array(rows.length).fill(this.#middle);
    this.#high = new Int32Array(rows.length).fill(this.#middle);
    this.#lowRow = this.#highRow = nearest(this.#downSquared);
  }

  /** Appends to `into` the places (k) not given before whose leader is shorter than `pixels` (to within a hair). */
  widen(pixels: number, into: number[]): void {
    const limit = (pixels + this.#gap) ** 2;
    // (Plain consts, not array patterns: this runs for every ring of every search.)
    const across = this.#acrossSquared;
    const down = this.#downSquared;
    const columns = this.across.length;
    const rows = this.down.length;
    while (this.#lowRow > 0 && down[this.#lowRow - 1]! < limit) this.#lowRow--;
    while (this.#highRow < rows && down[this.#highRow]! < limit) this.#highRow++;
    for (let r = this.#lowRow; r < this.#highRow; r++) {
      const d = down[r]!;
      const k = r * columns;
      while (this.#high[r]! < columns && across[this.#high[r]!]! + d < limit) into.push(k + this.#high[r]!++);
      while (this.#low[r]! > 0 && across[this.#low[r]! - 1]! + d < limit) into.push(k + --this.#low[r]!);
    }
  }
}

/** The first index of the least value. */
function nearest(values: Float64Array): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i]! < values[best]!) best = i;
  return best;
}
