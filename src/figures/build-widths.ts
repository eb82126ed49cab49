/**
 * The widths a page's figure drawings are made for at build time, and which one CSS shows at a host's width.
 * A module of its own (no Plot) so the eager loader (live-figure.ts) can use it within its budget.
 * @example buildWidthShownAt(600) // 640
 */
/** Widths drawn at build time, narrowest first; CSS container queries show the one that fits. */
// 320: a 390 px phone's column (338 px) shows it at slightly over 1:1, so its 12 px text stays above 11 px down
// to a 360 px phone before the island redraws it for the exact width.
export const BUILD_WIDTHS = [320, 640] as const;
/** Figure-host width from which CSS shows the wide build-time drawing instead of the narrow one (Figure.astro). */
export const WIDE_DRAWING_FROM_PX = 520;

/** The build-time drawing CSS shows in a figure host this wide (Figure.astro's container query). */
export function buildWidthShownAt(hostWidth: number): (typeof BUILD_WIDTHS)[number] {
  return hostWidth >= WIDE_DRAWING_FROM_PX ? BUILD_WIDTHS[1] : BUILD_WIDTHS[0];
}
