/**
 * Labels that name a point (a dot), for LabelLayout (direct-labels.ts): such a label must stay next to its dot,
 * or a reader takes it for a neighbour's (issue 19: on a phone "RTX 4090", set under its dot, read as the label of
 * the dot beside it, and "M3 Ultra" lay along the "same year" diagonal). Folded in from the edge figures' own
 * placer (edge-labels.ts), which tried four fixed places around a dot and dropped the label when none was free:
 * here the label takes the clear place nearest where it was asked to be among every place whose box comes within
 * `reach` pixels of its point, so it can also slip a few pixels off a line running through the dot, and is left
 * out only when no such place is clear. Dots are obstacles no label may cover, whatever its colour.
 *
 * @example
 * nearPointPlace(shape, { x: 100, y: 50 }, 8, bounds, (box) => !dots.some((d) => overlaps(d, box)))
 * // { dx: 0, dy: 6 }: the nearest clear place, its box within 8 px of (100, 50)
 */

/** A box in the SVG's pixels (direct-labels.ts's Box; declared here so the two files do not import each other). */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** Step of the search around the point, in pixels: fine enough that a label moves only as far as it must. */
const STEP = 2;

/** Distance in pixels from a point to the nearest edge of a box (0 inside it). */
export function gapTo(point: { readonly x: number; readonly y: number }, box: Box): number {
  const across = Math.max(box.left - point.x, 0, point.x - box.right);
  const down = Math.max(box.top - point.y, 0, point.y - box.bottom);
  return Math.hypot(across, down);
}

/**
 * The part of a label's box (`box`: its text `height` pixels tall, padded `pad` pixels round) that its letters ink,
 * with a pixel of air: the font's spare ascent and descent (about a fifth of the line at each edge, as the
 * legibility check reads it) and the padding taken off. A line passing there would strike the letters.
 */
export function inkBox(box: Box, height: number, pad: number): Box {
  const top = (box.top + box.bottom - height) / 2;
  return { left: box.left + pad, right: box.right - pad, top: top + 0.18 * height - 1, bottom: top + 0.8 * height + 1 };
}

/** The box, in pixels, that a dot of radius `r` (plus a pixel of air) centred at (x, y) keeps free of labels. */
export function dotBox(x: number, y: number, r: number): Box {
  return { left: x - r - 1, top: y - r - 1, right: x + r + 1, bottom: y + r + 1 };
}

/** Gaps this close, in pixels, are a tie. */
const TIE_PX = 0.5;

/**
 * What makes a label read as its dot's name (nearestItsDot). 'box': its box is nearer that dot than any other, or
 * as near with its middle nearer (device-frontier v3, published). 'box and middle': that, and its middle is nearer
 * that dot than any other too: a reader takes a name for the dot nearest its middle, and in v3 at 1280 px
 * "MacBook M4 Max" sat above-left of its dot, its middle nearer the M2 Ultra's, while "M2 Ultra" sat below-right of
 * its own, its middle nearer the MacBook's: each box nearer its own dot, each name read as the other's.
 */
export type DotNameRule = 'box' | 'box and middle';

/**
 * Whether a label's box, for the dot at `point`, reads as that dot's name among `dots` (boxes as dotBox gives
 * them) under `rule` (DotNameRule). A point that is no dot's (a line's end) is left to `reach`.
 */
export function nearestItsDot(
  box: Box,
  point: { readonly x: number; readonly y: number },
  dots: readonly Box[],
  rule: DotNameRule = 'box and middle',
): boolean {
  const centres = dots.map((d) => ({ x: (d.left + d.right) / 2, y: (d.top + d.bottom) / 2 }));
  const isOwn = (c: { x: number; y: number }) => Math.hypot(c.x - point.x, c.y - point.y) < 0.5;
  if (!centres.some(isOwn)) return true;
  const own = gapTo(point, box);
  const middle = { x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 };
  const fromMiddle = (c: { x: number; y: number }) => Math.hypot(c.x - middle.x, c.y - middle.y);
  const middleNearer = (c: { x: number; y: number }) => fromMiddle(c) > fromMiddle(point);
  return centres.every((c) => {
    if (isOwn(c)) return true;
    const gap = gapTo(c, box);
    // As near another dot as its own (beside a stack of dots, say): its own dot must then be nearer its middle.
    const byBox = gap > own + TIE_PX || (gap > own - TIE_PX && middleNearer(c));
    return byBox && (rule === 'box' || middleNearer(c));
  });
}

/**
 * Where to move a label (from `home`, its box where it was asked to be) so that its box is inside `bounds`, comes
 * within `reach` pixels of `point` and is `clear`; the nearest such place to `home`, or undefined when none is.
 */
export function nearPointPlace(
  home: Box,
  point: { readonly x: number; readonly y: number },
  reach: number,
  bounds: Box,
  clear: (box: Box) => boolean,
): { dx: number; dy: number } | undefined {
  const [width, height] = [home.right - home.left, home.bottom - home.top];
  // Every box whose gap to the point is at most `reach` has its left and top in these ranges; the grid is laid
  // from `home` so that `home` itself is a candidate.
  const across = range(point.x - reach - width - home.left, point.x + reach - home.left);
  const down = range(point.y - reach - height - home.top, point.y + reach - home.top);
  let best: { dx: number; dy: number; distance: number } | undefined;
  for (const dy of down)
    for (const dx of across) {
      const distance = Math.hypot(dx, dy);
      if (best && distance >= best.distance) continue;
      const box = { left: home.left + dx, top: home.top + dy, right: home.right + dx, bottom: home.bottom + dy };
      const inside =
        box.left >= bounds.left && box.right <= bounds.right && box.top >= bounds.top && box.bottom <= bounds.bottom;
      if (inside && gapTo(point, box) <= reach && clear(box)) best = { dx, dy, distance };
    }
  return best && { dx: best.dx, dy: best.dy };
}

/** Multiples of STEP from `from` to `to`, 0 among them when it lies in between. */
function range(from: number, to: number): number[] {
  const steps: number[] = [];
  for (let k = Math.ceil(from / STEP); k * STEP <= to; k++) steps.push(k * STEP);
  return steps;
}
