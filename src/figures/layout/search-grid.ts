/**
 * The places placeLabel searches when no place near its anchor is free (place-label.ts): a grid of boxes of the
 * label's size over `bounds`, SEARCH_STEP apart, and the order to try them in, nearest the label's box as given
 * first. A search over the grid in that order stops at the first place that settles it, where the search it
 * replaced tried every place in rows (issue 21: the bench's redraw went over its frame). The order is by distance,
 * then by the row-by-row order of that search, so each search here finds exactly the place that one found.
 *
 * @example
 * const grid = new SearchGrid(boxOf(label), bounds);
 * grid.nearest((box) => !taken.some((other) => overlaps(box, other))) // { dx, dy } or undefined
 */
import { crossesSegment, type Polyline } from './line-obstacles.ts';
import { firstAbove, firstAtLeast } from './sorted-index.ts';

/** A label's box in the SVG's pixels (place-label.ts's Box; declared here so the two do not import each other). */
interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** Step of the grid, in pixels. */
export const SEARCH_STEP = 6;

export class SearchGrid {
  /** Edges of the grid's columns and rows: the same sums as the search it replaced made, so the same numbers. */
  readonly #lefts: number[] = [];
  readonly #rights: number[] = [];
  readonly #tops: number[] = [];
  readonly #bottoms: number[] = [];
  /** How far each column and row moves the label. */
  readonly #dx: number[] = [];
  readonly #dy: number[] = [];
  /** Distance of place k (row floor(k / columns), column k mod columns) from the label's box as given. */
  readonly #distance: Float64Array;
  /** Places by ring (distance over SEARCH_STEP, floored): ring r is #byRing[#ringStart[r]] up to the next ring's. */
  readonly #byRing: Int32Array;
  readonly #ringStart: Int32Array;
  /** The box handed to a test: one object, moved from place to place (tests must not keep it). */
  readonly #box = { left: 0, top: 0, right: 0, bottom: 0 };

  constructor(home: Box, bounds: Box) {
    for (let top = bounds.top; top + (home.bottom - home.top) <= bounds.bottom; top += SEARCH_STEP) {
      const dy = top - home.top;
      [this.#tops[this.#tops.length], this.#bottoms[this.#bottoms.length]] = [top, home.bottom + dy];
      this.#dy.push(dy);
    }
    for (let left = bounds.left; left + (home.right - home.left) <= bounds.right; left += SEARCH_STEP) {
      const dx = left - home.left;
      [this.#lefts[this.#lefts.length], this.#rights[this.#rights.length]] = [left, home.right + dx];
      this.#dx.push(dx);
    }
    const columns = this.#lefts.length;
    const count = this.#tops.length * columns;
    this.#distance = new Float64Array(count);
    const ring = new Int32Array(count);
    let rings = 0;
    for (let k = 0; k < count; k++) {
      this.#distance[k] = Math.hypot(this.#dx[k % columns]!, this.#dy[Math.floor(k / columns)]!);
      ring[k] = Math.floor(this.#distance[k]! / SEARCH_STEP);
      rings = Math.max(rings, ring[k]! + 1);
    }
    // Counting sort by ring, each ring in row-by-row order.
    this.#ringStart = new Int32Array(rings + 1);
    for (let k = 0; k < count; k++) this.#ringStart[ring[k]! + 1]!++;
    for (let r = 0; r < rings; r++) this.#ringStart[r + 1]! += this.#ringStart[r]!;
    const next = this.#ringStart.slice(0, rings);
    this.#byRing = new Int32Array(count);
    for (let k = 0; k < count; k++) this.#byRing[next[ring[k]!]!++] = k;
  }

  /** How many places the grid has (numbered from 0, row by row). */
  get size(): number {
    return this.#distance.length;
  }

  /**
   * Which places one of `lines` passes through (1) or not (0), as crossesLine tells for each place's box. A segment
   * meets only the boxes whose columns and rows its own box reaches (crossesLine is false for the others), so each
   * is tested there alone.
   */
  crossedBy(lines: readonly Polyline[]): Uint8Array {
    const crossed = new Uint8Array(this.size);
    const [columns, rows] = [this.#lefts.length, this.#tops.length];
    const mark = (a: { x: number; y: number }, b: { x: number; y: number }) => {
      const [minX, maxX, minY, maxY] = [Math.min(a.x, b.x), Math.max(a.x, b.x), Math.min(a.y, b.y), Math.max(a.y, b.y)];
      // Lefts and rights (tops and bottoms) never decrease, so the places reached are a block of columns and rows.
      // A coordinate that is no number reaches everywhere: every place is tested.
      const known = !Number.isNaN(minX + maxX + minY + maxY);
      const c0 = known ? firstAtLeast(this.#rights, minX) : 0;
      const c1 = known ? firstAbove(this.#lefts, maxX) : columns;
      const r0 = known ? firstAtLeast(this.#bottoms, minY) : 0;
      const r1 = known ? firstAbove(this.#tops, maxY) : rows;
      for (let r = r0; r < r1; r++)
        for (let c = c0; c < c1; c++) {
          const k = r * columns + c;
          if (
            crossed[k] === 0 &&
            crossesSegment(this.#lefts[c]!, this.#tops[r]!, this.#rights[c]!, this.#bottoms[r]!, a.x, a.y, b.x, b.y)
          )
            crossed[k] = 1;
        }
    };
    for (const line of lines) {
      for (let i = 1; i < line.length; i++) mark(line[i - 1]!, line[i]!);
      if (line.length === 1) mark(line[0]!, line[0]!);
    }
    return crossed;
  }

  /** The box of place k (the shared #box). */
  #boxAt(k: number): Box {
    const columns = this.#lefts.length;
    const [c, r] = [k % columns, Math.floor(k / columns)];
    const box = this.#box;
    box.left = this.#lefts[c]!;
    box.top = this.#tops[r]!;
    box.right = this.#rights[c]!;
    box.bottom = this.#bottoms[r]!;
    return box;
  }

  /** The nearest place where `clear` holds (among places as near, the first row by row), or undefined. */
  nearest(clear: (box: Box, place: number) => boolean): { dx: number; dy: number } | undefined {
    // Ring by ring, each in row-by-row order: a place in a nearer ring is nearer than any in a farther one, so the
    // first ring with a clear place holds the answer, and no ring need be sorted.
    for (let r = 0; r + 1 < this.#ringStart.length; r++) {
      let [best, bestDistance] = [-1, Infinity];
      for (let i = this.#ringStart[r]!; i < this.#ringStart[r + 1]!; i++) {
        const k = this.#byRing[i]!;
        // The first clear place, then only a nearer one (as the search it replaced, were distances no numbers too).
        if ((best < 0 || this.#distance[k]! < bestDistance) && clear(this.#boxAt(k), k))
          [best, bestDistance] = [k, this.#distance[k]!];
      }
      if (best >= 0) return this.#move(best);
    }
    return undefined;
  }

  /**
   * The place with the least `cost` (undefined: not allowed), the nearest among equals, then the first row by row.
   * Costs must not be negative. `cost` is told the cost to beat (`limit`, or `orEqual`: to match) and may answer
   * undefined for a place that does not.
   */
  least(
    cost: (box: Box, place: number, limit: number, orEqual: boolean) => number | undefined,
  ): { dx: number; dy: number } | undefined {
    let [best, bestCost, bestDistance] = [-1, Infinity, Infinity];
    // Ring by ring, each in row-by-row order: a place in a farther ring is farther than any in a nearer one, so it
    // must cost less than the best so far; in the best one's own ring, as little when it is nearer.
    for (let r = 0; r + 1 < this.#ringStart.length && bestCost > 0; r++) {
      for (let i = this.#ringStart[r]!; i < this.#ringStart[r + 1]!; i++) {
        const k = this.#byRing[i]!;
        const nearer = best < 0 || this.#distance[k]! < bestDistance;
        // Nothing costs less than 0.
        if (bestCost === 0 && !nearer) continue;
        const c = cost(this.#boxAt(k), k, bestCost, nearer);
        if (c !== undefined && (c < bestCost || (c === bestCost && nearer)))
          [best, bestCost, bestDistance] = [k, c, this.#distance[k]!];
      }
    }
    return best >= 0 ? this.#move(best) : undefined;
  }

  #move(k: number): { dx: number; dy: number } {
    const columns = this.#lefts.length;
    return { dx: this.#dx[k % columns]!, dy: this.#dy[Math.floor(k / columns)]! };
  }
}
