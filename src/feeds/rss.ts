/**
 * An RSS 2.0 feed through @astrojs/rss, from the same entries as the Atom
 * feed. No lastBuildDate (that would be the build's clock): readers use the
 * items' dates, so two builds give the same bytes.
 */
import { getRssString } from '@astrojs/rss';
import { SITE } from '../site.ts';
import { newestFirst, type FeedEntry } from './atom.ts';

export async function rssFeed(title: string, description: string, entries: readonly FeedEntry[]): Promise<string> {
  return getRssString({
    title,
    description,
    site: `${SITE.url}/`,
    trailingSlash: true,
    customData: '<language>en</language>',
    items: newestFirst(entries).map((entry) => ({
      title: entry.title,
      link: entry.url,
      pubDate: new Date(`${entry.updated}T00:00:00Z`),
      description: entry.summary,
      categories: [...(entry.categories ?? [])],
    })),
  });
}

export const xmlResponse = (body: string, type: string) =>
  new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
