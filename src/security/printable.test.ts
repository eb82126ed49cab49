/** Quoted text cannot reorder, hide or break the sentence around it. */
import { describe, expect, it } from 'vitest';
import { MAX_MARKS, MAX_SHOWN, printable } from './printable.ts';

describe('printable', () => {
  it('shows bidi overrides, isolates, controls and separators as code points', () => {
    expect(printable('meek\u202Eevil')).toBe('meek⟨U+202E⟩evil');
    expect(printable('a\u2066b\u0000c\u2028d\u200Be')).toBe('a⟨U+2066⟩b⟨U+0000⟩c⟨U+2028⟩d⟨U+200B⟩e');
    expect(printable('\uD800')).toBe('⟨U+D800⟩');
  });

  it('cuts long text at a whole character, with an ellipsis', () => {
    expect(printable('x'.repeat(100))).toBe(`${'x'.repeat(MAX_SHOWN)}…`);
    expect(printable('😀'.repeat(5), 3)).toBe('😀😀😀…');
  });

  it('cuts after showing code points, never inside one: forty overrides do not make 320 characters', () => {
    expect(printable('\u202E'.repeat(40))).toBe(`${'⟨U+202E⟩'.repeat(5)}…`);
    expect(printable(`abc${'\u200B'.repeat(5)}`, 12)).toBe('abc⟨U+200B⟩…');
    expect(printable('\u200B', 8)).toBe('⟨U+200B⟩');
  });

  it('leaves ordinary text, markup characters included, as it is: it is shown as text, never parsed', () => {
    expect(printable('<img src=x onerror=alert(1)>', 80)).toBe('<img src=x onerror=alert(1)>');
    expect(printable('diminishing returns')).toBe('diminishing returns');
  });

  it('keeps the marks of honest text: accents, vowel signs, pointed Hebrew, emoji', () => {
    for (const text of [
      'Vie\u0323\u0302t Nam', // NFD, two marks on one letter
      'cafe\u0301',
      'ภาษาไทย',
      'हिंदी',
      '\u05E9\u05C1\u05BC\u05B8\u0591', // shin with shin dot, dagesh, qamats and a cantillation mark: four
      '\u2764\uFE0F 1\uFE0F\u20E3', // a variation selector is a mark on its emoji
    ])
      expect(printable(text), text).toBe(text);
  });

  it('shows a mark with no letter of its own as a code point: first, or after a code point', () => {
    expect(printable('\u0301abc')).toBe('⟨U+0301⟩abc');
    expect(printable('\u20DDa')).toBe('⟨U+20DD⟩a');
    expect(printable('a\u202E\u0301')).toBe('a⟨U+202E⟩⟨U+0301⟩');
  });

  it('shows the marks on a letter after its first MAX_MARKS (Zalgo) as code points, then cuts', () => {
    const marks = '\u0301'.repeat(MAX_MARKS);
    expect(printable(`a${marks}\u0302b`)).toBe(`a${marks}⟨U+0302⟩b`);
    // Hundreds stacked on one letter: the letter, its four, then code points up to the cut.
    expect(printable(`a${'\u030D'.repeat(300)}b`)).toBe(`a${'\u030D'.repeat(4)}${'⟨U+030D⟩'.repeat(4)}…`);
    // Each letter has its own four.
    expect(printable(`${'x\u0300\u0301\u0302'.repeat(3)}`)).toBe('x\u0300\u0301\u0302'.repeat(3));
  });

  it('shows blanks other than the space, and characters that draw nothing, as code points', () => {
    const blanks = [0xa0, 0x1680, ...Array.from({ length: 11 }, (_, i) => 0x2000 + i), 0x202f, 0x205f, 0x3000];
    for (const blank of blanks) {
      const c = String.fromCodePoint(blank);
      expect(printable(`a${c}b`)).toBe(`a⟨U+${blank.toString(16).toUpperCase().padStart(4, '0')}⟩b`);
    }
    // Format characters and separators were shown already; Hangul fillers, the grapheme joiner and the blank
    // braille cell draw nothing either.
    expect(printable('\u180E\uFEFF\u2028\u2029', 80)).toBe('⟨U+180E⟩⟨U+FEFF⟩⟨U+2028⟩⟨U+2029⟩');
    expect(printable('\u3164\u115F\uFFA0a\u034F\u2800', 80)).toBe('⟨U+3164⟩⟨U+115F⟩⟨U+FFA0⟩a⟨U+034F⟩⟨U+2800⟩');
    expect(printable('diminishing  returns')).toBe('diminishing  returns');
  });

  it('never cuts between a letter and its marks', () => {
    expect(printable('abce\u0301', 4)).toBe('abc…');
    expect(printable('abe\u0301\u0302', 4)).toBe('ab…');
    expect(printable('abe\u0301', 4)).toBe('abe\u0301');
  });
});
