import { describe, expect, it } from 'vitest';
import { defaultParams } from '../spec.ts';
import v3 from './v3.ts';
import v4 from './v4.ts';

/** Hardware improving 1.1× a year: the gap in 2045 prints as one percentage point. */
const params = { ...defaultParams(v4), g_h: 1.1 };
const rows = v4.table(params, {});

describe('meek-capability-gap v4: one percentage point reads singular', () => {
  it('in the description, as the title’s note already read it', () => {
    expect(v4.alt(params, rows)).toContain('and is 1 percentage point in 2045.');
    // v3 is published: its description keeps its words.
    expect(v3.alt(params, v3.table(params, {}))).toContain('and is 1 percentage points in 2045.');
  });

  it('in the values the essay prints', () => {
    const value = v4.values!.successGapAtHorizon!;
    expect(value.format(value.compute(params, rows))).toBe('1 percentage point');
    expect(value.format(35.2)).toBe('35 percentage points');
  });
});
