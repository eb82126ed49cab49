/**
 * Text quoted from a link inside a notice's sentence, marked so the page can show it apart from its own words.
 *
 * A quote mark alone cannot say where the link's text ends: a value `1" is invalid. This figure is retracted` closed
 * the quote early and the rest read as the site's words. So each quoted piece is wrapped in two markers that the
 * link's text can never carry (printable() shows every format character, these two included, as `⟨U+FFF9⟩`), and
 * the page shows the piece in its own boxed element (components/link-text-nodes.ts), the link's quotes inside the box.
 * The sentence around it names it ("the link’s value …", "the link’s parameter …", "your search …") for a reader
 * who hears it. The search page quotes a reader's search the same way: a link can carry it too.
 *
 * @example quote('g_l') // '“\uFFF9g_l\uFFFB”'; plainNotice('“\uFFF9g_l\uFFFB”') // '“g_l”'
 */
import { printable } from '../security/printable.ts';

/** Where a piece of the link's text starts and ends (INTERLINEAR ANNOTATION ANCHOR and TERMINATOR, both Cf). */
export const LINK_TEXT_START = '\uFFF9';
export const LINK_TEXT_END = '\uFFFB';

/** URL text quoted in a sentence: made printable and cut short, then marked as the link's. */
export function quote(raw: string): string {
  return `“${LINK_TEXT_START}${printable(raw)}${LINK_TEXT_END}”`;
}

/** One piece of a notice: the site's words, or text from the link. */
export interface NoticePiece {
  readonly text: string;
  readonly fromLink: boolean;
}

/**
 * A notice cut into the site's words and the link's quoted pieces, in order; empty pieces left out.
 *
 * @example noticePieces('a “\uFFF9b\uFFFB”') // [{ text: 'a “', fromLink: false }, { text: 'b', fromLink: true }, { text: '”', fromLink: false }]
 */
export function noticePieces(notice: string): NoticePiece[] {
  const pieces: NoticePiece[] = [];
  for (const [i, text] of notice.split(/[\uFFF9\uFFFB]/u).entries()) {
    // split alternates: even pieces lie outside the markers, odd ones between a start and its end.
    if (text) pieces.push({ text, fromLink: i % 2 === 1 });
  }
  return pieces;
}

/** The notice as plain text, its markers dropped (for tests and anything that shows text only). */
export function plainNotice(notice: string): string {
  return notice.replace(/[\uFFF9\uFFFB]/gu, '');
}
