/**
 * Margins, tick counts and facet gaps that fit a drawing's width, 320 to 1280 px (issue 19: "$10M$100M" ran
 * together on a phone; the wall's facets read "20452025" where one facet's last year met the next one's first).
 * Widths of text are estimated (text-width.ts), so the build and the browser agree.
 *
 * @example
 * const left = marginFor(['$10B', '$100M'], 8);
 * Plot.plot({ marginLeft: left, ...axisLabelMargins(), x: { ticks: tickCount(frame.width - left - 20) } })
 */
import { PAGE_FONT_PX } from '../render.ts';
import { textWidth } from './text-width.ts';

/** Room for a tick (6 px) and the gap Plot leaves between it and its label (3 px). */
const TICK_ROOM = 9;
/** Height of a line of axis text, in em: a browser's box for 12 px sans-serif text is about 1.2 em tall. */
const LINE_EM = 1.25;
/** Where Plot draws an axis label: 3 px inside the drawing's edge, whatever the margin. */
const LABEL_INSET = 3;
/** Least gap kept between an axis label and the nearest tick label. */
const LABEL_GAP = 2;

/** Least gap between two facets, in pixels: two tick labels' halves never meet. */
export const FACET_GAP_PX = 24;

/**
 * A margin wide enough for the longest of `labels` (tick labels of a y axis, or the end labels of lines drawn in
 * the margin), at least `least` pixels.
 *
 * @example marginFor(['0.001', '1,000'], 8) // 40
 */
export function marginFor(labels: readonly string[], least = 0, fontSize = PAGE_FONT_PX): number {
  const widest = Math.max(0, ...labels.map((label) => textWidth(label, fontSize)));
  return Math.max(least, Math.ceil(widest + TICK_ROOM));
}

/**
 * How many ticks to ask Plot for along an axis `length` pixels long, about one per `spacing` pixels (80 across,
 * Plot's own spacing; pass 35 for a y axis), and at least 2.
 *
 * @example tickCount(250) // 3
 */
export function tickCount(length: number, spacing = 80): number {
  return Math.max(2, Math.floor(length / spacing));
}

/**
 * fx scale options for `count` facets across `length` pixels (the plot's width less its margins) with at least
 * `gap` pixels between them, and the width each facet gets (to fit its own axis: yearAxis, tickCount).
 *
 * @example facetPadding(3, 300) // { padding: 0.26…, facetWidth: 84… }
 */
export function facetPadding(
  count: number,
  length: number,
  gap = FACET_GAP_PX,
): { padding: number; facetWidth: number } {
  // Plot's fx scale puts padding p between facets only (none outside): step = length / (count − p), gap = p · step.
  const padding = Math.min(0.5, Math.max(0.05, (gap * count) / (length + gap)));
  const step = length / (count - padding);
  return { padding, facetWidth: step * (1 - padding) };
}

/**
 * Top and bottom margins that keep Plot's axis labels clear of the tick labels. Plot draws a y axis's label at the
 * top-left corner of the drawing and an x axis's at the bottom-right, 3 px inside the edge whatever the margin, and
 * its default margins (20 top, 30 bottom) suit 10 px text: at a page's 12 px the x label met the ticks at the right
 * end of the axis ("Effective compute, tenfold steps →" over "+10 +15" in wall-capability-curve, "Training cost
 * (US$) →" over "$1M" in memo-costs at 390 px) and the y label the topmost tick's label. The top margin leaves the
 * label a line above half a tick label (a tick may sit at the top of the domain); the bottom one a line for the
 * tick labels (6 px tick, 3 px gap) and one for the axis label under them.
 *
 * @example axisLabelMargins() // { marginTop: 28, marginBottom: 44 }
 */
export function axisLabelMargins(fontSize = PAGE_FONT_PX): { marginTop: number; marginBottom: number } {
  const line = LINE_EM * fontSize;
  return {
    marginTop: Math.ceil(LABEL_INSET + line + LABEL_GAP + line / 2),
    marginBottom: Math.ceil(TICK_ROOM + line + LABEL_GAP + line + LABEL_INSET),
  };
}
