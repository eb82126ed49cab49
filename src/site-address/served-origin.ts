/**
 * Citations from a build made without SITE_URL. Such a build writes every
 * address on the placeholder domain (src/site.ts), which points nowhere; a
 * reader who copies a citation or an embed snippet from a page should get the
 * address the page is actually served from instead. Pure string work, so the
 * same function serves "Cite this view" and the page's static citation blocks.
 */

/**
 * `text` with every occurrence of the build's `siteUrl` replaced by `origin`,
 * when the build used the placeholder; unchanged otherwise, or when `origin`
 * is not an http(s) origin (a file:// page has none to offer).
 *
 * @example withServedOrigin('https://open-closed-ai.example/figures/x/v1/', { siteUrl: 'https://open-closed-ai.example', isPlaceholder: true }, 'http://127.0.0.1:4321')
 * // 'http://127.0.0.1:4321/figures/x/v1/'
 */
export function withServedOrigin(
  text: string,
  site: { readonly siteUrl: string; readonly isPlaceholder: boolean },
  origin: string,
): string {
  if (!site.isPlaceholder || !/^https?:\/\/[^/]+$/.test(origin)) return text;
  return text.split(site.siteUrl).join(origin);
}
