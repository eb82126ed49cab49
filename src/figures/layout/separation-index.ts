/**
 * separates(line, from, to) for one line and one `from` asked about many `to`s (placeLabel's side: is a line
 * between the label's own place and each place of its search?), testing only the segments in the direction of
 * `to` as seen from `from`: a ray from a point meets a line at a few segments, where separates tested them all
 * (issue 21: the bench's redraw went over its frame). The answers are separates' own (proof below); where the proof
 * does not reach (coordinates beyond PROVEN_PX or not numbers, a `to` almost at `from`, a segment passing almost
 * through `from`) every segment is tested, as separates does.
 *
 * Why a segment a–b that no direction near `to`'s reaches cannot separate: separates needs `from` and `to` strictly
 * on the two sides of the line through a and b (a cross product of 10⁻⁶ px² or more), so that line meets the way
 * from `from` to `to` at a point X strictly between them, in `to`'s direction from `from`; and a and b on the two
 * sides of the line through from and to, or one of them on it to 10⁻⁶ px². On the two sides, X is on a–b. On it
 * (a, say): a is within 10⁻⁶/|from–to| px of the line through from and to, and `from` at least 10⁻⁶/|a–b| px from
 * the line through a and b; both lines pass through X, so |aX| < |ab|·(10⁻⁶ + e)/(10⁻⁶ − e), where e < 10⁻⁷ is the
 * rounding of a cross product of coordinates within PROVEN_PX: X is within 1.13|ab| of a on the line through a and b.
 * So X lies on a–b grown by GROW times its length at each end, and `to`'s direction is one of the directions in
 * which that grown segment is seen from `from`.
 *
 * @example
 * const across = separationFrom([{ x: 0, y: 5 }, { x: 10, y: 5 }], { x: 5, y: 0 });
 * across({ x: 5, y: 10 }) // true, as separates(line, { x: 5, y: 0 }, { x: 5, y: 10 })
 */
import { separates, sideOf, type Polyline } from './line-obstacles.ts';

type Point = { readonly x: number; readonly y: number };

/** Largest |coordinate|, in px, for which the proof above holds; beyond it every segment is tested. */
const PROVEN_PX = 4096;
/** How far, in lengths of itself, a segment is grown at each end (the proof needs more than 1.13). */
const GROW = 1.25;
/** Directions are filed in this many sectors of the circle. */
const SECTORS = 512;
/** Slack added to each segment's directions, in radians: far above atan2's rounding at NEAR_PX and beyond. */
const SLACK = 1e-6;
/** Points nearer `from` than this, in px, have no direction to trust: such a `to` or segment is tested in full. */
const NEAR_PX = 1e-3;

/** The sector of an angle in [−π, π] (never decreasing in the angle). */
const sectorOf = (angle: number) =>
  Math.min(SECTORS - 1, Math.max(0, Math.floor(((angle + Math.PI) / (2 * Math.PI)) * SECTORS)));

/** For one line and one `from`: whether the line separates `from` from a given `to` (separates' answer). */
export function separationFrom(line: Polyline, from: Point): (to: Point) => boolean {
  const within = (x: number, y: number) => Math.abs(x) <= PROVEN_PX && Math.abs(y) <= PROVEN_PX;
  if (!within(from.x, from.y) || !line.every((p) => within(p.x, p.y))) return (to) => separates(line, from, to);
  // Segments (by the number of their second point) and the sectors they are seen in, as pairs; `everywhere`: seen
  // from `from` in every direction.
  const filed: number[] = [];
  const everywhere: number[] = [];
  // The side of each segment (by its second point) that `from` is on: the same for every `to`.
  const fromSide = new Float64Array(line.length);
  for (let i = 1; i < line.length; i++) {
    const [a, b] = [line[i - 1]!, line[i]!];
    fromSide[i] = sideOf(a.x, a.y, b.x, b.y, from.x, from.y);
    // A segment whose line runs through `from` (or of no length) separates it from nothing.
    if (fromSide[i] === 0) continue;
    const [gx, gy] = [GROW * (b.x - a.x), GROW * (b.y - a.y)];
    const [x1, y1, x2, y2] = [a.x - gx - from.x, a.y - gy - from.y, b.x + gx - from.x, b.y + gy - from.y];
    const [t1, t2] = [Math.atan2(y1, x1), Math.atan2(y2, x2)];
    let sweep = t2 - t1;
    if (sweep > Math.PI) sweep -= 2 * Math.PI;
    if (sweep < -Math.PI) sweep += 2 * Math.PI;
    // Ends almost at `from`, or a segment seen across nearly half the circle: no direction to trust.
    if (Math.hypot(x1, y1) < NEAR_PX || Math.hypot(x2, y2) < NEAR_PX || Math.abs(sweep) > Math.PI - 0.01) {
      everywhere.push(i);
      continue;
    }
    // The directions from t1 turning by `sweep` (the short way), slack added, cut where they pass ±π.
    const low = (sweep >= 0 ? t1 : t1 + sweep) - SLACK;
    const high = (sweep >= 0 ? t1 + sweep : t1) + SLACK;
    const file = (from: number, to: number) => {
      for (let s = sectorOf(from); s <= sectorOf(to); s++) filed.push(s, i);
    };
    if (low < -Math.PI) {
      file(low + 2 * Math.PI, Math.PI);
      file(-Math.PI, high);
    } else if (high > Math.PI) {
      file(low, Math.PI);
      file(-Math.PI, high - 2 * Math.PI);
    } else file(low, high);
  }
  // Sector s holds segments[starts[s]] up to segments[starts[s + 1]] (exclusive).
  const starts = new Int32Array(SECTORS + 1);
  for (let k = 0; k < filed.length; k += 2) starts[filed[k]! + 1]!++;
  for (let s = 0; s < SECTORS; s++) starts[s + 1]! += starts[s]!;
  const segments = new Int32Array(filed.length / 2);
  const next = starts.slice(0, SECTORS);
  for (let k = 0; k < filed.length; k += 2) segments[next[filed[k]!]!++] = filed[k + 1]!;
  const [fx, fy] = [from.x, from.y];
  const splits = (i: number, tx: number, ty: number) => {
    const [a, b] = [line[i - 1]!, line[i]!];
    return (
      fromSide[i]! * sideOf(a.x, a.y, b.x, b.y, tx, ty) < 0 &&
      sideOf(fx, fy, tx, ty, a.x, a.y) * sideOf(fx, fy, tx, ty, b.x, b.y) <= 0
    );
  };
  return (to) => {
    const [dx, dy] = [to.x - fx, to.y - fy];
    if (!within(to.x, to.y) || !(Math.hypot(dx, dy) >= NEAR_PX)) return separates(line, from, to);
    for (const i of everywhere) if (splits(i, to.x, to.y)) return true;
    const sector = sectorOf(Math.atan2(dy, dx));
    for (let k = starts[sector]!; k < starts[sector + 1]!; k++) if (splits(segments[k]!, to.x, to.y)) return true;
    return false;
  };
}
