/**
 * Text from a URL or a reader made safe to quote on the page: control, format (bidirectional overrides and
 * isolates, zero-width joiners, BOM), line and paragraph separator characters and lone surrogates shown as visible
 * code points (`⟨U+202E⟩`), so a quote cannot reorder or hide the sentence around it, and cut short after that (so
 * forty override characters do not become 320 characters of code points). Plain text
 * for `textContent`, never markup. Used by URL-state notices (figures/url-state.ts) and search (search/search-page.ts).
 *
 * @example printable('meek\u202Eevil') // 'meek⟨U+202E⟩evil'
 */

// Control characters (C0, C1), format characters (bidi overrides and isolates, zero-width joiners,
// BOM), line and paragraph separators, and lone surrogates: nothing a reader should see raw.
const UNSAFE = /^(?:[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]|\p{Cs})$/u;

/** Most characters of quoted text shown by default. */
export const MAX_SHOWN = 40;

/** One character as the reader is shown it: itself, or its code point when unsafe. */
const shown = (c: string) =>
  UNSAFE.test(c) ? `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩` : c;

/**
 * `raw` made safe to show: unsafe characters as visible code points, then cut to `max` characters with "…", never
 * inside a code point's ⟨U+…⟩.
 */
export function printable(raw: string, max = MAX_SHOWN): string {
  let text = '';
  let length = 0;
  for (const c of raw) {
    const piece = shown(c);
    const size = piece === c ? 1 : piece.length;
    if (length + size > max) return `${text}…`;
    text += piece;
    length += size;
  }
  return text;
}
