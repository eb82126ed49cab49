/** Atom feed of the essays (src/feeds/). */
import type { APIRoute } from 'astro';
import { atomFeed } from '../feeds/atom.ts';
import { essayEntries } from '../feeds/entries.ts';
import { ESSAYS_ATOM } from '../feeds/paths.ts';
import { xmlResponse } from '../feeds/rss.ts';
import { SITE } from '../site.ts';

export const GET: APIRoute = async () =>
  xmlResponse(
    atomFeed({
      title: `${SITE.title}: essays`,
      subtitle: `${SITE.tagline}. New essays and new versions.`,
      selfUrl: new URL(ESSAYS_ATOM, `${SITE.url}/`).href,
      siteUrl: `${SITE.url}/`,
      entries: await essayEntries(),
    }),
    'application/atom+xml',
  );
