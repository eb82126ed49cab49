/**
 * Build-time rendering: a figure spec to SVG markup, with linkedom standing in
 * for the browser's document. Used by pages, the figure files and snapshot tests.
 */
import { parseHTML } from 'linkedom';
import { staticBand } from './band/registry-band.ts';
import { renderFigure } from './render.ts';
import type { AnyFigureSpec, FigureData, Params } from './spec.ts';

export function renderFigureSvg(spec: AnyFigureSpec, params: Params, data: FigureData = {}): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  // Band hook (wall helper): a spec's uncertainty band is computed here at build time and drawn in the SVG.
  const { element } = renderFigure(spec, params, data, document as unknown as Document, staticBand(spec, params));
  // linkedom's outerHTML leaves out the SVG namespace that a standalone .svg file (and <img>) needs.
  if (element.tagName.toLowerCase() === 'svg' && !element.hasAttribute('xmlns')) {
    element.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  }
  return element.outerHTML;
}
