import { describe, expect, it } from 'vitest';
import { agreement } from './estimate.ts';

describe('agreement', () => {
  it('calls an estimate consistent when the intervals overlap', () => {
    const published = { low: 2, high: 2.9, source: '' };
    expect(agreement({ estimate: 2.5, low: 2.1, high: 3 }, published)).toBe('consistent');
    expect(agreement({ estimate: 3.5, low: 3, high: 4 }, published)).toBe('differs');
    expect(agreement({ estimate: 15, low: 3, high: 18 }, { value: 15, source: '' })).toBe('consistent');
    expect(agreement({ estimate: 1, low: 0, high: 2 }, { source: '' })).toBe('no-published-value');
  });

  it('treats an interval end that is not reached as unbounded', () => {
    expect(agreement({ estimate: 20, low: 14, high: Infinity }, { value: 30, source: '' })).toBe('consistent');
    expect(agreement({ estimate: 20, low: 14, high: Infinity }, { value: 12, source: '' })).toBe('differs');
  });
});
