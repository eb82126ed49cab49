import { describe, expect, it } from 'vitest';
import { defaultParams } from '../spec.ts';
import { formatCountedPoints } from './values.ts';
import spec from './v3.ts';

const note = (p: Partial<Record<string, number>>) => {
  const params = { ...defaultParams(spec), ...p } as ReturnType<typeof defaultParams>;
  return spec.titleFails!(params, spec.table(params, {}));
};

describe('meek-capability-gap: where its title fails', () => {
  it('holds at the defaults and with more steps, where the gap in points peaks after the gap in loss', () => {
    expect(note({})).toBeUndefined();
    expect(note({ steps: 10 })).toBeUndefined();
  });

  it('says the gap in points peaks no later than in loss with a large meek budget', () => {
    expect(note({ budget: 6.31e6 })).toBe(
      'In points the gap is widest 1.8 years after the start, no later than the gap in loss, which peaks 3.3 years after it.',
    );
  });

  it('says the gap only shrinks with a large head start, in the description’s words', () => {
    expect(note({ lead: 1e7, steps: 100, g_i: 10, g_h: 3, g_a: 10, alpha: 0.4, budget: 1e10 })).toMatch(
      /^The gap is widest at the start, at .* percentage points?, and shrinks from then on\.$/,
    );
  });

  it('says neither gap peaks with no shared progress', () => {
    expect(note({ g_i: 1.1, g_h: 1, g_a: 1, alpha: 0.05, budget: 100 })).toBe(
      'With no shared progress the gap in loss never stops widening, and in points the gap is still widening in 2045: neither peaks.',
    );
  });

  it('counts one point in the singular', () => {
    expect(formatCountedPoints(1)).toBe('1 percentage point');
    expect(formatCountedPoints(35)).toBe('35 percentage points');
  });
});
