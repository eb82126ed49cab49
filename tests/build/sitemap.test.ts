/**
 * The sitemap lists every page that is its own canonical address, on the
 * site's address (SITE_URL), and nothing that is not built; every page left
 * out is left out for a stated reason (src/feeds/sitemap.ts); robots.txt names it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { SITEMAP_INDEX, sitemapExclusion } from '../../src/feeds/sitemap.ts';
import { SITE } from '../../src/site.ts';
import { links } from '../support/page-meta.ts';
import { DIST, builtPages } from '../support/site-pages.ts';

const parser = new XMLParser({ isArray: (name) => ['sitemap', 'url'].includes(name) });
const absolute = (path: string) => new URL(path, `${SITE.url}/`).href;
const fileOf = (page: string) => join(DIST, page.endsWith('.html') ? page : `${page}index.html`);

function sitemapUrls(): string[] {
  const indexXml = readFileSync(join(DIST, SITEMAP_INDEX), 'utf8');
  expect(XMLValidator.validate(indexXml)).toBe(true);
  const sitemaps = (parser.parse(indexXml).sitemapindex.sitemap as { loc: string }[]).map((s) => s.loc);
  expect(sitemaps.length).toBeGreaterThan(0);
  return sitemaps.flatMap((loc) => {
    expect(loc.startsWith(`${SITE.url}/`), loc).toBe(true);
    const xml = readFileSync(join(DIST, new URL(loc).pathname), 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    return (parser.parse(xml).urlset.url as { loc: string }[]).map((u) => u.loc);
  });
}

describe('sitemap', () => {
  const pages = builtPages();
  const urls = sitemapUrls();

  it('lists exactly the built pages that are their own canonical address', () => {
    const expected = pages.filter((p) => sitemapExclusion(p) === undefined).map(absolute);
    expect([...urls].sort()).toEqual([...expected].sort());
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls).toContain(absolute('/search/'));
    expect(urls.length).toBeGreaterThan(30);
  });

  it('leaves a page out only for a reason, and a left-out alias points at a listed page', () => {
    const left = pages.filter((p) => sitemapExclusion(p) !== undefined);
    expect(left).toContain('/404.html');
    for (const page of left.filter((p) => /^\/(figures|data)\/[^/]+\/$/.test(p))) {
      const canonical = links(readFileSync(fileOf(page), 'utf8'), 'canonical')[0]?.href;
      expect(canonical, page).toBeDefined();
      expect(urls, `${page} -> ${canonical}`).toContain(canonical);
    }
  });

  it('every page it lists is built', () => {
    for (const url of urls) expect(existsSync(fileOf(new URL(url).pathname)), url).toBe(true);
  });
});

describe('robots.txt', () => {
  it('allows crawling and names the sitemap at the site address', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Disallow: \/$/m);
    expect(robots).toContain(`Sitemap: ${absolute(SITEMAP_INDEX)}\n`);
  });
});
