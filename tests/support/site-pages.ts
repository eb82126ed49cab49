/**
 * Pages of the site: those the registry and the content promise (sitePages), so
 * browser tests cover each essay and figure version without a hand-kept list,
 * and every HTML page actually built into dist/ (builtPages), for whole-site checks.
 *
 * `npm run check:essay -- <slug>` narrows both lists to one essay's pages
 * through CHECK_PAGES (a comma-separated list of path prefixes, e.g.
 * "/essays/meek-models/,/figures/meek-loss-gap/"): per-page tests then check
 * only those. Unset (npm test), every page is checked.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { figureIds, figureVersions } from '../../src/figures/registry.ts';

const ESSAYS = new URL('../../src/content/essays/', import.meta.url).pathname;

/** The path prefixes CHECK_PAGES names, or undefined when every page is under test. */
export function checkedPrefixes(): string[] | undefined {
  const list = process.env.CHECK_PAGES?.split(',').filter(Boolean);
  return list && list.length > 0 ? list : undefined;
}

/** Keeps the paths under a CHECK_PAGES prefix; all of them when CHECK_PAGES is unset. */
export function underCheck(paths: string[]): string[] {
  const prefixes = checkedPrefixes();
  return prefixes ? paths.filter((path) => prefixes.some((prefix) => path.startsWith(prefix))) : paths;
}

/** /essays/<slug>/ of every essay that is not a draft. */
export function essayPaths(): string[] {
  return underCheck(allEssayPaths());
}

function allEssayPaths(): string[] {
  return readdirSync(ESSAYS)
    .filter((name) => /\.mdx?$/.test(name))
    .filter((name) => !/^draft:\s*true\s*$/m.test(readFileSync(join(ESSAYS, name), 'utf8').split(/^---$/m)[1] ?? ''))
    .map((name) => `/essays/${name.replace(/\.mdx?$/, '')}/`);
}

/** Every figure's latest alias, every version's permalink and its embeds. */
export function figurePaths(): string[] {
  return underCheck([
    '/figures/',
    ...figureIds().map((id) => `/figures/${id}/`),
    ...figureVersions.flatMap((spec) => {
      const base = `/figures/${spec.id}/v${spec.version}/`;
      return [base, `${base}embed/`, `${base}embed/static/`];
    }),
  ]);
}

/** Pages with figures, and the home page. */
export function sitePages(): string[] {
  return underCheck(['/']).concat(essayPaths(), figurePaths());
}

export const DIST = 'dist';

function walk(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(directory, entry.name)) : [join(directory, entry.name)],
  );
}

/** Every file under dist/ (or another build directory), as a path relative to it with forward slashes. */
export function distFiles(directory = DIST): string[] {
  return walk(directory)
    .map((file) => relative(directory, file).split(sep).join('/'))
    .sort();
}

/** The URL path of each HTML page built into dist/ ("/", "/essays/meek-models/", "/404.html"). */
export function builtPages(): string[] {
  return underCheck(allBuiltPages());
}

function allBuiltPages(): string[] {
  return distFiles()
    .filter((file) => file.endsWith('.html'))
    .map((file) =>
      file === 'index.html'
        ? '/'
        : file.endsWith('/index.html')
          ? `/${file.slice(0, -'index.html'.length)}`
          : `/${file}`,
    );
}
