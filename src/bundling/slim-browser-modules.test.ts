/**
 * The browser's slim parameter entries and bibliography give the same figure specs as the real
 * modules: every figure version, evaluated over the generated modules, has the same parameters
 * (but for the sliders' descriptions and the places in a work their sources cite, which only the
 * server renders), constants, presets (their sources named by work), columns and datasets, and
 * draws the same rows, description and prose values at its defaults.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PARAMETER_ENTRIES } from '../model/parameter-entries.ts';
import { REPORTED_NUMBERS } from '../model/parameters/reported-numbers.ts';
import type { AnyFigureSpec } from '../figures/spec.ts';
import { defaultParams } from '../figures/spec.ts';
import { figureDataFromDisk } from '../figures/publishing/lock-files.ts';
import { SITE } from '../site.ts';
import { slimModuleSources, slimParameterEntries, workerParameterEntries } from './slim-browser-modules.ts';

const asModule = (source: string) =>
  import(/* @vite-ignore */ `data:text/javascript;base64,${Buffer.from(source).toString('base64')}`) as Promise<
    Record<string, unknown>
  >;

/** The work a source names ("Cottier et al. 2024" of "Cottier et al. 2024, Table 2: …"), if any. */
const work = (source: string | undefined) => source?.replace(/, .*$/s, '');

/** A spec's data (functions dropped), slider descriptions left out and sources cut to the work they cite. */
function described(spec: AnyFigureSpec) {
  const params = Object.fromEntries(
    Object.entries(spec.params as Record<string, { description: string; source?: string }>).map(
      ([key, { description: _d, source, ...def }]) => [key, { ...def, source: work(source) }],
    ),
  );
  const presets = spec.presets?.map((preset) => ({ ...preset, source: work(preset.source) }));
  return JSON.parse(JSON.stringify({ ...spec, params, presets })) as unknown;
}

function drawn(spec: AnyFigureSpec) {
  const params = defaultParams(spec);
  const rows = spec.table(params, figureDataFromDisk(spec));
  return { rows: JSON.stringify(rows), alt: spec.alt(params, rows) };
}

afterEach(() => {
  vi.doUnmock('../model/parameter-entries.ts');
  vi.doUnmock('../model/bibliography.ts');
  vi.resetModules();
});

describe('slim browser modules', () => {
  it('leave out the published intervals, quotes, locators, notes and assumptions, and keep what specs read', () => {
    const slim = slimParameterEntries(PARAMETER_ENTRIES);
    const text = JSON.stringify(slim);
    expect(text).not.toContain('"published"');
    expect(text).not.toContain('"assumption"');
    expect(text).not.toContain('"quote"');
    for (const [i, entry] of slim.entries()) {
      const full = PARAMETER_ENTRIES[i]!;
      expect(entry).toMatchObject({ id: full.id, default: full.default, low: full.low, high: full.high });
      expect(entry.source).toEqual({ key: full.source.key, locator: '' });
      // An anchor keeps its label, value and work: a preset's button and what it sets.
      expect(entry.anchors).toEqual(
        full.anchors?.map(({ label, value, source }) => ({ label, value, source: { key: source.key, locator: '' } })),
      );
    }
    expect(text.length).toBeLessThan(JSON.stringify(PARAMETER_ENTRIES).length * 0.6);
  });

  it('give every figure version the same spec as the real modules', async () => {
    const { figureVersions: real } = await import('../figures/registry.ts');
    const sources = slimModuleSources();
    const entries = await asModule(sources['/src/model/parameter-entries.ts']!);
    const bibliography = await asModule(sources['/src/model/bibliography.ts']!);
    vi.resetModules();
    vi.doMock('../model/parameter-entries.ts', () => entries);
    vi.doMock('../model/bibliography.ts', () => bibliography);
    const { figureVersions: slim } = await import('../figures/registry.ts');
    // The specs below really were evaluated over the slim modules.
    const { parameterEntry } = await import('../model/parameter-entries.ts');
    expect(parameterEntry('g_i').note).toBe('');
    // Numbers only essays report are not in the browser's copy, and no figure version needed one.
    expect(() => parameterEntry(REPORTED_NUMBERS[0]!.id)).toThrow(/No parameter/);
    expect(slim).not.toBe(real);
    expect(slim.length).toBe(real.length);
    for (const [i, spec] of slim.entries()) {
      expect(described(spec), `${spec.id}/v${spec.version}`).toEqual(described(real[i]!));
      expect(drawn(spec), `${spec.id}/v${spec.version}`).toEqual(drawn(real[i]!));
    }
  });

  it("give a Web Worker each entry's sampler and default, and draw the same band as the real modules", async () => {
    const worker = workerParameterEntries(PARAMETER_ENTRIES);
    for (const [i, entry] of worker.entries()) {
      const { id, default: value, low, high, distribution, level } = PARAMETER_ENTRIES[i]!;
      expect(entry).toEqual({ id, default: value, low, high, distribution, level });
    }
    const distributions = Object.fromEntries(PARAMETER_ENTRIES.map((p) => [p.id, p]));
    const { figureVersions } = await import('../figures/registry.ts');
    const params = defaultParams(figureVersions.filter((spec) => spec.id === 'wall-gap-lag').at(-1)!);
    // What the worker loads: the machinery and the band definitions (src/figures/band/band-worker.ts).
    const band = async () => {
      const { computeBand } = await import('../figures/band/band.ts');
      const { default: definition } = await import('../figures/wall-gap-lag/band.ts');
      return computeBand({ ...definition, draws: 50 }, params, distributions);
    };
    const real = await band();
    vi.resetModules();
    const source = slimModuleSources(true)['/src/model/parameter-entries.ts']!;
    expect(source.length).toBeLessThan(slimModuleSources()['/src/model/parameter-entries.ts']!.length * 0.5);
    const entries = await asModule(source);
    vi.doMock('../model/parameter-entries.ts', () => entries);
    const { parameterEntry } = await import('../model/parameter-entries.ts');
    expect(parameterEntry('g_a')).not.toHaveProperty('label'); // the band below really read the worker's copy
    expect(real.length).toBeGreaterThan(0);
    expect(await band()).toEqual(real);
  });

  it("give the browser the build's SITE as a literal, without the code that resolves SITE_URL", async () => {
    const source = slimModuleSources()['/src/site.ts']!;
    expect(source).not.toMatch(/SITE_URL|function/);
    expect((await asModule(source))['SITE']).toEqual(SITE);
  });
});
