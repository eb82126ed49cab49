/**
 * Direct labels that move or drop rather than overlap one another or leave the plot (issue 19: "gap 0.45 in 203"
 * cut off at the edge, "RTX 3090 4090" piled up on a phone). A Plot render transform: it sees each label's
 * position in pixels at the width the figure is drawn, keeps it inside the plot area, and if it would overlap a
 * label placed before it (this mark's or an earlier mark's of the same layout) tries nearby positions, one line
 * up or down at a time, then the other side of its anchor; a label with no free place is left out. Labels are
 * placed in data order, so put the one that matters most first. Deterministic: text widths are estimated
 * (text-width.ts), never measured, so the build and the browser draw the same picture.
 *
 * @example
 * const labels = new LabelLayout();
 * Plot.text(ends, labels.place({ x: 'year', y: 'value', text: 'name', textAnchor: 'start', dx: 6 }));
 */
import type { TextOptions } from '@observablehq/plot';
import { PAGE_FONT_PX } from '../render.ts';
import { crossesLine, pixelsOf, type Polyline } from './line-obstacles.ts';
import { dotBox, inkBox, nearestItsDot, nearPointPlace } from './point-labels.ts';
import { textWidth } from './text-width.ts';

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

/** Step of the search for a free place clear of lines, in pixels. */
const SEARCH_STEP = 6;

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
 * than any other (nearestItsDot), and lines need only keep off its ink (inkBox): among a cluster's dots and lines
 * a whole line box often has no room where the letters do.
 */
export function placeLabel(
  label: LabelShape,
  bounds: Box,
  taken: readonly Box[],
  lines: readonly Polyline[] = [],
  dots: readonly Box[] = [],
  near?: { readonly x: number; readonly y: number; readonly reach: number },
): { dx: number; dy: number } | undefined {
  const free = (box: Box) => !taken.some((other) => overlaps(box, other)) && !dots.some((dot) => overlaps(box, dot));
  const clear = (box: Box) => free(box) && !lines.some((l) => crossesLine(box, l));
  if (near) {
    const inkClear = (box: Box) =>
      free(box) && !lines.some((l) => crossesLine(inkBox(box, label.height, PAD), l)) && nearestItsDot(box, near, dots);
    return nearPointPlace(boxOf(label), near, near.reach, bounds, inkClear);
  }
  if (lines.length === 0) return nearbyPlace(label, bounds, taken, free);
  return (
    nearbyPlace(label, bounds, taken, clear) ??
    searchPlace(label, bounds, clear) ??
    nearbyPlace(label, bounds, taken, free)
  );
}

/** The free place nearest the label's anchor point on a grid over `bounds`, where `clear` holds. */
function searchPlace(
  label: LabelShape,
  bounds: Box,
  clear: (box: Box) => boolean,
): { dx: number; dy: number } | undefined {
  const home = boxOf(label);
  let best: { dx: number; dy: number; distance: number } | undefined;
  for (let top = bounds.top; top + (home.bottom - home.top) <= bounds.bottom; top += SEARCH_STEP)
    for (let left = bounds.left; left + (home.right - home.left) <= bounds.right; left += SEARCH_STEP) {
      const [dx, dy] = [left - home.left, top - home.top];
      const distance = Math.hypot(dx, dy);
      if (best && distance >= best.distance) continue;
      const box = { left, top, right: home.right + dx, bottom: home.bottom + dy };
      if (clear(box)) best = { dx, dy, distance };
    }
  return best && { dx: best.dx, dy: best.dy };
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

interface TextMarkState {
  readonly dx?: number;
  readonly dy?: number;
  readonly textAnchor?: string;
  readonly lineAnchor?: string;
  readonly fontSize?: number | string;
  readonly fontWeight?: number | string;
  readonly frameAnchor?: string;
}

type Channel = ArrayLike<number> | undefined;

/** Labels of one drawing: each mark placed through the same layout avoids the labels of the marks before it. */
export class LabelLayout {
  readonly #taken: Box[] = [];
  readonly #lines: AvoidedLine[] = [];
  readonly #dots: AvoidedDots[] = [];

  /**
   * A data line the labels placed after this keep off, except a label in the line's own colour (its name at its
   * end). Its points are the rows' `x` and `y` columns, put through the drawing's scales when labels are placed.
   *
   * @example layout.avoid(rows, 'year', 'frontier_loss', theme.frontier)
   */
  avoid<T extends object>(rows: readonly T[], x: keyof T & string, y: keyof T & string, stroke: string): this {
    this.#lines.push({ rows, x, y, stroke });
    return this;
  }

  /**
   * Dots no label placed after this may cover, whatever its colour (a label over a dot hides it, its own dot
   * included): the rows' `x` and `y` columns through the drawing's scales, `r` pixels round each (the dot's radius).
   *
   * @example layout.avoidDots(machines, 'year', 'matched_year', 4)
   */
  avoidDots<T extends object>(rows: readonly T[], x: keyof T & string, y: keyof T & string, r: number): this {
    this.#dots.push({ rows, x, y, r });
    return this;
  }

  /** Boxes of the labels placed so far (for tests and for marks that avoid them). */
  get placed(): readonly Box[] {
    return this.#taken;
  }

  /**
   * Text mark options with this layout's render transform added (a spec's own `render` runs after it). `region`
   * is where the labels may go: the plot area ('frame'), or also the right margin ('frame and right margin':
   * labels at the ends of lines), below the top margin, where the y axis's title sits, in either case. With
   * `reach`, each label names its point (a dot): it stays within `reach` pixels of it or is left out (placeLabel).
   */
  place<T extends TextOptions>(options: T, region: 'frame' | 'frame and right margin' = 'frame', reach?: number): T {
    const taken = this.#taken;
    const avoided = this.#lines.filter((line) => line.stroke !== options.fill);
    const dotted = this.#dots;
    return {
      ...options,
      render(index, scales, values, dimensions, context, next) {
        const mark = this as unknown as TextMarkState;
        const channels = values as unknown as Record<string, Channel> & { text?: ArrayLike<unknown> };
        const fontSize = Math.max(PAGE_FONT_PX, Number(mark.fontSize) || 0);
        const { width, height, marginLeft, marginRight, marginTop, marginBottom } = dimensions;
        const bounds =
          region === 'frame'
            ? { left: marginLeft, right: width - marginRight, top: marginTop, bottom: height - marginBottom }
            : { left: marginLeft, right: width, top: marginTop, bottom: height };
        const X = Float64Array.from(
          { length: channels.text?.length ?? index.length },
          (_, i) => channels.x?.[i] ?? frameX(mark, dimensions),
        );
        const Y = Float64Array.from({ length: X.length }, (_, i) => channels.y?.[i] ?? frameY(mark, dimensions));
        const lines = avoided.map((line) => pixelsOf(line, scales));
        const dots = dotted.flatMap((dot) => pixelsOf(dot, scales).map((p) => dotBox(p.x, p.y, dot.r)));
        const kept: number[] = [];
        for (const i of index) {
          const text = String(channels.text?.[i] ?? '');
          const rows = text.split('\n').length;
          const shape: LabelShape = {
            x: X[i]! + (mark.dx ?? 0),
            y: Y[i]! + (mark.dy ?? 0),
            width: textWidth(text, fontSize, mark.fontWeight),
            height: rows * fontSize * 1.15,
            textAnchor: (mark.textAnchor as LabelShape['textAnchor']) ?? 'middle',
            lineAnchor: (mark.lineAnchor as LabelShape['lineAnchor']) ?? 'middle',
          };
          const near = reach === undefined ? undefined : { x: X[i]!, y: Y[i]!, reach };
          const at = placeLabel(shape, bounds, taken, lines, dots, near);
          if (!at) continue;
          X[i] = X[i]! + at.dx;
          Y[i] = Y[i]! + at.dy;
          taken.push(boxOf({ ...shape, x: shape.x + at.dx, y: shape.y + at.dy }));
          kept.push(i);
        }
        return next
          ? next(kept, scales, { ...values, x: X, y: Y } as unknown as typeof values, dimensions, context)
          : null;
      },
    } as T;
  }
}

/** A line registered with LabelLayout.avoid. */
interface AvoidedLine {
  readonly rows: readonly object[];
  readonly x: string;
  readonly y: string;
  readonly stroke: string;
}

/** Dots registered with LabelLayout.avoidDots, `r` pixels round each. */
interface AvoidedDots extends Omit<AvoidedLine, 'stroke'> {
  readonly r: number;
}

/** The x of a label placed by frameAnchor (no x channel), as Plot computes it. */
function frameX(mark: TextMarkState, d: { width: number; marginLeft: number; marginRight: number }): number {
  const anchor = mark.frameAnchor ?? 'middle';
  return /left$/.test(anchor)
    ? d.marginLeft
    : /right$/.test(anchor)
      ? d.width - d.marginRight
      : (d.marginLeft + d.width - d.marginRight) / 2;
}

/** The y of a label placed by frameAnchor (no y channel), as Plot computes it. */
function frameY(mark: TextMarkState, d: { height: number; marginTop: number; marginBottom: number }): number {
  const anchor = mark.frameAnchor ?? 'middle';
  return /^top/.test(anchor)
    ? d.marginTop
    : /^bottom/.test(anchor)
      ? d.height - d.marginBottom
      : (d.marginTop + d.height - d.marginBottom) / 2;
}
