/**
 * Build-time rendering: a figure spec to SVG markup, with linkedom standing in
 * for the browser's document. Used by pages, the figure files and snapshot tests.
 */
import { parseHTML } from 'linkedom';
import { renderFigure } from './render.ts';
import type { AnyFigureSpec, FigureData, Params } from './spec.ts';

export function renderFigureSvg(spec: AnyFigureSpec, params: Params, data: FigureData = {}): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const { element } = renderFigure(spec, params, data, document as unknown as Document);
  // linkedom's outerHTML leaves out the SVG namespace that a standalone .svg file (and <img>) needs.
  if (element.tagName.toLowerCase() === 'svg' && !element.hasAttribute('xmlns')) {
    element.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  }
  return element.outerHTML;
}
