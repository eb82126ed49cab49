/**
 * Publication-wide metadata used by layouts, citations and machine-readable files.
 *
 * The canonical address comes from one setting: the SITE_URL environment
 * variable at build time (`SITE_URL=https://example.org npm run build`).
 * Without it the site is built for PLACEHOLDER_SITE_URL, a reserved
 * `.example` domain that belongs to nobody: every permalink and citation then
 * points nowhere, so set SITE_URL for any real deployment.
 */

/** The address used when SITE_URL is not set. A placeholder, not a real site. */
export const PLACEHOLDER_SITE_URL = 'https://open-closed-ai.example';

/** SITE_URL as an origin (plus optional path) without a trailing slash; the placeholder when unset. */
export function resolveSiteUrl(value: string | undefined): string {
  if (value === undefined || value.trim() === '') return PLACEHOLDER_SITE_URL;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`SITE_URL must be an absolute http(s) URL such as https://example.org (found "${value}")`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`SITE_URL must start with https:// or http:// (found "${value}")`);
  if (url.search || url.hash) throw new Error(`SITE_URL must not carry a query or fragment (found "${value}")`);
  return url.href.replace(/\/+$/, '');
}

/**
 * process.env.SITE_URL where a process exists (build, scripts, tests). The build
 * also defines it as a literal for browser code (see astro.config.mjs), so the
 * same expression works in the island.
 */
function siteUrlFromEnvironment(): string | undefined {
  try {
    return process.env.SITE_URL;
  } catch {
    return undefined;
  }
}

const url = resolveSiteUrl(siteUrlFromEnvironment());

export const SITE = {
  /** Where the site is published: the base of every permalink and citation (SITE_URL). */
  url,
  /** True when SITE_URL was not set and links point at the placeholder domain. */
  isPlaceholder: url === PLACEHOLDER_SITE_URL,
  title: 'Open & Closed',
  tagline: 'An interactive publication about open and closed AI',
  publisher: 'Open & Closed',
  /** Licence of the essays' text and the figures. */
  licence: 'CC BY 4.0',
  licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
  /** Licence of the source code (see LICENSE). */
  codeLicence: 'MIT',
  codeLicenceUrl: 'https://opensource.org/license/mit',
} as const;
