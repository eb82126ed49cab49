/**
 * The search index: Pagefind indexed exactly the pages that mark their content
 * (essays, the latest version of each figure and dataset, the data,
 * parameters and about pages), not superseded versions, embeds or lists; the
 * index in dist/ is what indexing those pages gives now, byte for byte.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { figureIds, getFigure } from '../../src/figures/registry.ts';
import { indexBuiltSite } from '../../src/search/pagefind-integration.ts';
import { DIST, builtPages, distFiles, essayPaths } from '../support/site-pages.ts';

const htmlOf = (page: string) => readFileSync(join(DIST, page.endsWith('.html') ? page : `${page}index.html`), 'utf8');
const indexed = (page: string) => /<main[^>]*\sdata-pagefind-body/.test(htmlOf(page));

function latestDatasetPages(): string[] {
  const versions = distFiles()
    .map((f) => /^data\/([^/]+)\/v(\d+)\/index\.html$/.exec(f))
    .filter((m): m is RegExpExecArray => m !== null);
  const latest = new Map<string, number>();
  for (const [, name, v] of versions) latest.set(name!, Math.max(latest.get(name!) ?? 0, Number(v)));
  return [...latest].map(([name, v]) => `/data/${name}/v${v}/`);
}

describe('search index', () => {
  const expected = [
    ...essayPaths(),
    ...figureIds().map((id) => {
      const spec = getFigure(id);
      return `/figures/${id}/v${spec.version}/`;
    }),
    ...latestDatasetPages(),
    '/data/',
    '/parameters/',
    '/about/',
  ].sort();

  it('covers essays, latest figure and dataset versions and the reference pages, and nothing else', () => {
    expect(builtPages().filter(indexed).sort()).toEqual(expected);
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(entry.version).toBe('1.5.2');
    expect(entry.languages.en.page_count).toBe(expected.length);
  });

  it('labels each indexed page with its kind', () => {
    for (const page of expected) expect(htmlOf(page), page).toMatch(/data-pagefind-meta="kind:[A-Z][a-z]+"/);
  });

  it(
    'is exactly what indexing the built pages again gives (deterministic, not stale)',
    { timeout: 120_000 },
    async () => {
      // The same function the build calls, in memory: nothing is written, so nothing can be read half-written.
      const { files } = await indexBuiltSite(DIST);
      const again = new Map(files.map((file) => [file.path, Buffer.from(file.content)]));
      const ours = distFiles(join(DIST, 'pagefind'));
      expect([...again.keys()].sort()).toEqual(ours);
      // Text files are compared as text so that a difference is shown, not only reported (pagefind-entry.json
      // differed once on a loaded CI machine while every hashed file was the same).
      const readable = (file: string) => /\.(json|js)$/.test(file);
      for (const file of ours.filter(readable))
        expect(again.get(file)!.toString('utf8'), file).toBe(readFileSync(join(DIST, 'pagefind', file), 'utf8'));
      for (const file of ours.filter((file) => !readable(file)))
        expect(again.get(file)!.equals(readFileSync(join(DIST, 'pagefind', file))), file).toBe(true);
    },
  );
});
