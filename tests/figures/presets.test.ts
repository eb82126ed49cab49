/** Presets: checked against the spec at build, merged page-wide, errors that name file, line, figure, key and range. */
import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { pagePresetFor, presetOverrides, validatePreset } from '../../src/figures/presets.ts';
import { getFigure } from '../../src/figures/registry.ts';
import remarkFigurePresets from '../../src/figures/remark-figure-presets.ts';
import { defaultParams } from '../../src/figures/spec.ts';

const meek = getFigure('meek-loss-gap', 2);

describe('validatePreset', () => {
  it('returns the defaults with the preset applied', () => {
    expect(validatePreset(meek, { g_i: 2.4 })).toEqual({ ...defaultParams(meek), g_i: 2.4 });
    expect(presetOverrides(meek, validatePreset(meek, { g_i: 2.4, alpha: 0.155 }))).toEqual({ g_i: 2.4 });
  });

  it.each([
    [{ g_i: 20 }, 'meek-loss-gap v2: preset g_i = 20 is outside its range [1.1, 10] ×/yr'],
    [{ budget: 1 }, 'meek-loss-gap v2: preset budget = 1 is outside its range [100, 10000000000] US$'],
    [{ gi: 2 }, 'meek-loss-gap v2: preset has unknown parameter "gi"; it has g_i, g_h, g_a, alpha, budget, lead'],
    [{ g_i: '2' }, 'meek-loss-gap v2: preset g_i = "2" is not a finite number'],
    [{ g_i: Number.NaN }, 'meek-loss-gap v2: preset g_i = null is not a finite number'],
  ])('refuses %j: %s', (preset, message) => {
    expect(() => validatePreset(meek, preset)).toThrow(message);
  });

  it('applies a page-wide preset only where the spec has the key', () => {
    const compute = getFigure('open-closed-compute');
    expect(pagePresetFor(compute, { g_i: 2.4, from_year: 2020 })).toEqual({ from_year: 2020 });
  });
});

async function compileEssay(source: string): Promise<string> {
  const file = await compile(
    { value: source, path: '/repo/src/content/essays/x.mdx', cwd: '/repo' },
    { remarkPlugins: [remarkFigurePresets] },
  );
  return String(file);
}

describe('remark-figure-presets', () => {
  it('hands the page preset to every Figure and FigureValue, before or after the figure', async () => {
    const js = await compileEssay(
      [
        'Peak in <FigureValue figure="meek-loss-gap" value="peakYear" />.',
        '',
        '<Figure id="meek-loss-gap" params={{ g_i: 2.4, alpha: 0.2 }} />',
        '',
        '<Figure id="open-closed-compute" />',
      ].join('\n'),
    );
    expect(js.match(/pagePreset: "\{\\"g_i\\":2.4,\\"alpha\\":0.2\}"/g)).toHaveLength(3);
  });

  it('leaves an essay without presets alone', async () => {
    expect(await compileEssay('<Figure id="meek-loss-gap" />')).not.toContain('pagePreset');
  });

  it('stops the build at the line of a preset out of range', async () => {
    await expect(compileEssay('Text.\n\n<Figure id="meek-loss-gap" params={{ g_i: 20 }} />')).rejects.toThrow(
      'src/content/essays/x.mdx:3:1 meek-loss-gap v2: preset g_i = 20 is outside its range [1.1, 10] ×/yr',
    );
  });

  it('stops the build when two figures preset a shared key differently', async () => {
    await expect(
      compileEssay(
        '<Figure id="meek-loss-gap" params={{ g_i: 2 }} />\n\n<Figure id="meek-loss-gap" version={1} params={{ g_i: 3 }} />',
      ),
    ).rejects.toThrow(/x\.mdx:3:1 meek-loss-gap: preset g_i = 3 disagrees with g_i = 2 set at .*x\.mdx:1:1/);
  });

  it('refuses a preset that is not a literal', async () => {
    await expect(compileEssay('<Figure id="meek-loss-gap" params={{ g_i: 1 + 1 }} />')).rejects.toThrow(
      /x\.mdx:1:1 .*not a finite number/,
    );
  });

  it('names the file and line of an unknown figure', async () => {
    await expect(compileEssay('<Figure id="nope" params={{ g_i: 2 }} />')).rejects.toThrow(
      /x\.mdx:1:1 No figure "nope"/,
    );
  });
});
