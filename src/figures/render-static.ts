/**
 * Build-time rendering: a figure spec to SVG markup, with linkedom standing in
 * for the browser's document. Used by pages, the figure files and snapshot tests.
 */
import { parseHTML } from 'linkedom';
import { accessibleSvg, renderFigure, type PageRenderOptions } from './render.ts';
import type { AnyFigureSpec, FigureData, Params } from './spec.ts';

function newDocument(): Document {
  return parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
}

/** The SVG file of a figure (figure.svg): the spec as it is, with no page options. Pass `page` for a page's copy. */
export function renderFigureSvg(
  spec: AnyFigureSpec,
  params: Params,
  data: FigureData = {},
  page?: PageRenderOptions,
): string {
  const { element } = renderFigure(spec, params, data, newDocument(), page);
  // linkedom's outerHTML leaves out the SVG namespace that a standalone .svg file (and <img>) needs.
  if (element.tagName.toLowerCase() === 'svg' && !element.hasAttribute('xmlns')) {
    element.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  }
  return element.outerHTML;
}

/** A published SVG file (e.g. a frozen version's) made fit for inlining in a page: see accessibleSvg. */
export function inlineSvg(markup: string): string {
  const document = newDocument();
  const holder = document.createElement('div');
  holder.innerHTML = markup;
  const svg = holder.querySelector('svg');
  if (!svg) return markup;
  accessibleSvg(svg);
  return svg.outerHTML;
}
