/**
 * Renders a figure spec to an SVG element with any DOM document: the browser's
 * in the island, linkedom's at build time. One code path for both lives.
 *
 * Two uses, one function:
 *  - the published file (figure.svg): the spec exactly as it is, no options,
 *    so its bytes stay what the figure lock records;
 *  - a page (`forPage`): drawn for its container's width with text at least
 *    PAGE_FONT_PX, and accessible markup (see `accessibleSvg`).
 */
import * as Plot from '@observablehq/plot';
import type { Band } from './band/band.ts';
import type { AnyFigureSpec, FigureData, Params, TableRow } from './spec.ts';
import { resolveThemeColours } from './theme.ts';

export interface RenderedFigure {
  readonly element: SVGSVGElement | HTMLElement;
  readonly rows: readonly TableRow[];
  readonly alt: string;
}

export interface PageRenderOptions {
  /** Width in CSS pixels the figure is drawn for (its container's width). */
  readonly width: number;
  /**
   * The build-time width (one of BUILD_WIDTHS) whose proportions the drawing keeps; by default its own `width`.
   * A live redraw keeps the proportions of the build-time drawing CSS was showing, so it has exactly that
   * drawing's height and nothing under the figure moves: otherwise, on a phone, the first touch of a slider
   * shrank the figure by 13 px and the slider jumped up under the reader's finger.
   */
  readonly proportionsOf?: number;
}

/** Smallest text on a page figure: drawn at the container's width, so never scaled below this. */
export const PAGE_FONT_PX = 12;
// The build-time widths live in a module without Plot, for the eager loader (live-figure.ts).
export { BUILD_WIDTHS, WIDE_DRAWING_FROM_PX, buildWidthShownAt } from './build-widths.ts';
const MIN_WIDTH = 280;
/** Width of the published file's drawing: every spec draws its figure.svg 640 wide (Plot's default too). */
export const FILE_WIDTH = 640;

/** The width a page drawing for a container `width` wide is drawn at. */
function drawnWidth(width: number): number {
  return Math.max(MIN_WIDTH, Math.round(width));
}

/**
 * Plot labels each mark's `<g>` with aria-label (e.g. "line", "y-grid"), and
 * axe and Lighthouse reject aria-label on an element without a role. The
 * marks are decoration of the labelled <svg> (which carries the title and the
 * text description), so they are hidden from assistive technology instead.
 */
export function accessibleSvg(svg: Element): void {
  for (const g of svg.querySelectorAll('g[aria-label]')) {
    // Keep Plot's mark name ("area", "line") where no assistive technology reads it.
    g.setAttribute('data-mark', g.getAttribute('aria-label') ?? '');
    g.removeAttribute('aria-label');
    g.setAttribute('aria-hidden', 'true');
  }
  svg.setAttribute('role', 'img');
}

export function renderFigure(
  spec: AnyFigureSpec,
  params: Params,
  data: FigureData,
  document: Document,
  page?: PageRenderOptions,
  /** The spec's uncertainty band, when it declares one and it has been computed (band/band.ts). */
  band?: Band,
): RenderedFigure {
  const rows = spec.table(params, data);
  const alt = spec.alt(params, rows);
  const options = spec.plot(params, rows, band, { width: page ? drawnWidth(page.width) : FILE_WIDTH });
  const sized = page ? pageSize(options, page.width, page.proportionsOf) : {};
  const element = Plot.plot({
    ...options,
    ...sized,
    document,
    // Plot otherwise draws a random class name; a fixed one keeps the SVG byte-for-byte reproducible.
    className: `fig-${spec.id}`,
    ariaLabel: spec.title,
    ariaDescription: alt,
  });
  // The published file keeps plain light colours (theme.ts says why); a page's drawing follows the theme.
  if (!page) resolveThemeColours(element);
  if (page) {
    accessibleSvg(element);
    // An attribute, not Plot's `style` option: no inline style, which a strict CSP would block.
    element.setAttribute('font-size', String(PAGE_FONT_PX));
    // A spec may set a smaller size on an annotation (Plot's fontSize); on a page nothing goes below the floor.
    for (const sized of element.querySelectorAll('[font-size]')) {
      if (Number(sized.getAttribute('font-size')) < PAGE_FONT_PX) sized.setAttribute('font-size', String(PAGE_FONT_PX));
    }
  }
  return { element, rows, alt };
}

/** Height of a page figure drawn `width` wide in its own proportions. */
function heightAt(options: Plot.PlotOptions, width: number): number {
  const specWidth = options.width ?? 640;
  const specHeight = options.height ?? 400;
  // Narrower than the spec, a figure keeps more than its share of height (a chart squeezed flat on a
  // phone loses its slopes); wider, it keeps the spec's proportions.
  const scale = width / specWidth;
  return specHeight * (scale >= 1 ? scale : 0.55 + 0.45 * scale);
}

/** Width and height for a page figure: `width` wide, in the proportions of the figure drawn `proportionsOf` wide. */
function pageSize(options: Plot.PlotOptions, width: number, proportionsOf = width): Partial<Plot.PlotOptions> {
  const w = drawnWidth(width);
  const basis = drawnWidth(proportionsOf);
  if (basis === w) return { width: w, height: heightAt(options, w) };
  return { width: w, height: (w * heightAt(options, basis)) / basis };
}
