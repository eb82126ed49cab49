/**
 * What `npm run check:essay -- <slug>` runs for one essay (check-essay.ts runs
 * it): the essay's figures, read from its MDX; the unit test files beside those
 * figures' code and the model files it imports; the build and browser test
 * files; and the page prefixes the per-page browser checks narrow to.
 *
 * @example
 *   essayPlan('/work/main', 'the-edge').figures   // ['device-fit', 'device-frontier', 'over-training']
 *   essayPlan('/work/main', 'the-egde')           // throws: unknown essay "the-egde" (did you mean "the-edge"?) …
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { didYouMean } from '../../src/authoring/author-error.ts';

export interface EssayPlan {
  slug: string;
  /** Figure ids the essay shows or quotes (<Figure id>, figure="…"), in order of first use. */
  figures: string[];
  /** The shared figure suites (tests/figures/*.test.ts), run narrowed by testNamePattern. */
  figureSuites: string[];
  /** A vitest -t pattern matching the tests named after one of the figures ("meek-loss-gap v3", "meek-loss-gap-v3.svg"). */
  testNamePattern: string;
  /** Test files beside the figures' code and beside the model files that code imports. */
  unitFiles: string[];
  /** Build tests over dist/, without the two that build the site again. */
  buildFiles: string[];
  /** Per-page browser test files, and every browser test file that names the essay or one of its figures. */
  browserFiles: string[];
  /** CHECK_PAGES: the essay's page and each figure's pages. */
  pagePrefixes: string[];
}

/** Build tests that run `astro build` themselves: left to `npm test`. */
const REBUILDING = ['tests/build/reproducible.test.ts', 'tests/build/new-figure.test.ts'];
/** Browser tests that visit each page site-pages.ts lists, so CHECK_PAGES narrows them (every-page-<k>: page-sweep.ts). */
const PER_PAGE = /^tests\/browser\/(every-page-\d+|axe-laptop|live-figure|phone-layout|island)\.test\.ts$/;

const testFiles = (root: string, directory: string) =>
  readdirSync(join(root, directory))
    .filter((name) => name.endsWith('.test.ts'))
    .sort()
    .map((name) => `${directory}/${name}`);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The figure ids an essay's MDX names, in order of first appearance. */
export function figuresOf(mdx: string): string[] {
  const ids = [...mdx.matchAll(/<Figure\s[^>]*?\bid="([a-z0-9-]+)"|\bfigure="([a-z0-9-]+)"/g)].map(
    (m) => m[1] ?? m[2]!,
  );
  return [...new Set(ids)];
}

/** Relative imports of a TypeScript file, resolved to files that exist. */
function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)]
    .map((m) => resolve(dirname(file), m[1]!))
    .filter((path) => path.endsWith('.ts') && existsSync(path));
}

/** Test files beside the figure's own files and beside every src/model file they import, transitively. */
function unitTestsOf(root: string, figure: string): string[] {
  const figureDirectory = join(root, 'src/figures', figure);
  const model = join(root, 'src/model');
  const seen = new Set<string>();
  const queue = readdirSync(figureDirectory, { recursive: true })
    .map((name) => join(figureDirectory, String(name)))
    .filter((path) => path.endsWith('.ts') && !path.endsWith('.test.ts'));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const imported of importsOf(file))
      if (imported.startsWith(figureDirectory) || imported.startsWith(model + '/')) queue.push(imported);
  }
  return [...seen]
    .map((file) => file.replace(/\.ts$/, '.test.ts'))
    .filter((test) => existsSync(test))
    .map((test) => relative(root, test));
}

/** The plan for one essay; throws a one-line error for an unknown slug or a figure with no code. */
export function essayPlan(root: string, slug: string): EssayPlan {
  const essays = join(root, 'src/content/essays');
  const slugs = readdirSync(essays)
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => name.replace(/\.mdx?$/, ''))
    .sort();
  if (!slugs.includes(slug))
    throw new Error(`unknown essay "${slug}"${didYouMean(slug, slugs)}; the essays are ${slugs.join(', ')}`);
  const file = ['mdx', 'md'].map((ext) => join(essays, `${slug}.${ext}`)).find((path) => existsSync(path))!;
  const figures = figuresOf(readFileSync(file, 'utf8'));
  for (const figure of figures)
    if (!existsSync(join(root, 'src/figures', figure)))
      throw new Error(`${relative(root, file)} names figure "${figure}", which has no src/figures/${figure}/`);
  const named = new RegExp([slug, ...figures].map(escapeRegExp).join('|'));
  const browserFiles = testFiles(root, 'tests/browser').filter(
    (test) => PER_PAGE.test(test) || named.test(readFileSync(join(root, test), 'utf8')),
  );
  return {
    slug,
    figures,
    figureSuites: testFiles(root, 'tests/figures'),
    testNamePattern: figures.length > 0 ? figures.map(escapeRegExp).join('|') : '^$',
    unitFiles: [...new Set(figures.flatMap((figure) => unitTestsOf(root, figure)))].sort(),
    buildFiles: testFiles(root, 'tests/build').filter((test) => !REBUILDING.includes(test)),
    browserFiles,
    pagePrefixes: [`/essays/${slug}/`, ...figures.map((figure) => `/figures/${figure}/`)],
  };
}
