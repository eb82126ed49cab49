/** The stand-ins for modules the browser build leaves out: same export names, each failing loudly on use. */
// @ts-expect-error d3-scale-chromatic ships no types; this test reads only its export names.
import * as d3ScaleChromatic from 'd3-scale-chromatic';
import { describe, expect, it } from 'vitest';
import { standInModule } from './left-out-of-browser.ts';

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
