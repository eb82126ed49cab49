/**
 * The lines a leader search's leaders are tested against (leader.ts), ready for thousands of leaders: separates()'
 * answers for each line, from its segments held as numbers, each with its box grown as leader-nearby.ts grows it,
 * so that a segment whose grown box misses the leader's own box is passed over without its four side tests. With
 * over-training v7's lineCost every place within reach has its leader tested (7000 leaders, 200 segments near:
 * 2026-12-07, the edge's redraw over its 16 ms frame). The answers are separates' own: where separates finds a
 * crossing, the crossing lies on the leader and on the segment grown by GROW of its lengths at each end (the proof
 * is in separation-index.ts; like it, the skip is used only within PROVEN_PX), so both boxes hold it.
 *
 * @example
 * const lines = new LeaderLines([[[{ x: 0, y: 5 }, { x: 10, y: 5 }]]]);
 * lines.crossed(5, 0, 5, 10) // 1: the one line separates (5, 0) from (5, 10), as separates() says
 */
import type { Polyline } from './line-obstacles.ts';

/** How far, in lengths of itself, a segment is grown at each end (the proof needs more than 1.13). */
const GROW = 1.25;
/** Largest |coordinate|, in px, for which the proof holds (separation-index.ts's). */
const PROVEN_PX = 4096;
/** Pixels of air round each grown box, as leader-nearby.ts keeps. */
const MARGIN = 1;

const within = (x: number, y: number) => Math.abs(x) <= PROVEN_PX && Math.abs(y) <= PROVEN_PX;

export class LeaderLines {
  /** Each segment's ends (ax, ay, bx, by), then its grown box (left, right, top, bottom): eight numbers each. */
  readonly #segments: Float64Array;
  /** Line n's segments are numbers #starts[n] up to #starts[n + 1] (exclusive). */
  readonly #starts: Int32Array;
  /** Each line's grown box, the union of its segments' (left, right, top, bottom). */
  readonly #lineBoxes: Float64Array;

  /** `lines`: each line as its pieces (nearbyLines' lists); a segment joins two points of one piece. */
  constructor(lines: readonly (readonly Polyline[])[]) {
    const all: number[] = [];
    this.#starts = new Int32Array(lines.length + 1);
    this.#lineBoxes = new Float64Array(4 * lines.length);
    lines.forEach((pieces, n) => {
      const proven = pieces.every((piece) => piece.every((p) => within(p.x, p.y)));
      const box = [Infinity, -Infinity, Infinity, -Infinity];
      for (const piece of pieces)
        for (let i = 1; i < piece.length; i++) {
          const [a, b] = [piece[i - 1]!, piece[i]!];
          const [gx, gy] = [Math.abs(b.x - a.x) * GROW + MARGIN, Math.abs(b.y - a.y) * GROW + MARGIN];
          // Beyond the proof (or no numbers): a box that holds everything, so the segment is always tested.
          const grown = proven
            ? [Math.min(a.x, b.x) - gx, Math.max(a.x, b.x) + gx, Math.min(a.y, b.y) - gy, Math.max(a.y, b.y) + gy]
            : [-Infinity, Infinity, -Infinity, Infinity];
          all.push(a.x, a.y, b.x, b.y, ...grown);
          box[0] = Math.min(box[0]!, grown[0]!);
          box[1] = Math.max(box[1]!, grown[1]!);
          box[2] = Math.min(box[2]!, grown[2]!);
          box[3] = Math.max(box[3]!, grown[3]!);
        }
      this.#lineBoxes.set(box, 4 * n);
      this.#starts[n + 1] = all.length / 8;
    });
    this.#segments = Float64Array.from(all);
  }

  /**
   * How many of the lines separate (ax, ay) from (bx, by), as separates() tells line by line; or -1 once `base`
   * lines and those found come to a cost over `limit` (`length` and `lineCost` for each line). The count does not
   * depend on the order lines are asked in (costs only grow), so none is asked past the limit.
   */
  crossed(
    ax: number,
    ay: number,
    bx: number,
    by: number,
    base = 0,
    length = 0,
    lineCost = 0,
    limit = Infinity,
  ): number {
    const skip = within(ax, ay) && within(bx, by);
    // (Plain consts, not array patterns, here and below: this runs for every segment near every leader tried.)
    const left = Math.min(ax, bx);
    const right = Math.max(ax, bx);
    const top = Math.min(ay, by);
    const bottom = Math.max(ay, by);
    const s = this.#segments;
    const lineBoxes = this.#lineBoxes;
    const lines = this.#starts.length - 1;
    let count = base;
    for (let n = 0; n < lines; n++) {
      const j = 4 * n;
      if (
        skip &&
        (lineBoxes[j]! > right || lineBoxes[j + 1]! < left || lineBoxes[j + 2]! > bottom || lineBoxes[j + 3]! < top)
      )
        continue;
      for (let m = this.#starts[n]!; m < this.#starts[n + 1]!; m++) {
        const i = 8 * m;
        if (skip && (s[i + 4]! > right || s[i + 5]! < left || s[i + 6]! > bottom || s[i + 7]! < top)) continue;
        const px = s[i]!;
        const py = s[i + 1]!;
        const qx = s[i + 2]!;
        const qy = s[i + 3]!;
        // separates(): the two ends strictly on the two sides of the segment's line, the segment's ends not.
        if (
          side((qx - px) * (ay - py) - (qy - py) * (ax - px)) * side((qx - px) * (by - py) - (qy - py) * (bx - px)) <
            0 &&
          side((bx - ax) * (py - ay) - (by - ay) * (px - ax)) * side((bx - ax) * (qy - ay) - (by - ay) * (qx - ax)) <= 0
        ) {
          if (length + lineCost * ++count > limit) return -1;
          break;
        }
      }
    }
    return count;
  }
}

/** sideOf()'s answer from its cross product (sideOf's own sum, written out above: a call would box six numbers). */
function side(cross: number): number {
  return Math.abs(cross) < 1e-6 ? 0 : Math.sign(cross);
}
