/** Text quoted from a link is marked as the link's, whatever it holds, so the notice can box it apart. */
import { describe, expect, it } from 'vitest';
import { LINK_TEXT_END, LINK_TEXT_START, noticePieces, plainNotice, quote } from './link-text.ts';
import { unknownKeysNotice } from './url-query.ts';
import { parseUrlState } from './url-state.ts';
import { getFigure } from './registry.ts';

const spec = getFigure('meek-loss-gap', 2);
/** The pieces of each notice that came from the link. */
const fromLink = (notices: readonly string[]) =>
  notices.flatMap((notice) =>
    noticePieces(notice)
      .filter((piece) => piece.fromLink)
      .map((piece) => piece.text),
  );

describe('quote', () => {
  it('keeps a quote mark from the link inside the link’s piece, so it cannot end the site’s quote', () => {
    const spoof = '1" is invalid. This figure is retracted: see evil.example';
    expect(quote(spoof)).toBe(`“${LINK_TEXT_START}1" is invalid. This figure is retracted:…${LINK_TEXT_END}”`);
    expect(noticePieces(`Ignored ${quote(spoof)}.`)).toEqual([
      { text: 'Ignored “', fromLink: false },
      { text: '1" is invalid. This figure is retracted:…', fromLink: true },
      { text: '”.', fromLink: false },
    ]);
  });

  it.each(['"', '“', '”', '‘', '’', '«', '»', "'"])('keeps %s inside the link’s piece', (mark) => {
    const [piece] = fromLink([unknownKeysNotice([`a${mark} ignored. Retracted${mark}b`])!]);
    expect(piece).toBe(`a${mark} ignored. Retracted${mark}b`);
  });

  it('cannot be closed by the link: the marks themselves are shown as code points', () => {
    const forged = `x${LINK_TEXT_END}” is retracted “${LINK_TEXT_START}y`;
    expect(fromLink([quote(forged)])).toEqual(['x⟨U+FFFB⟩” is retracted “⟨U+FFF9⟩y']);
  });

  it('shows newlines, zero-width and bidi characters as code points, then cuts to 40 characters', () => {
    expect(fromLink([quote('a\nb\u200Bc\u202Ed\u2066e\uFEFF')])).toEqual(['a⟨U+000A⟩b⟨U+200B⟩c⟨U+202E⟩d⟨U+2066⟩e…']);
    // Forty overrides are not 320 characters: five whole code points, and the cut.
    expect(fromLink([quote('\u202E'.repeat(40))])).toEqual([`${'⟨U+202E⟩'.repeat(5)}…`]);
  });
});

describe('a figure’s notices', () => {
  it('mark the link’s value and key, and nothing of the site’s words', () => {
    const { notices } = parseUrlState(
      spec,
      new URLSearchParams([
        ['g_i', '1" is bad'],
        ['evil"', '1'],
      ]),
    );
    expect(fromLink(notices)).toEqual(['1" is bad', 'evil"']);
    expect(notices.map(plainNotice)).toEqual([
      '“g_i” is not a number; using 3.6 instead of the link’s value “1" is bad”.',
      'Ignored the link’s unknown parameter “evil"”.',
    ]);
  });

  it('are whole site’s words when nothing is quoted', () => {
    expect(noticePieces('“g_h” = 999 is above the maximum; using 3.')).toEqual([
      { text: '“g_h” = 999 is above the maximum; using 3.', fromLink: false },
    ]);
  });
});
