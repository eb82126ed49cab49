import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { essayPlan, figuresOf } from './essay-plan.ts';

const ROOT = resolve(import.meta.dirname, '../..');

describe('essayPlan (npm run check:essay)', () => {
  it('reads the figures an essay shows or quotes, once each, in order of first use', () => {
    const mdx = [
      '<FigureValue figure="b-fig" value="x" />',
      '<Figure id="a-fig" label="fig-a" />',
      '<Figure label="fig-b" id="b-fig" />',
      '<FigureCases figure="a-fig" case="shape">',
    ].join('\n');
    expect(figuresOf(mdx)).toEqual(['b-fig', 'a-fig']);
  });

  it('plans the-edge: its figures, their tests, the build tests and its pages', () => {
    const plan = essayPlan(ROOT, 'the-edge');
    expect(plan.figures).toEqual(['device-fit', 'device-frontier', 'over-training']);
    expect(plan.pagePrefixes).toEqual([
      '/essays/the-edge/',
      '/figures/device-fit/',
      '/figures/device-frontier/',
      '/figures/over-training/',
    ]);
    expect(plan.unitFiles).toContain('src/model/edge.test.ts');
    expect(plan.unitFiles.every((file) => file.endsWith('.test.ts'))).toBe(true);
    expect(plan.figureSuites).toContain('tests/figures/snapshots.test.ts');
    expect(new RegExp(plan.testNamePattern).test('device-fit-v1.svg')).toBe(true);
    expect(new RegExp(plan.testNamePattern).test('meek-loss-gap-v1.svg')).toBe(false);
    // The two build tests that build the site again are left to npm test.
    expect(plan.buildFiles).toContain('tests/build/html-valid.test.ts');
    expect(plan.buildFiles).not.toContain('tests/build/reproducible.test.ts');
    expect(plan.buildFiles).not.toContain('tests/build/scaffold.test.ts');
    // Per-page checks always; the wall essay's own browser test only for the wall essay.
    expect(plan.browserFiles).toEqual(
      expect.arrayContaining(['tests/browser/axe-phone.test.ts', 'tests/browser/csp.test.ts']),
    );
    expect(plan.browserFiles).not.toContain('tests/browser/wall-essay.test.ts');
    expect(essayPlan(ROOT, 'peak-capabilities-wall').browserFiles).toContain('tests/browser/wall-essay.test.ts');
  });

  it('refuses an unknown essay with the closest slug and the list of essays', () => {
    expect(() => essayPlan(ROOT, 'the-egde')).toThrow(
      /^unknown essay "the-egde" \(did you mean "the-edge"\?\); the essays are .*meek-models/,
    );
  });
});

describe('npm run check:essay', () => {
  const checkEssay = (...args: string[]) =>
    spawnSync(process.execPath, [resolve(ROOT, 'tests/support/check-essay.ts'), ...args], {
      cwd: ROOT,
      encoding: 'utf8',
    });

  it('stops at once, exit 2, on an unknown slug or none', () => {
    const unknown = checkEssay('meek-model');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('check:essay: unknown essay "meek-model" (did you mean "meek-models"?)');
    const none = checkEssay();
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('usage: npm run check:essay -- <slug>');
  });

  it('prints its plan with --dry-run: the figures, then unit, build and browser runs on the essay’s pages', () => {
    const run = checkEssay('the-edge', '--dry-run');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('check:essay the-edge: figures device-fit, device-frontier, over-training');
    const steps = [...run.stdout.matchAll(/^▶ (.*)$/gm)].map((m) => m[1]);
    expect(steps).toEqual([
      'unit: the figures’ specs and snapshots',
      'unit: tests beside the figures’ code and models',
      'build',
      'build tests',
      'browser tests on the essay’s pages',
    ]);
    expect(run.stdout).toContain('CHECK_PAGES=/essays/the-edge/,/figures/device-fit/,');
  });
});
