/**
 * A figure's direct labels, dots and leader lines as a page draws them, read from the SVG that renderFigure makes
 * with linkedom (no browser): each text's box from its anchor, its text-anchor and line anchor and the same text
 * width estimate the label layout uses (src/figures/layout/text-width.ts), so a test can measure how far a name
 * stands from its dot over every reachable state in a second or two. Widths are estimates; the browser's
 * legibility test reads real boxes.
 *
 * @example
 * const { labels, dots, leaders } = drawnLabels(spec, params, data, 340, 320);
 * labels.find((l) => l.text === 'M3 Ultra')?.box // { left, top, right, bottom } in the SVG's pixels
 */
import { parseHTML } from 'linkedom';
import type { Box } from '../../src/figures/layout/place-label.ts';
import { textWidth } from '../../src/figures/layout/text-width.ts';
import { PAGE_FONT_PX, renderFigure } from '../../src/figures/render.ts';
import type { AnyFigureSpec, FigureData, Params } from '../../src/figures/spec.ts';

type Point = { readonly x: number; readonly y: number };

export interface DrawnLabels {
  readonly labels: readonly { readonly text: string; readonly box: Box }[];
  /** Every dot's centre and radius (Plot's dot marks). */
  readonly dots: readonly (Point & { readonly r: number })[];
  /** Every leader line (LabelLayout's), from its label's box to its point. */
  readonly leaders: readonly (readonly [Point, Point])[];
  /** Plot's scales of the drawing, to put data through. */
  readonly scale: (name: 'x' | 'y') => { apply(value: number): number };
}

const translate = (element: Element): [number, number] => {
  const match = /translate\(([-\d.e]+),\s*([-\d.e]+)\)/.exec(element.getAttribute('transform') ?? '');
  return match ? [Number(match[1]), Number(match[2])] : [0, 0];
};

/** The drawing of `spec` at `params`, `width` pixels wide in the proportions of the build width `basis`. */
export function drawnLabels(
  spec: AnyFigureSpec,
  params: Params,
  data: FigureData,
  width: number,
  basis: number,
): DrawnLabels {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const { element } = renderFigure(spec, params, data, document as unknown as Document, {
    width,
    proportionsOf: basis,
  });
  const labels: { text: string; box: Box }[] = [];
  for (const group of element.querySelectorAll('g[data-mark="text"]')) {
    const [dx, dy] = translate(group);
    const anchor = group.getAttribute('text-anchor') ?? 'middle';
    const size = Math.max(PAGE_FONT_PX, Number(group.getAttribute('font-size')) || 0);
    for (const text of group.querySelectorAll('text')) {
      const [x, y] = translate(text);
      const content = text.textContent ?? '';
      const [w, h] = [textWidth(content, size, group.getAttribute('font-weight') ?? undefined), size * 1.15];
      const left = x + dx - (anchor === 'start' ? 0 : anchor === 'end' ? w : w / 2);
      // Plot's line anchors: 'top' sets y="0.71em", 'middle' y="0.32em", 'bottom' neither.
      const em = text.getAttribute('y');
      const top = y + dy - (em === '0.71em' ? 0 : em === '0.32em' ? h / 2 : h);
      labels.push({ text: content, box: { left, top, right: left + w, bottom: top + h } });
    }
  }
  const dots = [...element.querySelectorAll('g[data-mark="dot"] circle')].map((circle) => ({
    x: Number(circle.getAttribute('cx')),
    y: Number(circle.getAttribute('cy')),
    r: Number(circle.getAttribute('r')),
  }));
  const leaders = [...element.querySelectorAll('g[data-mark="leader"] line')].map(
    (line) =>
      [
        { x: Number(line.getAttribute('x1')), y: Number(line.getAttribute('y1')) },
        { x: Number(line.getAttribute('x2')), y: Number(line.getAttribute('y2')) },
      ] as const,
  );
  const plot = element as unknown as { scale(name: string): { apply(value: number): number } };
  return { labels, dots, leaders, scale: (name) => plot.scale(name) };
}
