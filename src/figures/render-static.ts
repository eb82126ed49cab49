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
  return element.outerHTML;
}
