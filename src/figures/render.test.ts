import * as Plot from '@observablehq/plot';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { figureDataFromDisk } from './publishing/lock-files.ts';
import { defaultParams } from './spec.ts';
import { getFigure } from './registry.ts';
import { BUILD_WIDTHS, buildWidthShownAt, WIDE_DRAWING_FROM_PX } from './render.ts';
import { renderFigureSvg } from './render-static.ts';
import { svgToPng } from './publishing/png.ts';
import { theme } from './theme.ts';

const spec = getFigure('meek-loss-gap');
const data = figureDataFromDisk(spec);
const size = (page: { width: number; proportionsOf?: number }) => {
  const svg = renderFigureSvg(spec, defaultParams(spec), data, page);
  return { width: Number(/ width="([\d.]+)"/.exec(svg)![1]), height: Number(/ height="([\d.]+)"/.exec(svg)![1]) };
};

describe('page figure sizes', () => {
  it('keep more than their share of height when narrower than the spec', () => {
    const narrow = size({ width: 320 });
    const wide = size({ width: 640 });
    expect(narrow.height / narrow.width).toBeGreaterThan(wide.height / wide.width);
  });

  it('drawn live, keep the proportions of the build-time drawing CSS was showing: the same height on screen', () => {
    for (const [width, built] of [
      [338, 320],
      [500, 320],
      [622, 640],
      [900, 640],
    ] as const) {
      const builtSize = size({ width: built });
      const live = size({ width, proportionsOf: built });
      expect(live.width).toBe(width);
      // CSS shows the build-time drawing `width` wide at its own aspect ratio.
      expect(live.height).toBeCloseTo((width * builtSize.height) / builtSize.width, 9);
    }
  });

  it('at a build width, in its own proportions, draw exactly the build-time drawing', () => {
    for (const width of BUILD_WIDTHS) expect(size({ width, proportionsOf: width })).toEqual(size({ width }));
  });

  it('switch from the narrow to the wide build-time drawing where the CSS container query does', () => {
    expect(buildWidthShownAt(WIDE_DRAWING_FROM_PX - 1)).toBe(BUILD_WIDTHS[0]);
    expect(buildWidthShownAt(WIDE_DRAWING_FROM_PX)).toBe(BUILD_WIDTHS[1]);
    const css = readFileSync(new URL('../components/Figure.astro', import.meta.url), 'utf8');
    expect(css).toContain(`@container (min-width: ${WIDE_DRAWING_FROM_PX}px)`);
  });
});

describe('theme colours', () => {
  const tokened = {
    ...spec,
    plot: () => ({
      marks: [Plot.ruleY([1], { stroke: theme.open }), Plot.text(['a'], { frameAnchor: 'middle', fill: theme.ink })],
    }),
  } as typeof spec;

  it('follow the theme on a page and are plain light colours in the published file', () => {
    const page = renderFigureSvg(tokened, defaultParams(spec), data, { width: 640 });
    expect(page).toContain('stroke="var(--fig-open, #c8641b)"');
    const file = renderFigureSvg(tokened, defaultParams(spec), data);
    expect(file).not.toContain('var(--fig-');
    expect(file).toContain('stroke="#c8641b"');
    expect(file).toContain('fill="#1b1b1f"');
  });

  it('are drawn in their light values in the PNG, not black', () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4" fill="${theme.open}"/></svg>`;
    const png = svgToPng(svg, 1);
    const plain = svgToPng(svg.replace(theme.open, '#c8641b'), 1);
    expect(Buffer.from(png).equals(Buffer.from(plain))).toBe(true);
  });
});
