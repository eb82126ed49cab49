import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { essayPlan, figuresOf } from './essay-plan.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** A project of a few files: one essay with two figures, one of which imports a model file with a test. */
const fixture = mkdtempSync(join(tmpdir(), 'essay-plan-'));
afterAll(() => rmSync(fixture, { recursive: true, force: true }));
const files: Record<string, string> = {
  'src/content/essays/open-weights.mdx':
    '<FigureValue figure="b-fig" value="x" />\n<Figure id="a-fig" label="fig-a" />\n',
  'src/content/essays/other-essay.mdx': '<Figure id="c-fig" />\n',
  'src/figures/a-fig/v1.ts': "import { fit } from '../../model/fit.ts';\n",
  'src/figures/a-fig/v1.test.ts': '',
  'src/figures/b-fig/v1.ts': '',
  'src/figures/c-fig/v1.ts': "import { other } from '../../model/other.ts';\n",
  'src/model/fit.ts': "import { base } from './base.ts';\n",
  'src/model/fit.test.ts': '',
  'src/model/base.ts': '',
  'src/model/base.test.ts': '',
  'src/model/other.ts': '',
  'src/model/other.test.ts': '',
  'tests/figures/snapshots.test.ts': '',
  'tests/build/html-valid.test.ts': '',
  'tests/build/reproducible.test.ts': '',
  'tests/build/new-figure.test.ts': '',
  'tests/browser/every-page-1.test.ts': '',
  'tests/browser/a-fig-slider.test.ts': "const path = '/figures/a-fig/';\n",
  'tests/browser/c-fig-slider.test.ts': "const path = '/figures/c-fig/';\n",
};
for (const [path, text] of Object.entries(files)) {
  mkdirSync(dirname(join(fixture, path)), { recursive: true });
  writeFileSync(join(fixture, path), text);
}

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

  it('plans an essay: its figures, the tests beside their code and models, the build tests and its pages', () => {
    expect(essayPlan(fixture, 'open-weights')).toEqual({
      slug: 'open-weights',
      figures: ['b-fig', 'a-fig'],
      figureSuites: ['tests/figures/snapshots.test.ts'],
      testNamePattern: 'b-fig|a-fig',
      unitFiles: ['src/figures/a-fig/v1.test.ts', 'src/model/base.test.ts', 'src/model/fit.test.ts'],
      // The two build tests that build the site again are left to npm test.
      buildFiles: ['tests/build/html-valid.test.ts'],
      // Per-page checks always; a browser file only when it names the essay or one of its figures.
      browserFiles: ['tests/browser/a-fig-slider.test.ts', 'tests/browser/every-page-1.test.ts'],
      pagePrefixes: ['/essays/open-weights/', '/figures/b-fig/', '/figures/a-fig/'],
    });
  });

  it('narrows the figure suites by name to its own figures', () => {
    const pattern = new RegExp(essayPlan(fixture, 'open-weights').testNamePattern);
    expect(['a-fig v1 > has a URL-safe id', 'b-fig-v1.svg'].every((name) => pattern.test(name))).toBe(true);
    expect(pattern.test('c-fig-v1.svg')).toBe(false);
  });

  it('refuses an unknown essay with the closest slug and the list of essays', () => {
    expect(() => essayPlan(fixture, 'open-weight')).toThrow(
      'unknown essay "open-weight" (did you mean "open-weights"?); the essays are open-weights, other-essay',
    );
  });

  it('refuses an essay that names a figure with no code', () => {
    writeFileSync(join(fixture, 'src/content/essays/broken.mdx'), '<Figure id="no-such-fig" />\n');
    expect(() => essayPlan(fixture, 'broken')).toThrow(
      'src/content/essays/broken.mdx names figure "no-such-fig", which has no src/figures/no-such-fig/',
    );
    rmSync(join(fixture, 'src/content/essays/broken.mdx'));
  });

  it('plans every essay of this project', () => {
    const slugs = readdirSync(join(ROOT, 'src/content/essays')).map((name) => name.replace(/\.mdx?$/, ''));
    for (const slug of slugs) {
      const plan = essayPlan(ROOT, slug);
      expect(plan.figures.length, slug).toBeGreaterThan(0);
      expect(plan.pagePrefixes[0]).toBe(`/essays/${slug}/`);
      expect(plan.browserFiles, slug).toContain('tests/browser/every-page-1.test.ts');
    }
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

  it('prints its plan with --dry-run: unit, build and browser runs, the browser ones on the essay’s pages', () => {
    const run = checkEssay('meek-models', '--dry-run');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^check:essay meek-models: figures [a-z0-9-]+(, [a-z0-9-]+)*$/m);
    const steps = [...run.stdout.matchAll(/^▶ (.*)$/gm)].map((m) => m[1]);
    expect(steps).toEqual([
      'unit: the figures’ specs and snapshots',
      'unit: tests beside the figures’ code and models',
      'build',
      'build tests',
      'browser tests on the essay’s pages',
    ]);
    expect(run.stdout).toMatch(/^ {2}CHECK_PAGES=\/essays\/meek-models\/,\/figures\/[a-z]/m);
  });
});
