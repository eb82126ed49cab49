/**
 * Plot's transforms, projections and schemes narrowed for the browser (plot-narrowed.ts): the narrowed functions do
 * what Plot's do on the path they keep and throw off it, and no figure version, in any state a reader can reach,
 * takes a path the browser build leaves out. Every Plot mark a figure makes here passes its options through the
 * narrowed functions, as Plot's own marks do in the browser.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import * as RealPlot from '@observablehq/plot';
import { LEFT_OUT, standInModule } from './left-out-of-browser.ts';
import { PLOT_NARROWED } from './plot-narrowed.ts';
import type { AnyFigureSpec } from '../figures/spec.ts';

type Module = Record<string, unknown>;
type Options = Record<string, unknown> | undefined;

const plotIndex = createRequire(import.meta.url).resolve('@observablehq/plot');
/** Plot's src/ directory, as the build resolves it. */
const plotSrc = plotIndex.replace(/\/index\.js$/, '');
const realPath = (path: string) => `${plotSrc}${path.replace('/node_modules/@observablehq/plot/src', '')}`;

/** The browser's stand-in for one of Plot's files (left-out-of-browser.ts), evaluated here. */
async function browserModule(path: string): Promise<Module> {
  const real = realPath(path);
  const exports = (await import(pathToFileURL(real).href)) as Module;
  const module = LEFT_OUT.find((m) => m.path === path)!;
  // In Node a module from a data: URL imports Plot's helpers by file URL.
  const source = standInModule(path, exports, module.kept, real, module.narrowed).replaceAll(
    `"${plotSrc}/`,
    `"${pathToFileURL(plotSrc).href}/`,
  );
  return (await import(
    /* @vite-ignore */ `data:text/javascript;base64,${Buffer.from(source).toString('base64')}`
  )) as Module;
}

const PLOT_FILES = LEFT_OUT.map((m) => m.path).filter((path) => path.startsWith('/node_modules/@observablehq/plot/'));
const fn = (module: Module, name: string) => module[name] as (...args: unknown[]) => Record<string, unknown>;

describe('Plot narrowed for the browser', () => {
  it('keeps every export name of the files it narrows, so Plot links against them', async () => {
    for (const path of Object.keys(PLOT_NARROWED)) {
      const real = (await import(pathToFileURL(realPath(path)).href)) as Module;
      expect(Object.keys(await browserModule(path)).sort(), path).toEqual(Object.keys(real).sort());
    }
  });

  it('does what Plot does on the path figures take, and throws where Plot would bin, stack, project or use a scheme', async () => {
    const bin = await browserModule('/node_modules/@observablehq/plot/src/transforms/bin.js');
    const realBin = (await import(
      pathToFileURL(realPath('/node_modules/@observablehq/plot/src/transforms/bin.js')).href
    )) as Module;
    const line = { x: 'year', y: 'gap', stroke: 'red', tip: true };
    expect(fn(bin, 'maybeDenseIntervalX')(line)).toEqual(fn(realBin, 'maybeDenseIntervalX')(line));
    expect(fn(bin, 'maybeDenseIntervalY')(line)).toEqual(fn(realBin, 'maybeDenseIntervalY')(line));
    expect(() => fn(bin, 'maybeDenseIntervalX')({ ...line, interval: 1 })).toThrow(/interval option .*plot-narrowed/);

    const stack = await browserModule('/node_modules/@observablehq/plot/src/transforms/stack.js');
    const realStack = (await import(
      pathToFileURL(realPath('/node_modules/@observablehq/plot/src/transforms/stack.js')).href
    )) as Module;
    for (const area of [{ x: 'year', y1: 'low', y2: 'high' }, { y: 'v', y2: 'high' }, { y1: 'low' }])
      expect(fn(stack, 'maybeStackY')(area)).toEqual(fn(realStack, 'maybeStackY')(area));
    expect(fn(stack, 'maybeStackX')({ x1: 'a', x2: 'b', fill: 'red' })).toEqual(
      fn(realStack, 'maybeStackX')({ x1: 'a', x2: 'b', fill: 'red' }),
    );
    expect(() => fn(stack, 'maybeStackY')({ x: 'year', y: 'v' })).toThrow(/stackY/);
    expect(() => fn(stack, 'stackY')({})).toThrow(/left out of the browser build/);

    const projection = await browserModule('/node_modules/@observablehq/plot/src/projection.js');
    expect(fn(projection, 'createProjection')({}, {})).toBeUndefined();
    expect(fn(projection, 'hasProjection')({ projection: null })).toBe(false);
    expect(fn(projection, 'projectionAspectRatio')(undefined)).toBeUndefined();
    expect(() => fn(projection, 'createProjection')({ projection: 'mercator' }, {})).toThrow(/projection option/);

    const schemes = await browserModule('/node_modules/@observablehq/plot/src/scales/schemes.js');
    expect(fn(schemes, 'isDivergingScheme')(undefined)).toBe(false);
    expect(fn(schemes, 'isCategoricalScheme')(null)).toBe(false);
    expect(() => fn(schemes, 'isCategoricalScheme')('tableau10')).toThrow(/colour scheme/);
    expect(() => fn(schemes, 'ordinalScheme')('greys')).toThrow(/left out of the browser build/);

    const marker = await browserModule('/node_modules/@observablehq/plot/src/marker.js');
    const realMarker = (await import(
      pathToFileURL(realPath('/node_modules/@observablehq/plot/src/marker.js')).href
    )) as Module;
    for (const options of [
      undefined,
      {},
      { marker: null },
      { marker: false },
      { marker: 'none' },
      { markerEnd: 'None' },
    ]) {
      const [mark, realMark] = [{}, {}];
      fn(marker, 'markers')(mark, options);
      fn(realMarker, 'markers')(realMark, options);
      expect(mark, JSON.stringify(options)).toEqual(realMark);
      expect(mark).toEqual({ markerStart: null, markerMid: null, markerEnd: null });
    }
    for (const options of [{ marker: true }, { marker: 'arrow' }, { markerEnd: 'dot' }, { markerStart: () => null }])
      expect(() => fn(marker, 'markers')({}, options), JSON.stringify(options)).toThrow(/a marker .*plot-narrowed/);
    expect(fn(marker, 'applyMarkers')()).toBeUndefined();
    expect(fn(marker, 'applyGroupedMarkers')()).toBeUndefined();

    const legends = await browserModule('/node_modules/@observablehq/plot/src/legends.js');
    const realLegends = (await import(
      pathToFileURL(realPath('/node_modules/@observablehq/plot/src/legends.js')).href
    )) as Module;
    const scales = { x: { type: 'linear' }, color: { type: 'identity' } };
    for (const options of [{}, { color: { legend: false } }, { color: { legend: true } }, { symbol: { legend: true } }])
      expect(fn(legends, 'createLegends')(scales, {}, options)).toEqual(
        fn(realLegends, 'createLegends')(scales, {}, options),
      );
    expect(() =>
      fn(legends, 'createLegends')({ color: { type: 'ordinal', domain: ['a'] } }, {}, { color: { legend: true } }),
    ).toThrow(/a legend .*plot-narrowed/);
    const legend = fn(legends, 'exposeLegends')(scales, {}, {}) as unknown as (key: string) => unknown;
    expect(legend('symbol')).toBeUndefined();
    expect(() => legend('size')).toThrow('unknown legend type: size');
    expect(() => legend('color')).toThrow(/a legend .*plot-narrowed/);
    expect(() => fn(legends, 'legend')({ color: { domain: ['a'] } })).toThrow(/left out of the browser build/);
  });
});

afterEach(() => {
  vi.doUnmock('@observablehq/plot');
  vi.resetModules();
});

/** Marks in a Plot options' `marks`, nested arrays flattened. */
const marksOf = (marks: unknown): unknown[] => (Array.isArray(marks) ? marks.flatMap(marksOf) : marks ? [marks] : []);

describe('every figure version, in every state a reader can reach', () => {
  it('draws only with what the browser build keeps of Plot', { timeout: 600_000 }, async () => {
    const plotFile = (file: string) => browserModule(`/node_modules/@observablehq/plot/src/${file}`);
    const [bin, stack, projection, schemes] = await Promise.all([
      plotFile('transforms/bin.js'),
      plotFile('transforms/stack.js'),
      plotFile('projection.js'),
      plotFile('scales/schemes.js'),
    ]);
    // Plot's own exports the browser has only as stand-ins (binX, stackY, timeInterval, …) throw here too.
    const standIns = new Set<string>();
    for (const path of PLOT_FILES) {
      const module = LEFT_OUT.find((m) => m.path === path)!;
      for (const name of Object.keys(await browserModule(path)))
        if (!module.narrowed?.exports.includes(name) && name in RealPlot) standIns.add(name);
    }
    const calls = { dense: 0, stacked: 0 };
    // Each mark passes its options through the narrowed functions as Plot's own mark does in the browser.
    const through: Record<string, (options: Options) => void> = {
      lineY: (o) => void (calls.dense++, fn(bin, 'maybeDenseIntervalX')(o)),
      lineX: (o) => void fn(bin, 'maybeDenseIntervalY')(o),
      areaY: (o) => void (calls.stacked++, fn(stack, 'maybeStackY')(fn(bin, 'maybeDenseIntervalX')(o))),
      areaX: (o) => void fn(stack, 'maybeStackX')(fn(bin, 'maybeDenseIntervalY')(o)),
      rectY: (o) => void fn(stack, 'maybeStackY')(o),
      rectX: (o) => void fn(stack, 'maybeStackX')(o),
      barY: (o) => void fn(stack, 'maybeStackY')(o),
      barX: (o) => void fn(stack, 'maybeStackX')(o),
    };
    vi.resetModules();
    vi.doMock('@observablehq/plot', () => {
      const mocked: Module = { ...RealPlot };
      for (const name of standIns)
        mocked[name] = () => {
          throw new Error(`Plot.${name} is left out of the browser build`);
        };
      for (const [name, check] of Object.entries(through))
        mocked[name] = (data: unknown, options: Options) => {
          check(options);
          return fn(RealPlot as unknown as Module, name)(data, options);
        };
      return mocked;
    });
    const { figureVersions } = await import('../figures/registry.ts');
    const { reachableStates, figureParams } = await import('../figures/reachable-states.ts');
    const { figureDataFromDisk } = await import('../figures/publishing/lock-files.ts');
    const { staticBand } = await import('../figures/band/registry-band.ts');
    let states = 0;
    for (const spec of figureVersions as readonly AnyFigureSpec[]) {
      const data = figureDataFromDisk(spec);
      for (const { label, params: page } of reachableStates([spec], {}, { steps: 2, random: 4, seed: 19 })) {
        const params = figureParams(spec, page);
        const where = `${spec.id}/v${spec.version} at ${label}`;
        const rows = spec.table(params, data);
        // Plot's time module is left out: no plotted value is a date.
        expect(
          rows.some((row) => Object.values(row).some((v) => v instanceof Date)),
          where,
        ).toBe(false);
        const options = spec.plot(params, rows, staticBand(spec, params)) as Record<string, unknown>;
        fn(projection, 'hasProjection')(options);
        fn(schemes, 'isCategoricalScheme')((options['color'] as Options)?.['scheme']);
        fn(schemes, 'isDivergingScheme')((options['color'] as Options)?.['scheme']);
        // Legends are left out: no figure asks Plot for one.
        for (const key of ['color', 'opacity', 'symbol'])
          expect((options[key] as Options)?.['legend'] ?? false, `${where}: a ${key} legend`).toBe(false);
        // A channel sort (a mark's `sort` by another channel) reduces with Plot's group transform, left out.
        for (const mark of marksOf(options['marks'])) {
          expect((mark as { sort?: unknown }).sort ?? null, `${where}: a mark sorts a scale by a channel`).toBe(null);
          // Markers are left out (marker.js narrowed): Plot's own reading of a mark's marker options finds none.
          const { markerStart, markerMid, markerEnd } = mark as Record<string, unknown>;
          expect([markerStart, markerMid, markerEnd].filter(Boolean), `${where}: a mark draws a marker`).toEqual([]);
          // Text wrapping is left out (plot-text-unwrapped.ts): a text mark's lineWidth stays Plot's default.
          const { lineWidth } = mark as { lineWidth?: number };
          if (lineWidth !== undefined) expect(lineWidth, `${where}: a text wraps to a lineWidth`).toBe(Infinity);
        }
        states++;
      }
    }
    // The figures were drawn, through the narrowed functions.
    expect(states).toBeGreaterThan(100);
    expect(calls.dense).toBeGreaterThan(0);
    expect(calls.stacked).toBeGreaterThan(0);
  });
});
