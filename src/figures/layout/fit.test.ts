import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { axisLabelMargins, facetPadding, FACET_GAP_PX, marginFor, tickCount } from './fit.ts';
import { textWidth } from './text-width.ts';

describe('marginFor', () => {
  it('holds the widest label with room for its tick', () => {
    expect(marginFor(['$10B', '$100M'])).toBe(Math.ceil(textWidth('$100M', 12) + 9));
    expect(marginFor(['1'], 40)).toBe(40);
  });
});

describe('tickCount', () => {
  it('asks for about one tick per 80 px, never fewer than two', () => {
    expect(tickCount(250)).toBe(3);
    expect(tickCount(1200)).toBe(15);
    expect(tickCount(50)).toBe(2);
  });
});

describe('facetPadding', () => {
  it.each([320, 390, 640, 1280])('leaves at least %s px figures a 24 px gap between three facets', (width) => {
    const length = width - 60;
    const { padding, facetWidth } = facetPadding(3, length);
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const svg = Plot.plot({
      document: document as unknown as Document,
      width,
      marginLeft: 40,
      marginRight: 20,
      fx: { domain: ['a', 'b', 'c'], padding },
      x: { domain: [0, 1] },
      facet: { data: ['a', 'b', 'c'], x: (d: string) => d },
      marks: [Plot.frame()],
    });
    const fx = svg.scale('fx') as { bandwidth: number; step: number };
    // Plot rounds the band to whole pixels.
    expect(Math.abs(fx.bandwidth - facetWidth)).toBeLessThanOrEqual(1.5);
    expect(fx.step - fx.bandwidth).toBeGreaterThanOrEqual(FACET_GAP_PX - 1.5);
  });
});

describe('axisLabelMargins', () => {
  /** Where Plot puts a group's text: the sum of the group's and the text's translate(x, y). */
  const at = (svg: Element, label: string, index = 0) => {
    const shift = (element: Element | null) =>
      (element?.getAttribute('transform') ?? '')
        .match(/translate\(([-\d.]+),([-\d.]+)\)/)
        ?.slice(1)
        .map(Number) ?? [0, 0];
    const group = svg.querySelector(`g[aria-label="${label}"]`)!;
    const text = group.querySelectorAll('text')[index]!;
    return { x: shift(group)[0]! + shift(text)[0]!, y: shift(group)[1]! + shift(text)[1]! };
  };

  it.each([10, 12, 14])('keeps both axis labels a line clear of the tick labels at %s px', (fontSize) => {
    const margins = axisLabelMargins(fontSize);
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const svg = Plot.plot({
      document: document as unknown as Document,
      width: 390,
      height: 300,
      ...margins,
      x: { domain: [0, 10], label: 'Effective compute →' },
      y: { domain: [0, 20], ticks: [0, 10, 20], label: '↑ Capability' },
      marks: [Plot.frame()],
    });
    const line = 1.2 * fontSize;
    // x: tick labels hang from their anchor (top at the anchor); the axis label sits on its baseline.
    const tickTop = at(svg, 'x-axis tick label').y;
    const labelBaseline = at(svg, 'x-axis label').y;
    expect(labelBaseline - line).toBeGreaterThanOrEqual(tickTop + line);
    // y: the label hangs from its anchor; the topmost tick label (20, at the top of the domain) is centred on its own.
    const labelTop = at(svg, 'y-axis label').y;
    const topTick = at(svg, 'y-axis tick label', 2).y;
    expect(labelTop + line).toBeLessThanOrEqual(topTick - line / 2);
  });
});
