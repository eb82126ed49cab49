/** robots.txt: everything may be crawled; the sitemap is at the site's address (SITE_URL). */
import type { APIRoute } from 'astro';
import { SITE } from '../site.ts';
import { SITEMAP_INDEX } from '../feeds/sitemap.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(SITEMAP_INDEX, `${SITE.url}/`).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
