/**
 * The feeds: RSS 2.0 and Atom of the essays and of the figure versions are
 * well-formed XML, list every essay (every figure version) with absolute links
 * and the dates of the current version, and every page announces them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { figureVersions } from '../../src/figures/registry.ts';
import { SITE } from '../../src/site.ts';
import { ESSAYS_ATOM, ESSAYS_RSS, FEEDS, FIGURES_ATOM, FIGURES_RSS } from '../../src/feeds/paths.ts';
import { links } from '../support/page-meta.ts';
import { DIST, builtPages, essayPaths } from '../support/site-pages.ts';

/** A parser that always reads these elements as lists (one RSS item or one Atom link is still a list). */
const parserFor = (lists: string[]) =>
  new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => lists.includes(name) });
const rssParser = parserFor(['item', 'category']);
const atomParser = parserFor(['entry', 'link', 'author', 'category']);
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const absolute = (path: string) => new URL(path, `${SITE.url}/`).href;

/** Frontmatter of an essay as written, for its dates and version. */
function frontmatter(path: string): { published: string; updated?: string; version: number } {
  const slug = path.split('/')[2]!;
  const text = readFileSync(`src/content/essays/${slug}.mdx`, 'utf8').split(/^---$/m)[1]!;
  const field = (key: string) => new RegExp(`^${key}:\\s*(.+)$`, 'm').exec(text)?.[1]?.trim();
  const updated = field('updated');
  return { published: field('published')!, ...(updated ? { updated } : {}), version: Number(field('version') ?? 1) };
}

function parse(path: string) {
  const xml = read(path);
  expect(XMLValidator.validate(xml), `${path} is not well-formed XML`).toBe(true);
  return (path.endsWith('atom.xml') ? atomParser : rssParser).parse(xml);
}

describe('essay feeds', () => {
  const essays = essayPaths();

  it('RSS 2.0 lists every essay, newest version first, with its absolute link and version date', () => {
    const rss = parse(ESSAYS_RSS).rss;
    expect(rss['@version']).toBe('2.0');
    const items = rss.channel.item as { link: string; title: string; pubDate: string; description: string }[];
    expect(items.map((i) => i.link).sort()).toEqual(essays.map(absolute).sort());
    for (const item of items) {
      const meta = frontmatter(new URL(item.link).pathname);
      expect(new Date(item.pubDate).toISOString().slice(0, 10)).toBe(meta.updated ?? meta.published);
      expect(item.title.length).toBeGreaterThan(0);
      expect(item.description.length).toBeGreaterThan(20);
    }
    const dates = items.map((i) => Date.parse(i.pubDate));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(read(ESSAYS_RSS)).not.toContain('lastBuildDate'); // the build's clock would break reproducibility
  });

  it('Atom lists every essay with id, published and updated dates, and names itself', () => {
    const feed = parse(ESSAYS_ATOM).feed;
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    const self = (feed.link as { '@rel': string; '@href': string }[]).find((l) => l['@rel'] === 'self');
    expect(self?.['@href']).toBe(absolute(ESSAYS_ATOM));
    const entries = feed.entry as { id: string; published: string; updated: string; author: unknown[] }[];
    expect(entries.map((e) => e.id).sort()).toEqual(essays.map(absolute).sort());
    for (const entry of entries) {
      const meta = frontmatter(new URL(entry.id).pathname);
      expect(entry.published).toBe(`${meta.published}T00:00:00Z`);
      expect(entry.updated).toBe(`${meta.updated ?? meta.published}T00:00:00Z`);
      expect(entry.author.length).toBeGreaterThan(0);
    }
    expect(feed.updated).toBe(
      entries
        .map((e) => e.updated)
        .sort()
        .at(-1),
    );
  });
});

describe('figure feeds', () => {
  const versions = figureVersions.map((spec) => absolute(`/figures/${spec.id}/v${spec.version}/`)).sort();

  it('RSS and Atom list every figure version, each at its permalink', () => {
    const items = parse(FIGURES_RSS).rss.channel.item as { link: string }[];
    expect(items.map((i) => i.link).sort()).toEqual(versions);
    const entries = parse(FIGURES_ATOM).feed.entry as { id: string }[];
    expect(entries.map((e) => e.id).sort()).toEqual(versions);
  });
});

describe('autodiscovery', () => {
  it('every page but the embeds names all four feeds in its head', () => {
    const missing: string[] = [];
    for (const page of builtPages().filter((p) => !p.includes('/embed/'))) {
      const file = page.endsWith('.html') ? page : `${page}index.html`;
      const alternates = links(read(file), 'alternate');
      for (const feed of FEEDS)
        if (!alternates.some((l) => l.href === feed.path && l.type === feed.type))
          missing.push(`${page}: ${feed.path}`);
    }
    expect(missing).toEqual([]);
  });

  it('every page but the embeds links all four feeds where a reader sees them (the footer)', () => {
    const missing: string[] = [];
    for (const page of builtPages().filter((p) => !p.includes('/embed/'))) {
      const file = page.endsWith('.html') ? page : `${page}index.html`;
      const footer = /<footer class="site-footer"[\s\S]*?<\/footer>/.exec(read(file))?.[0] ?? '';
      for (const feed of FEEDS) if (!footer.includes(`href="${feed.path}"`)) missing.push(`${page}: ${feed.path}`);
    }
    expect(missing).toEqual([]);
  });
});
