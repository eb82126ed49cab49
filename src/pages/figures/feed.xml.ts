/** RSS 2.0 feed of figure versions (src/feeds/). */
import type { APIRoute } from 'astro';
import { figureEntries } from '../../feeds/entries.ts';
import { rssFeed, xmlResponse } from '../../feeds/rss.ts';
import { SITE } from '../../site.ts';

export const GET: APIRoute = async () =>
  xmlResponse(
    await rssFeed(
      `${SITE.title}: figure versions`,
      'Every published version of every figure, each with a permanent address.',
      figureEntries(),
    ),
    'application/rss+xml',
  );
