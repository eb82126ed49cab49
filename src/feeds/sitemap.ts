/**
 * Which pages the sitemap lists: every page that is its own canonical address.
 * Left out, each for a reason: the 404 page; embeds (a figure alone, for another
 * site's iframe); and the latest-version aliases /figures/<id>/ and
 * /data/<name>/, whose canonical link names the version's own page, which is listed.
 * The search index (/pagefind/) is not an HTML page and never listed.
 */
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';

/** Where @astrojs/sitemap writes the index of sitemaps; robots.txt names it. */
export const SITEMAP_INDEX = '/sitemap-index.xml';

/** Why a site path is not in the sitemap, or undefined when it is listed. */
export function sitemapExclusion(pathname: string): string | undefined {
  if (/^\/404(\.html|\/)?$/.test(pathname)) return 'the 404 page';
  if (/\/embed\/(static\/)?$/.test(pathname)) return 'an embed';
  if (/^\/figures\/[^/]+\/$/.test(pathname)) return 'the latest-version alias of a figure';
  if (/^\/data\/[^/]+\/$/.test(pathname)) return 'the latest-version alias of a dataset';
  return undefined;
}

export function siteMap(): AstroIntegration {
  return sitemap({ filter: (page) => sitemapExclusion(new URL(page).pathname) === undefined });
}
