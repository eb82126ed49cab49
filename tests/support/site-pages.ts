/**
 * Every page the registry and the content promise, so browser and link tests
 * cover each essay and each figure version without a hand-kept list.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
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
