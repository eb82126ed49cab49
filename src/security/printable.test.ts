/** Quoted text cannot reorder, hide or break the sentence around it. */
import { describe, expect, it } from 'vitest';
import { MAX_SHOWN, printable } from './printable.ts';

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
});
