/**
 * Text from a URL or a reader made safe to quote on the page: control, format (bidirectional overrides and
 * isolates, zero-width joiners, BOM), line and paragraph separator characters and lone surrogates shown as visible
 * code points (`⟨U+202E⟩`), so a quote cannot reorder or hide the sentence around it, and cut short. Plain text
 * for `textContent`, never markup. Used by URL-state notices (figures/url-state.ts) and search (search/search-page.ts).
 *
 * @example printable('meek\u202Eevil') // 'meek⟨U+202E⟩evil'
 */

// Control characters (C0, C1), format characters (bidi overrides and isolates, zero-width joiners,
// BOM), line and paragraph separators, and lone surrogates: nothing a reader should see raw.
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]|\p{Cs}/gu;

/** Most characters of quoted text shown by default. */
export const MAX_SHOWN = 40;

/** `raw` made safe to show: unsafe characters as visible code points, cut to `max` characters with "…". */
export function printable(raw: string, max = MAX_SHOWN): string {
  const chars = [...raw];
  const cut = chars.length > max ? `${chars.slice(0, max).join('')}…` : raw;
  return cut.replace(UNSAFE, (c) => `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`);
}
