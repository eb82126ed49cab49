/**
 * Margins, tick counts and facet gaps that fit a drawing's width, 320 to 1280 px (issue 19: "$10M$100M" ran
 * together on a phone; the wall's facets read "20452025" where one facet's last year met the next one's first).
 * Widths of text are estimated (text-width.ts), so the build and the browser agree.
 *
 * @example
 * const left = marginFor(['$10B', '$100M'], 8);
 * Plot.plot({ marginLeft: left, x: { ticks: tickCount(frame.width - left - 20) }, fx: facetPadding(3, frame.width - left - 20) })
 */
import { PAGE_FONT_PX } from '../render.ts';
import { textWidth } from './text-width.ts';

/** Room for a tick (6 px) and the gap Plot leaves between it and its label (3 px). */
const TICK_ROOM = 9;
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
