/** What a page says about a link's query as a whole (url-query.ts): limits, keys nothing reads, pages with no settings. */
import { describe, expect, it } from 'vitest';
import {
  boundedPairs,
  MAX_KEYS,
  MAX_QUERY_LENGTH,
  noSettingsNotice,
  unknownKeysNotice,
  unreadKeys,
} from './url-query.ts';
import { plainNotice } from './link-text.ts';

/** A notice as the reader reads it, the link's pieces unmarked (link-text.test.ts checks the marks). */
const plain = (notice: string | undefined) => notice && plainNotice(notice);

describe('boundedPairs', () => {
  it('keeps repeated keys and reports nothing within the limits', () => {
    expect(boundedPairs('?a=1&a=2&b=')).toEqual({
      pairs: [
        ['a', '1'],
        ['a', '2'],
        ['b', ''],
      ],
      notices: [],
    });
  });

  it('reads at most MAX_QUERY_LENGTH characters and MAX_KEYS keys, saying so', () => {
    const keys = Array.from({ length: MAX_KEYS + 3 }, (_, i) => `k${i}=1`).join('&');
    expect(boundedPairs(keys).notices).toEqual([`The link names more than ${MAX_KEYS} settings; 3 more were ignored.`]);
    const long = `a=${'1'.repeat(MAX_QUERY_LENGTH)}`;
    expect(boundedPairs(long).notices).toEqual([
      `The link’s settings are ${long.length} characters long; only the first ${MAX_QUERY_LENGTH} were read.`,
    ]);
  });
});

describe('unreadKeys', () => {
  it('lists each key nothing reads once, leaving out click counters', () => {
    const { pairs } = boundedPairs('?g_l=5&g_i=2&g_l=6&utm_source=x&fbclid=y&zz=1');
    expect(unreadKeys(pairs, new Set(['g_i']))).toEqual(['g_l', 'zz']);
  });
});

describe('unknownKeysNotice', () => {
  it('names one key, a few, or the first five and how many more', () => {
    expect(unknownKeysNotice([])).toBeUndefined();
    expect(plain(unknownKeysNotice(['g_l']))).toBe('Ignored the link’s unknown parameter “g_l”.');
    expect(plain(unknownKeysNotice(['a', 'b', 'c']))).toBe(
      'Ignored 3 unknown parameters in the link: “a”, “b” and “c”.',
    );
    expect(plain(unknownKeysNotice(['a', 'b', 'c', 'd', 'e', 'f', 'g']))).toBe(
      'Ignored 7 unknown parameters in the link: “a”, “b”, “c”, “d”, “e” and 2 more.',
    );
  });

  it('shows a bidi override as its code point', () => {
    expect(plain(unknownKeysNotice(['a\u202Eb']))).toBe('Ignored the link’s unknown parameter “a⟨U+202E⟩b”.');
  });
});

describe('noSettingsNotice', () => {
  it('is one sentence naming what was ignored, or nothing for a link without settings', () => {
    expect(noSettingsNotice([])).toBeUndefined();
    expect(plain(noSettingsNotice(['g_i']))).toBe(
      'This page has no settings to change, so it ignored the link’s parameter “g_i”.',
    );
    expect(plain(noSettingsNotice(['g_i', 'alpha']))).toBe(
      'This page has no settings to change, so it ignored the link’s parameters “g_i” and “alpha”.',
    );
    expect(plain(noSettingsNotice(['a', 'b', 'c', 'd', 'e', 'f']))).toBe(
      'This page has no settings to change, so it ignored the link’s parameters “a”, “b”, “c”, “d”, “e” and 1 more.',
    );
  });
});
