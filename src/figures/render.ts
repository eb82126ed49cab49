/**
 * Renders a figure spec to an SVG element with any DOM document: the browser's
 * in the island, linkedom's at build time. One code path for both lives.
 */
import * as Plot from '@observablehq/plot';
import type { Band } from './band/band.ts';
import type { AnyFigureSpec, FigureData, Params, TableRow } from './spec.ts';

export interface RenderedFigure {
  readonly element: SVGSVGElement | HTMLElement;
  readonly rows: readonly TableRow[];
  readonly alt: string;
}

export function renderFigure(
  spec: AnyFigureSpec,
  params: Params,
  data: FigureData,
  document: Document,
  /** The spec's uncertainty band, when it declares one and it has been computed (band/band.ts). */
  band?: Band,
): RenderedFigure {
  const rows = spec.table(params, data);
  const alt = spec.alt(params, rows);
  const element = Plot.plot({
    ...spec.plot(params, rows, band),
    document,
    // Plot otherwise draws a random class name; a fixed one keeps the SVG byte-for-byte reproducible.
    className: `fig-${spec.id}`,
    ariaLabel: spec.title,
    ariaDescription: alt,
  });
  return { element, rows, alt };
}
