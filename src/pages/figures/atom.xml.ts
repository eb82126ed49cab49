/** Atom feed of figure versions (src/feeds/). */
import type { APIRoute } from 'astro';
import { atomFeed } from '../../feeds/atom.ts';
import { figureEntries } from '../../feeds/entries.ts';
import { FIGURES_ATOM } from '../../feeds/paths.ts';
import { xmlResponse } from '../../feeds/rss.ts';
import { SITE } from '../../site.ts';

export const GET: APIRoute = () =>
  xmlResponse(
    atomFeed({
      title: `${SITE.title}: figure versions`,
      subtitle: 'Every published version of every figure, each with a permanent address.',
      selfUrl: new URL(FIGURES_ATOM, `${SITE.url}/`).href,
      siteUrl: new URL('/figures/', `${SITE.url}/`).href,
      entries: figureEntries(),
    }),
    'application/atom+xml',
  );
