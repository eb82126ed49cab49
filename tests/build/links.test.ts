/**
 * Every link and anchor in the built site resolves: each href, src and srcset
 * on every page that points into the site names a file in dist/, and each
 * fragment (#id) names an element id on the target page. External links are
 * only counted (the build has no network); the canonical address (SITE_URL)
 * is treated as internal.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE } from '../../src/site.ts';
import { DIST, builtPages, sitePages } from '../support/site-pages.ts';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>' };
const decode = (text: string) => text.replace(/&(?:amp|quot|#39|lt|gt);/g, (e) => ENTITIES[e] ?? e);

/** The file a site path serves, as the static server resolves it; undefined when none. */
function fileFor(pathname: string): string | undefined {
  const path = join(DIST, decodeURIComponent(pathname));
  if (existsSync(path) && statSync(path).isFile()) return path;
  const index = join(path, 'index.html');
  return existsSync(index) ? index : undefined;
}

const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    const html = readFileSync(file, 'utf8');
    ids = new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => decode(m[1]!)));
    idCache.set(file, ids);
  }
  return ids;
}

/** Every URL a page links to or loads: href, src and each srcset candidate. */
function linksOf(html: string): string[] {
  const urls = [...html.matchAll(/<[a-z][^>]*?\s(?:href|src)="([^"]*)"/gi)].map((m) => decode(m[1]!));
  for (const m of html.matchAll(/\ssrcset="([^"]*)"/gi))
    urls.push(
      ...decode(m[1]!)
        .split(',')
        .map((part) => part.trim().split(/\s+/)[0]!),
    );
  return urls.filter(Boolean);
}

describe('links and anchors over dist/', () => {
  const pages = builtPages();

  it('finds the pages, and builds every page the registry and the essays promise', () => {
    expect(pages.length).toBeGreaterThan(20);
    expect(pages).toEqual(expect.arrayContaining(sitePages()));
  });

  it('every internal link and fragment resolves', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const page of pages) {
      const file = fileFor(page)!;
      const base = new URL(page, `${SITE.url}/`);
      for (const link of linksOf(readFileSync(file, 'utf8'))) {
        if (/^(mailto|tel|data|javascript):/i.test(link)) continue;
        const url = new URL(link, base);
        if (url.origin !== new URL(SITE.url).origin) continue;
        checked++;
        const target = fileFor(url.pathname);
        if (!target) {
          broken.push(`${page}: ${link} (no file for ${url.pathname})`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment))
          broken.push(`${page}: ${link} (no element with id "${fragment}")`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });
});
