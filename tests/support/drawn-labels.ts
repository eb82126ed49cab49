/**
 * A figure's direct labels, dots and leader lines as a page draws them, read from the SVG that renderFigure makes
 * with linkedom (no browser): each text's box from its anchor, its text-anchor and line anchor and the same text
 * width estimate the label layout uses (src/figures/layout/text-width.ts); a text of several lines, the union of
 * its lines' boxes, its text the lines joined by '\n' as the mark was given it. So a test can measure how far a name
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

/** A line box's height in em, as the label layout reckons it (direct-labels.ts shapeOf). */
const LINE_EM = 1.15;

/**
 * How far a line's box reaches above its baseline, in em, by the text's line anchor: a text anchored at its top
 * has its first box's top at the anchor, one anchored at its bottom its last box's foot, one in the middle its
 * middle (Plot sets a lone line's baseline at 0.71em, 0em and 0.32em).
 */
const ABOVE_BASELINE = { top: 0.71, middle: 0.32 + LINE_EM / 2, bottom: LINE_EM } as const;

type Line = { readonly content: string; readonly baseline: number };

/**
 * A text's lines with their baselines in em: Plot draws a multi-line text as one <tspan> a line, the first at
 * `y`, each next `dy` below the one before; a lone line as the text itself, its baseline at its `y` (or 0).
 */
function linesOf(text: Element): Line[] {
  const em = (value: string | null) => Number.parseFloat(value ?? '0') || 0;
  const spans = [...text.querySelectorAll('tspan')];
  if (spans.length === 0) return [{ content: text.textContent ?? '', baseline: em(text.getAttribute('y')) }];
  let baseline = 0;
  return spans.map((span) => {
    baseline = span.hasAttribute('y') ? em(span.getAttribute('y')) : baseline + em(span.getAttribute('dy'));
    return { content: span.textContent ?? '', baseline };
  });
}

/** The line anchor that put these lines where they are: Plot's first baseline 0.71em at the top, last 0 at the bottom. */
function lineAnchorOf(lines: readonly Line[]): keyof typeof ABOVE_BASELINE {
  if (lines[0]?.baseline === 0.71) return 'top';
  return lines.at(-1)?.baseline === 0 ? 'bottom' : 'middle';
}

const union = (boxes: readonly Box[]): Box => ({
  left: Math.min(...boxes.map((b) => b.left)),
  top: Math.min(...boxes.map((b) => b.top)),
  right: Math.max(...boxes.map((b) => b.right)),
  bottom: Math.max(...boxes.map((b) => b.bottom)),
});

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
    const weight = group.getAttribute('font-weight') ?? undefined;
    for (const text of group.querySelectorAll('text')) {
      const [x, y] = translate(text);
      const lines = linesOf(text);
      const above = ABOVE_BASELINE[lineAnchorOf(lines)];
      const boxes = lines.map(({ content, baseline }) => {
        const w = textWidth(content, size, weight);
        const left = x + dx - (anchor === 'start' ? 0 : anchor === 'end' ? w : w / 2);
        const top = y + dy + (baseline - above) * size;
        return { left, top, right: left + w, bottom: top + LINE_EM * size };
      });
      labels.push({ text: lines.map((line) => line.content).join('\n'), box: union(boxes) });
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
