/** The stand-ins for modules the browser build leaves out: same export names, each failing loudly on use. */
// @ts-expect-error d3-scale-chromatic ships no types; this test reads only its export names.
import * as d3ScaleChromatic from 'd3-scale-chromatic';
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import {
  COLORS_KEPT,
  INTERPOLATE_KEPT,
  LEFT_OUT,
  SCALES_KEPT,
  SHAPES_KEPT,
  markColourCallsPure,
  namedColoursWithoutValues,
  standInModule,
} from './left-out-of-browser.ts';

const asModule = (source: string) =>
  import(/* @vite-ignore */ `data:text/javascript;base64,${Buffer.from(source).toString('base64')}`) as Promise<
    Record<string, unknown>
  >;

describe('browser stand-ins for left-out modules', () => {
  it('export every name of the real module, so Plot links against them', async () => {
    const standIn = await asModule(standInModule('d3-scale-chromatic', d3ScaleChromatic));
    expect(Object.keys(standIn).sort()).toEqual(Object.keys(d3ScaleChromatic).sort());
  });

  it('throw on a call or a read, naming the module, the export and the file that leaves it out', async () => {
    const standIn = await asModule(standInModule('d3-scale-chromatic', d3ScaleChromatic));
    expect(() => (standIn['interpolateTurbo'] as (t: number) => string)(0.5)).toThrow(
      /d3-scale-chromatic: interpolateTurbo is left out of the browser build \(src\/bundling\/left-out-of-browser\.ts\)/,
    );
    expect(() => (standIn['schemeTableau10'] as string[])[0]).toThrow(/d3-scale-chromatic: schemeTableau10/);
    expect(() => (standIn['schemeTableau10'] as string[]).length).toThrow(/left out/);
  });

  it('keep the exports it is told to keep, from the real module', () => {
    const source = standInModule(
      'd3-geo',
      { geoTransform: () => 0, geoPath: () => 0 },
      ['geoTransform'],
      '/x/d3-geo.js',
    );
    expect(source).toContain('export { geoTransform } from "/x/d3-geo.js";');
    expect(source).toContain('export function geoPath()');
    expect(source).not.toContain('export function geoTransform()');
  });
});

/** Every figure module's source text (tests beside them excluded). */
function figureSources(): string[] {
  const root = new URL('../figures/', import.meta.url);
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => readFileSync(new URL(file, root), 'utf8'));
}

describe('d3-scale in the browser build', () => {
  it('keeps the scale of every type a figure names, and the linear default', () => {
    const named = new Set(
      figureSources().flatMap((source) => [...source.matchAll(/type: *'([a-z-]+)'/g)].map((m) => m[1]!)),
    );
    // 'json' and 'text' are fetch and input types, not scales.
    const scales = [...named].filter((type) => !['json', 'text', 'module'].includes(type));
    expect(scales).toContain('log'); // the figures name scale types: the search finds them
    for (const type of [...scales, 'linear'])
      expect(SCALES_KEPT).toContain(`scale${type[0]!.toUpperCase()}${type.slice(1)}`);
  });

  it('leaves out time and the scale types no figure uses', async () => {
    expect(SCALES_KEPT).not.toContain('scaleUtc');
    expect(SCALES_KEPT).not.toContain('scaleSequential');
    expect(LEFT_OUT.find((module) => module.path === '/node_modules/d3-scale/')?.kept).toBe(SCALES_KEPT);
    expect(LEFT_OUT.some((module) => module.path === '/node_modules/d3-time/' && !module.kept)).toBe(true);
  });
});

describe('d3-shape in the browser build', () => {
  /** Plot's curve name → d3-shape's export, as Plot's curve.js maps them ('monotone-x' → curveMonotoneX). */
  const curveExport = (name: string) =>
    `curve${name.replace(/(^|-)([a-z])/g, (_match: string, _dash: string, letter: string) => letter.toUpperCase())}`;

  it('keeps every curve a figure spec names, and the linear default', () => {
    const named = new Set(
      figureSources().flatMap((source) => [...source.matchAll(/curve: *'([a-z-]+)'/g)].map((m) => m[1]!)),
    );
    expect(named.size).toBeGreaterThan(0); // the figures name curves: the search finds them
    for (const name of [...named, 'linear']) expect(SHAPES_KEPT).toContain(curveExport(name));
  });

  it('leaves out the rest of d3-shape as stand-ins, keeping what figures draw', async () => {
    // @ts-expect-error d3-shape ships no types; this test reads only its export names.
    const shape = (await import('d3-shape')) as Record<string, unknown>;
    const source = standInModule('d3-shape', shape, SHAPES_KEPT, '/x/d3-shape.js');
    expect(source).toContain('export function curveBasis()');
    expect(source).toContain(`export { ${SHAPES_KEPT.join(', ')} } from "/x/d3-shape.js";`);
    expect(LEFT_OUT.find((module) => module.path === '/node_modules/d3-shape/')?.kept).toBe(SHAPES_KEPT);
  });
});

describe('d3-interpolate and d3-color in the browser build', () => {
  const source = (name: string) =>
    readFileSync(new URL(`../../node_modules/${name}/dist/${name}.mjs`, import.meta.url), 'utf8');

  it('keep exports the real modules have, and leave out the colour spaces but rgb and hsl', async () => {
    // @ts-expect-error d3-interpolate ships no types; this test reads only its export names.
    const interpolate = (await import('d3-interpolate')) as Record<string, unknown>;
    // @ts-expect-error d3-color ships no types; this test reads only its export names.
    const color = (await import('d3-color')) as Record<string, unknown>;
    for (const name of INTERPOLATE_KEPT) expect(interpolate).toHaveProperty(name);
    for (const name of COLORS_KEPT) expect(color).toHaveProperty(name);
    expect(INTERPOLATE_KEPT).not.toContain('interpolateHcl');
    expect(COLORS_KEPT).toEqual(['color', 'hsl', 'rgb']);
  });

  it('mark exactly the calls that build the left-out colour spaces and interpolators pure', () => {
    const pure = (code: string) => code.match(/\/\*#__PURE__\*\//g)?.length ?? 0;
    // define(Lab|Hcl|Cubehelix, …, extend(…)): two marks each. If d3 changes these lines, this fails rather than
    // leaving the colour spaces in the bundle (or dropping one that is kept).
    const colour = markColourCallsPure(source('d3-color'));
    expect(pure(colour)).toBe(6);
    expect(colour).toContain('\ndefine(Rgb, rgb, extend(Color, {');
    expect(colour).toContain('\ndefine(Hsl, hsl, extend(Color, {');
    // hsl, hcl and cubehelix (default and long), zoom, the two transforms and the two rgb splines.
    expect(pure(markColourCallsPure(source('d3-interpolate')))).toBe(11);
  });

  it('keep the colour names without their values: other strings parse as before, a name throws', async () => {
    const real = source('d3-color');
    const slim = namedColoursWithoutValues(markColourCallsPure(real));
    expect(slim.length).toBeLessThan(real.length - 1500);
    type Parse = (text: string) => { formatHex(): string } | null;
    const { color, rgb, hsl } = (await asModule(slim)) as Record<string, Parse>;
    expect(color!('#ff0000')?.formatHex()).toBe('#ff0000');
    expect(rgb!('rgb(0, 128, 255)')?.formatHex()).toBe('#0080ff');
    expect(hsl!('hsl(120, 100%, 50%)')?.formatHex()).toBe('#00ff00');
    expect(color!('transparent')).not.toBeNull();
    // Field names and theme tokens are not colours to d3-color, as before.
    for (const text of ['series', 'var(--figure-ink)', 'none', 'currentcolor', 'constructor'])
      expect(color!(text)).toBeNull();
    for (const name of ['red', 'aliceblue', ' White ', 'yellowgreen'])
      expect(() => color!(name)).toThrow(/d3-color: the colour name "[a-z]+" is left out of the browser build/);
  });

  it('refuse a d3-color whose named table has changed, rather than keep it whole', () => {
    expect(() => namedColoursWithoutValues('var named = new Map();')).toThrow(/no longer has its named-colour table/);
  });

  it('is not needed by any figure: no figure names an interpolation', () => {
    expect(figureSources().some((text) => /\binterpolate: *['"]/.test(text))).toBe(false);
  });
});
