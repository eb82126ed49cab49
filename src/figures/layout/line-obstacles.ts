/**
 * Lines a direct label keeps off (issue 19: on a phone a gap's label was written along the frontier's line,
 * legible only where its halo hid the crossing). A line is its points in the SVG's pixels; a label's box
 * crosses it when any of its segments passes through the box (Liang–Barsky clipping of the segment to the box).
 *
 * @example
 * crossesLine({ left: 0, top: 0, right: 10, bottom: 10 }, [{ x: -5, y: 5 }, { x: 15, y: 5 }]) // true
 */

/** A line in the SVG's pixels, point after point. */
export type Polyline = readonly { readonly x: number; readonly y: number }[];

interface Rect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** Whether the segment from a to b passes through the rectangle. */
export function segmentCrosses(box: Rect, a: { x: number; y: number }, b: { x: number; y: number }): boolean {
  return crossesSegment(box.left, box.top, box.right, box.bottom, a.x, a.y, b.x, b.y);
}

/** segmentCrosses on bare numbers: the segment (ax, ay)–(bx, by) and the box (left, top)–(right, bottom). */
export function crossesSegment(
  left: number,
  top: number,
  right: number,
  bottom: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
): boolean {
  // A segment wholly beside the box cannot meet it (touching still does): most segments of a drawing's lines are
  // rejected here, which matters because a label's search tests lines at thousands of places (issue 21: redraw).
  if (Math.max(ax, bx) < left || Math.min(ax, bx) > right) return false;
  if (Math.max(ay, by) < top || Math.min(ay, by) > bottom) return false;
  const dx = bx - ax;
  const dy = by - ay;
  let from = 0;
  let to = 1;
  // Each edge of the box as p·t <= q: the part of the segment on the inner side of all four is what is inside.
  // (A loop over four cases, not over an array of edges: this runs millions of times in a search.)
  for (let edge = 0; edge < 4; edge++) {
    const p = edge === 0 ? -dx : edge === 1 ? dx : edge === 2 ? -dy : dy;
    const q = edge === 0 ? ax - left : edge === 1 ? right - ax : edge === 2 ? ay - top : bottom - ay;
    if (p === 0) {
      if (!(q >= 0)) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) from = Math.max(from, t);
    else to = Math.min(to, t);
    if (from > to) return false;
  }
  return true;
}

/** Each line's bounding box, computed once: a search tests the same lines at thousands of places. */
const boundsOf = new WeakMap<Polyline, Rect>();
function lineBounds(line: Polyline): Rect {
  let bounds = boundsOf.get(line);
  if (!bounds) {
    const xs = line.map((p) => p.x);
    const ys = line.map((p) => p.y);
    bounds = { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
    boundsOf.set(line, bounds);
  }
  return bounds;
}

/** Whether any segment of the line passes through the box. */
export function crossesLine(box: Rect, line: Polyline): boolean {
  if (line.length === 0) return false;
  const bounds = lineBounds(line);
  // A line wholly beside the box meets it nowhere (touching still counts, as in segmentCrosses).
  if (bounds.right < box.left || bounds.left > box.right || bounds.bottom < box.top || bounds.top > box.bottom)
    return false;
  for (let i = 1; i < line.length; i++) if (segmentCrosses(box, line[i - 1]!, line[i]!)) return true;
  return line.length === 1 && segmentCrosses(box, line[0]!, line[0]!);
}

/** Rows of a line (its `x` and `y` columns) put through a drawing's scales; rows the scales cannot place are left out. */
export function pixelsOf(
  line: { readonly rows: readonly object[]; readonly x: string; readonly y: string },
  scales: { x?: (v: unknown) => unknown; y?: (v: unknown) => unknown },
): Polyline {
  const points: { x: number; y: number }[] = [];
  for (const row of line.rows) {
    const record = row as Record<string, unknown>;
    const [x, y] = [Number(scales.x?.(record[line.x])), Number(scales.y?.(record[line.y]))];
    if (Number.isFinite(x) && Number.isFinite(y)) points.push({ x, y });
  }
  return points;
}

type Point = { readonly x: number; readonly y: number };

/** Which side of the line through a and b the point p lies on: 1, -1, or 0 on it (to rounding, in px²). */
const side = (a: Point, b: Point, p: Point) => sideOf(a.x, a.y, b.x, b.y, p.x, p.y);

/**
 * Whether the line separates two points: one of its segments crosses the segment between them. The two points
 * must lie strictly on the two sides of the segment (a point on the line, as a label's own point where two lines
 * meet, is separated by nothing); the segment may meet the line between them at one of its points (a label moved
 * straight up or down from a row's point meets the other lines at their points for that row).
 *
 * @example separates([{ x: 0, y: 5 }, { x: 10, y: 5 }], { x: 5, y: 0 }, { x: 5, y: 10 }) // true
 */
export function separates(line: Polyline, from: Point, to: Point): boolean {
  for (let i = 1; i < line.length; i++) {
    const [a, b] = [line[i - 1]!, line[i]!];
    if (side(a, b, from) * side(a, b, to) < 0 && side(from, to, a) * side(from, to, b) <= 0) return true;
  }
  return false;
}

/** side() on bare numbers: the side of the line through (ax, ay) and (bx, by) that (px, py) lies on. */
export function sideOf(ax: number, ay: number, bx: number, by: number, px: number, py: number): number {
  const cross = (bx - ax) * (py - ay) - (by - ay) * (px - ax);
  return Math.abs(cross) < 1e-6 ? 0 : Math.sign(cross);
}
