import { describe, expect, it } from 'vitest';
import { excerptParts } from './excerpt.ts';

describe('excerptParts', () => {
  it('splits marked words from plain text', () => {
    expect(excerptParts('with <mark>diminishing</mark> <mark>returns</mark> to compute')).toEqual([
      { text: 'with ', marked: false },
      { text: 'diminishing', marked: true },
      { text: ' ', marked: false },
      { text: 'returns', marked: true },
      { text: ' to compute', marked: false },
    ]);
  });
  it('turns escaped angle brackets back into text and leaves any other markup as text', () => {
    expect(excerptParts('a &lt;b&gt; <img src=x onerror=alert(1)> <mark>c</mark>')).toEqual([
      { text: 'a <b> <img src=x onerror=alert(1)> ', marked: false },
      { text: 'c', marked: true },
    ]);
  });
  it('gives nothing for an empty excerpt', () => {
    expect(excerptParts('')).toEqual([]);
  });
});
