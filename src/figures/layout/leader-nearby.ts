/**
 * The part of a leader search's obstacles that can matter (leader.ts): every box and every line segment that could
 * meet a place's box, its ink, its dot clearance or its leader, all of which lie in one rectangle, the search's
 * `region`. The search tests thousands of places against the same obstacles, and most of a drawing's dots, labels
 * and line segments lie far from the label's dot (issue 19: the edge's redraw went over its frame). Each test on
 * what is kept answers as on the whole: a box or segment kept out could only ever answer no.
 *
 * Lines are kept as pieces: runs of their segments that may reach the region, so that "some segment of the line
 * crosses" is "some segment of some piece crosses". separates() allows a segment's end to lie on the leader's line
 * to 10⁻⁶ px², so a segment nearly along the leader can separate where its own box misses the leader by a hair; as
 * proved in separation-index.ts, the crossing lies within 1.13 of the segment's lengths of its end, so each segment
 * is grown by GROW of its lengths at each end before its box is compared. Coordinates beyond PROVEN_PX (or not
 * numbers) keep the whole line, as the proof does not reach there.
 *
 * @example
 * nearbyLines([[{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 500, y: 0 }]], { left: 0, top: -5, right: 20, bottom: 5 })
 * // [[[{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 500, y: 0 }]]]: its one piece, both segments reaching the region
 */
import { crossesSegment, type Polyline } from './line-obstacles.ts';
import type { Box } from './point-labels.ts';
import { firstAbove, firstAtLeast } from './sorted-index.ts';

/** How far, in lengths of itself, a segment is grown at each end (the proof needs more than 1.13). */
const GROW = 1.25;
/** Largest |coordinate|, in px, for which the proof holds (separation-index.ts's). */
const PROVEN_PX = 4096;

/** Whether box `a` may meet box `b` grown by `margin`: false only when it surely lies beside it (NaN: may). */
export function mayMeet(a: Box, b: Box, margin: number): boolean {
  return !(
    a.right < b.left - margin ||
    a.left > b.right + margin ||
    a.bottom < b.top - margin ||
    a.top > b.bottom + margin
  );
}

/** The boxes that may meet `region` grown by `margin`. */
export function nearbyBoxes(boxes: readonly Box[], region: Box, margin: number): Box[] {
  return boxes.filter((box) => mayMeet(box, region, margin));
}

/** Each line as its pieces that may meet `region` (grown by a pixel); a line with none is an empty list. */
export function nearbyLines(lines: readonly Polyline[], region: Box): Polyline[][] {
  return lines.map((line) => piecesNear(line, region));
}

function piecesNear(line: Polyline, region: Box): Polyline[] {
  if (line.length === 0) return [];
  if (!line.every((p) => Math.abs(p.x) <= PROVEN_PX && Math.abs(p.y) <= PROVEN_PX)) return [line];
  // A line of one point is tested as a segment from it to itself (crossesLine's own case).
  if (line.length === 1) return mayMeet(grown(line[0]!, line[0]!), region, 1) ? [line] : [];
  const pieces: Polyline[] = [];
  let start = -1;
  for (let i = 1; i < line.length; i++) {
    const near = mayMeet(grown(line[i - 1]!, line[i]!), region, 1);
    if (near && start < 0) start = i - 1;
    if (!near && start >= 0) {
      pieces.push(line.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0) pieces.push(line.slice(start));
  return pieces;
}

/** The box of the segment a–b grown by GROW of its length at each end. */
function grown(a: { x: number; y: number }, b: { x: number; y: number }): Box {
  const [gx, gy] = [Math.abs(b.x - a.x) * GROW, Math.abs(b.y - a.y) * GROW];
  return {
    left: Math.min(a.x, b.x) - gx,
    right: Math.max(a.x, b.x) + gx,
    top: Math.min(a.y, b.y) - gy,
    bottom: Math.max(a.y, b.y) + gy,
  };
}

/**
 * The segments of `lines` (as nearbyLines gives them) that the boxes of one row of places can meet, row by row:
 * crossesSegment answers no for a segment wholly above or below a box, so a row, whose boxes share one top and
 * bottom, need test only the segments that reach its band. Whether any line crosses a box is then whether any of
 * its row's segments does (crossesLine's answer, line by line).
 */
export class SegmentBands {
  /** The segments, four numbers each (ax, ay, bx, by). */
  readonly #segments: Float64Array;
  /** Row r's segments are #members[#starts[r]] up to #members[#starts[r + 1]] (exclusive), by number. */
  readonly #starts: Int32Array;
  readonly #members: Int32Array;

  /** `tops` and `bottoms`: each row's boxes' top and bottom, never decreasing from row to row. */
  constructor(lines: readonly (readonly Polyline[])[], tops: readonly number[], bottoms: readonly number[]) {
    const all: number[] = [];
    for (const pieces of lines)
      for (const piece of pieces) {
        for (let i = 1; i < piece.length; i++) all.push(piece[i - 1]!.x, piece[i - 1]!.y, piece[i]!.x, piece[i]!.y);
        // A line of one point is a segment from it to itself (crossesLine's own case).
        if (piece.length === 1) all.push(piece[0]!.x, piece[0]!.y, piece[0]!.x, piece[0]!.y);
      }
    this.#segments = Float64Array.from(all);
    const count = all.length / 4;
    // The rows each segment reaches: a block, as tops and bottoms never decrease (every row for a y that is no number).
    const [first, last] = [new Int32Array(count), new Int32Array(count)];
    this.#starts = new Int32Array(tops.length + 1);
    for (let s = 0; s < count; s++) {
      const [low, high] = [Math.min(all[4 * s + 1]!, all[4 * s + 3]!), Math.max(all[4 * s + 1]!, all[4 * s + 3]!)];
      const known = !Number.isNaN(low + high);
      first[s] = known ? firstAtLeast(bottoms, low) : 0;
      last[s] = known ? firstAbove(tops, high) : tops.length;
      for (let r = first[s]!; r < last[s]!; r++) this.#starts[r + 1]!++;
    }
    for (let r = 0; r < tops.length; r++) this.#starts[r + 1]! += this.#starts[r]!;
    this.#members = new Int32Array(this.#starts[tops.length]!);
    const next = this.#starts.slice(0, tops.length);
    for (let s = 0; s < count; s++) for (let r = first[s]!; r < last[s]!; r++) this.#members[next[r]!++] = s;
  }

  /** Whether a segment of any line passes through the box, one of row `row`'s. */
  crosses(row: number, box: Box): boolean {
    const all = this.#segments;
    const left = box.left;
    const right = box.right;
    for (let m = this.#starts[row]!; m < this.#starts[row + 1]!; m++) {
      const i = 4 * this.#members[m]!;
      const ax = all[i]!;
      const bx = all[i + 2]!;
      // crossesSegment's own first test, made here: most segments lie beside the box, and a call the engine does
      // not inline boxes its eight numbers.
      if (Math.max(ax, bx) < left || Math.min(ax, bx) > right) continue;
      if (crossesSegment(left, box.top, right, box.bottom, ax, all[i + 1]!, bx, all[i + 3]!)) return true;
    }
    return false;
  }
}
