import { describe, expect, it } from 'vitest';
import { roundGeometry } from './svg-precision.ts';

describe('roundGeometry', () => {
  it('rounds geometry to hundredths and leaves text, labels and short numbers alone', () => {
    const svg =
      '<svg viewBox="0 0 640 380"><path d="M50,324.6153846153846L56.5,-0.0001" transform="translate(12.345678,0)"/>' +
      '<line y1="20" x1="136.77529329030858"/><text x="1.23456" aria-label="0.155555">0.1234567</text></svg>';
    expect(roundGeometry(svg)).toBe(
      '<svg viewBox="0 0 640 380"><path d="M50,324.62L56.5,0" transform="translate(12.35,0)"/>' +
        '<line y1="20" x1="136.78"/><text x="1.23" aria-label="0.155555">0.1234567</text></svg>',
    );
  });
});
