/**
 * Where one direct label goes (LabelLayout's placement, in pixels): inside the plot, clear of the labels placed
 * before it and of the lines it must keep off, and on its own point's side of the lines around it. Deterministic:
 * a fixed order of candidates, then a grid search, so the build and the browser draw the same picture.
 *
 * @example
 * placeLabel({ x: 100, y: 50, width: 60, height: 14, textAnchor: 'start', lineAnchor: 'middle' }, bounds, taken)
 */
import { crossesLine, type Polyline } from './line-obstacles.ts';
import { linesBetween } from './lines-between.ts';
import { inkBox, nearestItsDot, nearPointPlace, type DotNameRule } from './point-labels.ts';
import { SearchGrid } from './search-grid.ts';

/** A label's box in the SVG's pixels. */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** Space kept around a label's box, in pixels. */
const PAD = 2;
/** How many lines up or down a label may move before it is dropped. */
const MAX_SHIFT_LINES = 3;

/** Whether two boxes overlap. */
export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** What a label needs to be laid out: its anchor point and its text's size and anchoring. */
export interface LabelShape {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly textAnchor: 'start' | 'middle' | 'end';
  readonly lineAnchor: 'top' | 'middle' | 'bottom';
}

/** The box of a label drawn at its anchor point. */
export function boxOf(label: LabelShape): Box {
  const left =
    label.textAnchor === 'start'
      ? label.x
      : label.textAnchor === 'end'
        ? label.x - label.width
        : label.x - label.width / 2;
  const top =
    label.lineAnchor === 'top'
      ? label.y
      : label.lineAnchor === 'bottom'
        ? label.y - label.height
        : label.y - label.height / 2;
  return { left: left - PAD, top: top - PAD, right: left + label.width + PAD, bottom: top + label.height + PAD };
}

/**
 * Where to draw a label so it stays inside `bounds` and clear of `taken`: its anchor point moved by (dx, dy), or
 * undefined when no candidate fits. Candidates: as given (pulled inside the bounds), then one to three lines down
 * and up, then the same on the other side of the anchor point (for start- or end-anchored labels).
 *
 * With `lines` (LabelLayout.avoid), a candidate must also keep off them; when none of the candidates above does,
 * the free place nearest the anchor point is searched for over the whole of `bounds`, and only when there is none
 * is the label placed as without lines (so a line never makes a label disappear). `dots` (LabelLayout.avoidDots)
 * are boxes no candidate may overlap, as labels placed before.
 *
 * With `near` (a label naming the point `near` at, LabelLayout.place's `reach`), the label instead takes the clear
 * place nearest the one asked for whose box comes within `near.reach` pixels of the point (point-labels.ts), and is
 * left out when there is none: far from its dot it would name another. A dot's name must also be nearer its dot
 * than any other, by `near.rule` (nearestItsDot), and lines need only keep off its ink (inkBox): among a cluster's dots and lines
 * a whole line box often has no room where the letters do.
 *
 * With `side`, the label must also stay on the side of every one of `side.lines` where it was meant to be: the
 * way from the middle of its box as given to the nearest edge of its box as placed crosses none of them. A label
 * moved across another series' line reads as that series' label, and one moved across a rule beside its own names
 * the other rule. These lines may include lines the label may touch (its own, one of its colour), which `lines`
 * leaves out. When no place is on its side of them all, the one whose lines in between weigh least
 * (`side.weights`, one a line: LabelLayout weighs a line named by a label of its colour above a ceiling or a
 * rule) is taken; a weight below 0 or not a number is a RangeError.
 */
export function placeLabel(
  label: LabelShape,
  bounds: Box,
  taken: readonly Box[],
  lines: readonly Polyline[] = [],
  dots: readonly Box[] = [],
  near?: { readonly x: number; readonly y: number; readonly reach: number; readonly rule?: DotNameRule },
  side?: { readonly lines: readonly Polyline[]; readonly weights?: readonly number[] },
): { dx: number; dy: number } | undefined {
  const free = (box: Box) => !taken.some((other) => overlaps(box, other)) && !dots.some((dot) => overlaps(box, dot));
  if (near) {
    const inkClear = (box: Box) =>
      free(box) &&
      !lines.some((l) => crossesLine(inkBox(box, label.height, PAD), l)) &&
      nearestItsDot(box, near, dots, near.rule);
    return nearPointPlace(boxOf(label), near, near.reach, bounds, inkClear);
  }
  if (lines.length === 0 && !side?.lines.length) return nearbyPlace(label, bounds, taken, free);
  const meant = boxOf(label);
  const home = { x: (meant.left + meant.right) / 2, y: (meant.top + meant.bottom) / 2 };
  const offLines = (box: Box) => free(box) && !lines.some((line) => crossesLine(box, line));
  // Lines between the label and where it was meant to be: none on the first tries; failing that, the lightest.
  const between = side && linesBetween(side, home, false);
  const nearby = nearbyPlace(
    label,
    bounds,
    taken,
    (box) => offLines(box) && (!between || between(box, 0, false) === 0),
  );
  if (nearby) return nearby;
  // The grid's search tests the lines at thousands of places: segment by segment, or through an index of the
  // segments in the way (the same answers, search-grid.ts and separation-index.ts).
  const grid = new SearchGrid(meant, bounds);
  const crossing = grid.crossedBy(lines);
  const offAt = (box: Box, k: number) => free(box) && crossing[k] === 0;
  const across = side && linesBetween(side, home, true);
  // The nearest clear place, or else the one with the lightest lines between: the place that costs least, as a
  // clear one costs 0.
  const searched = across
    ? grid.least((box, k, limit, orEqual) => (offAt(box, k) ? across(box, limit, orEqual) : undefined))
    : grid.nearest(offAt);
  return searched ?? nearbyPlace(label, bounds, taken, free);
}

/** The candidates near the anchor point (placeLabel's doc), the first inside `bounds` where `clear` holds. */
function nearbyPlace(
  label: LabelShape,
  bounds: Box,
  taken: readonly Box[],
  clear: (box: Box) => boolean = (box) => !taken.some((other) => overlaps(box, other)),
): { dx: number; dy: number } | undefined {
  const flip =
    label.textAnchor === 'start'
      ? -label.width - 2 * (PAD + 4)
      : label.textAnchor === 'end'
        ? label.width + 2 * (PAD + 4)
        : 0;
  const shifts = [0];
  // A line is the label's padded height, so one line's move clears a label of the same size.
  const line = label.height + 2 * PAD;
  for (let k = 1; k <= MAX_SHIFT_LINES; k++) shifts.push(k * line, -k * line);
  for (const side of flip === 0 ? [0] : [0, flip]) {
    for (const shift of shifts) {
      const box = boxOf({ ...label, x: label.x + side, y: label.y + shift });
      // Pull a label that sticks out of the plot back inside, if it fits there at all.
      const pullX =
        box.left < bounds.left ? bounds.left - box.left : box.right > bounds.right ? bounds.right - box.right : 0;
      const pullY =
        box.top < bounds.top ? bounds.top - box.top : box.bottom > bounds.bottom ? bounds.bottom - box.bottom : 0;
      const moved = {
        left: box.left + pullX,
        right: box.right + pullX,
        top: box.top + pullY,
        bottom: box.bottom + pullY,
      };
      const inside =
        moved.left >= bounds.left - 0.5 &&
        moved.right <= bounds.right + 0.5 &&
        moved.top >= bounds.top - 0.5 &&
        moved.bottom <= bounds.bottom + 0.5;
      if (inside && clear(moved)) return { dx: side + pullX, dy: shift + pullY };
    }
  }
  return undefined;
}
