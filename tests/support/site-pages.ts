/**
 * Pages of the site: those the registry and the content promise (sitePages), so
 * browser tests cover each essay and figure version without a hand-kept list,
 * and every HTML page actually built into dist/ (builtPages), for whole-site checks.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { figureIds, figureVersions } from '../../src/figures/registry.ts';

const ESSAYS = new URL('../../src/content/essays/', import.meta.url).pathname;

/** /essays/<slug>/ of every essay that is not a draft. */
export function essayPaths(): string[] {
  return readdirSync(ESSAYS)
    .filter((name) => /\.mdx?$/.test(name))
    .filter((name) => !/^draft:\s*true\s*$/m.test(readFileSync(join(ESSAYS, name), 'utf8').split(/^---$/m)[1] ?? ''))
    .map((name) => `/essays/${name.replace(/\.mdx?$/, '')}/`);
}

/** Every figure's latest alias, every version's permalink and its embeds. */
export function figurePaths(): string[] {
  return [
    '/figures/',
    ...figureIds().map((id) => `/figures/${id}/`),
    ...figureVersions.flatMap((spec) => {
      const base = `/figures/${spec.id}/v${spec.version}/`;
      return [base, `${base}embed/`, `${base}embed/static/`];
    }),
  ];
}

/** Pages with figures, and the home page. */
export function sitePages(): string[] {
  return ['/', ...essayPaths(), ...figurePaths()];
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
