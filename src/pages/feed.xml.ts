/** RSS 2.0 feed of the essays (src/feeds/). */
import type { APIRoute } from 'astro';
import { essayEntries } from '../feeds/entries.ts';
import { rssFeed, xmlResponse } from '../feeds/rss.ts';
import { SITE } from '../site.ts';

export const GET: APIRoute = async () =>
  xmlResponse(
    await rssFeed(`${SITE.title}: essays`, `${SITE.tagline}. New essays and new versions.`, await essayEntries()),
    'application/rss+xml',
  );
