/**
 * Says once per build, at its start, that SITE_URL was not set: every
 * permalink, feed and citation file then names the placeholder domain
 * (src/site.ts). Pages rewrite their citations and embed snippets to the
 * origin they are served from (./rewrite-addresses.ts); files cannot.
 */
import type { AstroIntegration } from 'astro';
import { PLACEHOLDER_SITE_URL, SITE } from '../site.ts';

/** The notice, or undefined when the build has an address. */
export function siteAddressNotice(site: { readonly isPlaceholder: boolean }): string | undefined {
  if (!site.isPlaceholder) return undefined;
  return `SITE_URL is not set: permalinks, feeds and citation files name ${PLACEHOLDER_SITE_URL}, a placeholder. Pages rewrite their citations to the address they are served from; set SITE_URL=https://your-domain for a real deployment (README "Deploying").`;
}

export function siteAddress(): AstroIntegration {
  return {
    name: 'open-closed:site-address',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const notice = siteAddressNotice(SITE);
        if (notice) logger.warn(notice);
      },
    },
  };
}
