/**
 * The 404 page: a search box, every essay, and the list of pages its
 * suggestion script may point at, each of which is built.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../support/page-meta.ts';
import { DIST, builtPages, essayPaths } from '../support/site-pages.ts';

const html = readFileSync(join(DIST, '404.html'), 'utf8');

describe('404 page', () => {
  it('offers search and every essay', () => {
    expect(html).toMatch(/<form[^>]*role="search"[^>]*action="\/search\/"/);
    for (const essay of essayPaths()) expect(html).toContain(`href="${essay}"`);
  });

  it('suggests only pages that are built, and knows every figure version', () => {
    const match = /data-known-paths="([^"]*)"/.exec(html);
    expect(match).not.toBeNull();
    const known = JSON.parse(decodeEntities(match![1]!)) as string[];
    const built = new Set(builtPages());
    expect(known.filter((path) => !built.has(path))).toEqual([]);
    const versions = builtPages().filter((p) => /^\/figures\/[^/]+\/v\d+\/$/.test(p));
    expect(versions.length).toBeGreaterThan(10);
    for (const version of versions) expect(known).toContain(version);
  });

  it('loads its script from an absolute address, as it is served at any path', () => {
    const sources = [...html.matchAll(/<script[^>]*\ssrc="([^"]*)"/g)].map((m) => m[1]!);
    expect(sources.length).toBeGreaterThan(0);
    for (const src of sources) expect(src.startsWith('/')).toBe(true);
  });
});
