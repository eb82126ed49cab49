/**
 * Every HTML page built into dist/ passes html-validate's standard preset with
 * zero errors (issue 12 §6). No rule is switched off: markup, components and
 * the essay pipeline's output are fixed instead.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblems, validateHtml } from '../support/html-validity.ts';
import { DIST, distFiles } from '../support/site-pages.ts';

const files = distFiles().filter((file) => file.endsWith('.html'));

describe('HTML validity (html-validate:standard)', () => {
  it('finds the built pages', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('every built page has zero errors', { timeout: 120_000 }, async () => {
    const problems = (
      await Promise.all(files.map(async (file) => validateHtml(readFileSync(join(DIST, file), 'utf8'), file)))
    ).flat();
    expect(problems, `${problems.length} problem(s):\n${formatProblems(problems)}`).toEqual([]);
  });
});
