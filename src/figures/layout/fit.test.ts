import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { facetPadding, FACET_GAP_PX, marginFor, tickCount } from './fit.ts';
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
