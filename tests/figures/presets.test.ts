/** Presets: checked against the spec at build, merged page-wide, errors that name file, line, figure, key and range. */
import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { pagePresetFor, presetOverrides, validatePreset } from '../../src/figures/presets.ts';
import { getFigure } from '../../src/figures/registry.ts';
import remarkFigures from '../../src/authoring/remark-figures.ts';
import { defaultParams } from '../../src/figures/spec.ts';

const meek = getFigure('meek-loss-gap');

describe('validatePreset', () => {
  it('returns the defaults with the preset applied', () => {
    expect(validatePreset(meek, { g_i: 2.4 })).toEqual({ ...defaultParams(meek), g_i: 2.4 });
    expect(presetOverrides(meek, validatePreset(meek, { g_i: 2.4, alpha: 0.155 }))).toEqual({ g_i: 2.4 });
  });

  it.each([
    [
      { g_i: 20 },
      'preset g_i = 20 of figure "meek-loss-gap" v9 is out of range (did you mean a value from 1.1 to 10 ×/yr?)',
    ],
    [
      { budget: 1 },
      'preset budget = 1 of figure "meek-loss-gap" v9 is out of range (did you mean a value from 100 to 10000000000 US$?)',
    ],
    [{ gi: 2 }, 'unknown parameter "gi" of figure "meek-loss-gap" v9 (it has g_i, g_h, g_a, alpha, budget, lead)'],
    [{ g_i: '2' }, 'preset g_i of figure "meek-loss-gap" v9 must be a finite number, not "2"'],
    [{ g_i: Number.NaN }, 'preset g_i of figure "meek-loss-gap" v9 must be a finite number, not null'],
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
    { remarkPlugins: [remarkFigures] },
  );
  return String(file);
}

describe('page presets (remark-figures)', () => {
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
      'src/content/essays/x.mdx:3:1 preset g_i = 20 of figure "meek-loss-gap" v9 is out of range (did you mean a value from 1.1 to 10 ×/yr?)',
    );
  });

  it('stops the build when two figures preset a shared key differently', async () => {
    await expect(
      compileEssay(
        '<Figure id="meek-loss-gap" params={{ g_i: 2 }} />\n\n<Figure id="meek-loss-gap" version={1} params={{ g_i: 3 }} />',
      ),
    ).rejects.toThrow(/x\.mdx:3:1 meek-loss-gap: preset g_i = 3 disagrees with g_i = 2 set at line 1;/);
  });

  it('refuses a preset that is not a literal', async () => {
    await expect(compileEssay('<Figure id="meek-loss-gap" params={{ g_i: 1 + 1 }} />')).rejects.toThrow(
      'x.mdx:1:1 <Figure id="meek-loss-gap">: params={{ g_i: 1 + 1 }} must be a literal (numbers, strings, objects)',
    );
  });

  it('names the file and line of an unknown figure', async () => {
    await expect(compileEssay('<Figure id="nope" params={{ g_i: 2 }} />')).rejects.toThrow(
      /x\.mdx:1:1 unknown figure "nope"/,
    );
  });
});
