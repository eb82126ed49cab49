/**
 * The edge figures' first placer of direct labels, kept for their published versions only (device-fit v1–v3,
 * over-training v1–v3, device-frontier v1–v2), whose drawings must not change. A new version places its labels
 * with LabelLayout (layout/direct-labels.ts): `avoidDots` keeps labels off every dot and `place(…, reach)` keeps a
 * dot's name next to its dot, clear of lines too, which this placer never looked at (device-frontier v3 on).
 *
 * Direct labels for the edge figures' dots that move or drop instead of
 * overlapping or leaving the drawing. Placement is decided in pixels of the
 * drawing being made (spec.plot's frame width; text at PAGE_FONT_PX), trying
 * a few places around each point in turn and keeping the first clear of every
 * label already placed, every dot, the axes and the edges. A label with no
 * free place is dropped; the figure's table and text description still list
 * it. A phone's drawing keeps fewer labels than a desktop's.
 *
 * @example placeLabels([{ x: 100, y: 50, text: 'RTX 3090' }], frame) // [{ dx: 7, dy: 0, textAnchor: 'start' }]
 */
import { overlaps, type Box } from './layout/direct-labels.ts';
import { frameAt, toPixels, type AxisScale, type LabelFrame } from './layout/frame.ts';
import { textWidth } from './layout/text-width.ts';
import { BUILD_WIDTHS, PAGE_FONT_PX } from './render.ts';

export { frameAt, toPixels, type AxisScale, type LabelFrame };

/** Where a label sits relative to its dot: Plot text's dx, dy and textAnchor. */
export interface LabelPlace {
  readonly dx: number;
  readonly dy: number;
  readonly textAnchor: 'start' | 'end' | 'middle';
}

/**
 * Places tried in order: right, left, above, below. No diagonals: in a cluster a label set off
 * diagonally reads as the label of the neighbouring dot.
 */
export const LABEL_PLACES: readonly LabelPlace[] = [
  { dx: 7, dy: 0, textAnchor: 'start' },
  { dx: -7, dy: 0, textAnchor: 'end' },
  // A line's height from the dot: clear of a label beside the same dot.
  { dx: 0, dy: -14, textAnchor: 'middle' },
  { dx: 0, dy: 15, textAnchor: 'middle' },
];

/** A label to place at a point, in pixels (placeLabels) or data units (placeDataLabels). */
export interface LabelPoint {
  readonly x: number;
  readonly y: number;
  readonly text: string;
  /** Places to try, in order (default LABEL_PLACES). */
  readonly places?: readonly LabelPlace[];
  /** False for a label of a line rather than a dot: nothing else needs to keep clear of its point. */
  readonly dot?: boolean;
}

/** Height of a line of label text. Widths come from textWidth (layout/text-width.ts), which errs wide for the face
 * the labels are drawn in; 0.6 em a character, used before, was short for capitals and let "● AMD" touch "RTX 4090". */
const LINE_PX = PAGE_FONT_PX + 2;
/** Room kept around a dot that no label may cover. */
const DOT_PX = 4;

function labelBox(x: number, y: number, text: string, place: LabelPlace): Box {
  const width = textWidth(text, PAGE_FONT_PX);
  const left =
    place.textAnchor === 'start'
      ? x + place.dx
      : place.textAnchor === 'end'
        ? x + place.dx - width
        : x + place.dx - width / 2;
  const middle = y + place.dy;
  return { left, right: left + width, top: middle - LINE_PX / 2, bottom: middle + LINE_PX / 2 };
}

/**
 * A place for each point's label (in the points' order, earlier points first), or null where none is free.
 * Points are in pixels of `frame`; each label keeps clear of the other labels, of every dot, of the axes
 * and of the drawing's edges.
 */
export function placeLabels(points: readonly LabelPoint[], frame: LabelFrame): (LabelPlace | null)[] {
  const dots: Box[] = points
    .filter((p) => p.dot !== false)
    .map((p) => ({
      left: p.x - DOT_PX,
      right: p.x + DOT_PX,
      top: p.y - DOT_PX,
      bottom: p.y + DOT_PX,
    }));
  const taken: Box[] = [];
  // Clear of the axes and their labels: within the plot area across, and into the right margin at most.
  const inside = (b: Box) =>
    b.left >= frame.marginLeft &&
    b.right <= frame.width - 1 &&
    b.top >= frame.marginTop &&
    b.bottom <= frame.height - frame.marginBottom;
  return points.map((p) => {
    for (const place of p.places ?? LABEL_PLACES) {
      const box = labelBox(p.x, p.y, p.text, place);
      if (inside(box) && !taken.some((t) => overlaps(t, box)) && !dots.some((d) => overlaps(d, box))) {
        taken.push(box);
        return place;
      }
    }
    return null;
  });
}

/**
 * Places labels for points given in data units: maps them to pixels of a drawing `width` wide (by default the
 * narrowest a page shows) of a plot with this frame and these scales, then calls placeLabels.
 */
export function placeDataLabels(
  points: readonly LabelPoint[],
  spec: LabelFrame,
  x: AxisScale,
  y: AxisScale,
  width: number = BUILD_WIDTHS[0],
): (LabelPlace | null)[] {
  const frame = frameAt(spec, width);
  const pixels = points.map((p) => ({
    ...p,
    x: toPixels(p.x, x, frame.marginLeft, frame.width - frame.marginRight),
    y: toPixels(p.y, y, frame.height - frame.marginBottom, frame.marginTop),
  }));
  return placeLabels(pixels, frame);
}
