/**
 * Text from a URL or a reader made safe to quote on the page: what could reorder, hide, fake or paint over the
 * sentence around it is shown as a visible code point (`⟨U+202E⟩`), and the text is cut short after that (so forty
 * override characters do not become 320 characters of code points). Plain text for `textContent`, never markup.
 * Used by link-text.ts, which quotes a link's text in the page's notices and the search page's status.
 *
 * Per class of character:
 * - control, format (bidi overrides and isolates, zero-width joiners, BOM, U+180E), line and paragraph separators,
 *   lone surrogates: always a code point. Raw, they reorder the sentence or break its line.
 * - blanks that are not U+0020 (no-break, en/em/thin/ideographic spaces…), characters that draw nothing (Hangul
 *   fillers, the combining grapheme joiner) and the blank braille cell: a code point. Raw, they pass for a space, an
 *   indent or nothing at all; an honest search has U+0020. (Runs of U+0020 stay: the box shows their extent.)
 * - combining marks (accents, vowel signs, variation selectors): raw on a letter, up to MAX_MARKS of them, which
 *   Vietnamese, Thai, pointed Hebrew and emoji need; the rest of a longer run ("Zalgo": hundreds stacked on one
 *   letter, painting over the lines above and below) and a mark with no letter of its own (first in the text, or
 *   after a code point) as code points. What marks still paint past their line is clipped by the quote's box
 *   (`code.link-text` in global.css): fonts differ, so no count of marks alone can promise that.
 *
 * @example printable('meek\u202Eevil') // 'meek⟨U+202E⟩evil'
 */

// Never raw: C0 and C1 controls, format characters, line and paragraph separators, lone surrogates.
const UNSAFE = /^(?:[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]|\p{Cs})$/u;
// Blanks and characters that draw nothing, other than the space itself and the variation selectors (marks here).
const BLANK = /^(?![ \p{Variation_Selector}])[\p{Zs}\p{Default_Ignorable_Code_Point}\u2800]$/u;
const MARK = /^\p{M}$/u;

/** Most characters of quoted text shown by default. */
export const MAX_SHOWN = 40;
/** Most combining marks shown raw on one letter: ệ in NFD has two, pointed Hebrew with a cantillation mark four. */
export const MAX_MARKS = 4;

const codePoint = (c: string) => `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`;

/**
 * `raw` made safe to show: unsafe characters as visible code points, then cut to `max` characters with "…", never
 * inside a code point's ⟨U+…⟩ nor between a letter and its marks.
 */
export function printable(raw: string, max = MAX_SHOWN): string {
  let text = '';
  let length = 0;
  /** Marks shown raw on the last raw letter; undefined when the last character shown was no letter to bear one. */
  let marks: number | undefined;
  /** The text before the last raw letter, where a cut goes back to rather than leave the letter without its marks. */
  let beforeLetter = { text, length };
  for (const c of raw) {
    const mark = !BLANK.test(c) && MARK.test(c);
    const asIs = mark ? marks !== undefined && marks < MAX_MARKS : !UNSAFE.test(c) && !BLANK.test(c);
    const piece = asIs ? c : codePoint(c);
    const size = asIs ? 1 : piece.length;
    if (length + size > max) {
      const cut = asIs && mark ? beforeLetter : { text, length };
      return `${cut.text}…`;
    }
    if (asIs && !mark) beforeLetter = { text, length };
    text += piece;
    length += size;
    marks = !asIs ? undefined : mark ? marks! + 1 : 0;
  }
  return text;
}
