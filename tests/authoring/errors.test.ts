/**
 * The error contract for authors: each mistake stops the build with one line,
 * `<file>:<line>:<col> <what is wrong> (did you mean …?)`. Each fixture in
 * fixtures/errors/ holds one mistake; the pipeline is the one astro.config.mjs
 * uses (tests/build/new-figure.test.ts checks the wiring in a real build).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { frontmatterError } from '../../src/authoring/frontmatter.ts';
import { getFigure } from '../../src/figures/registry.ts';
import { errorOf, splitFrontmatter } from './pipeline.ts';

const dir = 'tests/authoring/fixtures/errors';
const gi = (getFigure('meek-loss-gap').params as Record<string, { min: number; max: number }>)['g_i']!;

describe('essay body errors stop the build at file:line:col', () => {
  it.each([
    ['unknown-citation', '12:19 unknown citation key "hofman-2022" (did you mean "hoffmann-2022"?)'],
    ['unknown-figure', '12:1 unknown figure "meek-los-gap" (did you mean "meek-loss-gap"?)'],
    ['unknown-value', '12:13 unknown value "peakYr" of figure "meek-loss-gap" (did you mean "peakYear"?)'],
    [
      'unknown-preset-value',
      '11:16 unknown parameter "gi" of figure "meek-loss-gap" in <PresetValue> (did you mean "g_i"?)',
    ],
    ['unknown-cross-reference', '14:4 unknown cross-reference "@fig-gpa" (did you mean "@fig-gap"?)'],
    [
      'broken-link',
      '12:5 broken internal link "/figures/meek-loss-gap/v10/" (did you mean "/figures/meek-loss-gap/v1/"?)',
    ],
    [
      'preset-out-of-range',
      `12:1 preset g_i = 40 of figure "meek-loss-gap" v9 is out of range (did you mean a value from ${gi.min} to ${gi.max} ×/yr?)`,
    ],
    [
      'unknown-parameter-value',
      '13:16 <ParameterValue>: parameter "g_i" has no value from "cottier-2042" (did you mean "cottier-2024"?)',
    ],
    [
      'parameter-interval-elsewhere',
      '13:16 <ParameterValue>: parameter "g_i" has no interval published by "gundlach-2025" (its interval is from "epoch-compute-trends-2024")',
    ],
    [
      'bad-katex',
      '12:21 bad KaTeX in "L = E + \\fracc{A}{N}": Undefined control sequence: \\fracc (did you mean to escape it or check the KaTeX function list?)',
    ],
  ])(
    '%s',
    async (name, expected) => {
      const message = await errorOf(`${dir}/${name}.mdx`);
      expect(message.split('\n')).toHaveLength(1);
      expect(message).toContain(`${dir}/${name}.mdx:${expected}`);
    },
    30_000,
  );
});

describe('frontmatter errors name the field and its line', () => {
  it.each([
    ['frontmatter-unknown-key', '7:1 unknown frontmatter key "draf" (did you mean "draft"?)'],
    [
      'frontmatter-wrong-type',
      '7:1 frontmatter "draft" must be a boolean, not the text "yes" (did you mean draft: true?)',
    ],
    [
      'frontmatter-bad-orcid',
      '6:5 frontmatter "authors.0.orcid" must be an ORCID iD such as 0000-0002-1825-0097 (with a valid check digit)',
    ],
  ])('%s', (name, expected) => {
    const path = `${dir}/${name}.mdx`;
    const text = readFileSync(path, 'utf8');
    const error = frontmatterError(path, text, splitFrontmatter(text).frontmatter);
    expect(error?.message).toBe(`${path}:${expected}`);
  });
});
