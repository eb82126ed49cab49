import { describe, expect, it } from 'vitest';
import { offAxisCounts, offAxisEnd, offAxisNote, offAxisSide } from './off-axis.ts';

describe('offAxisEnd', () => {
  it('is undefined on the axis, ends included, and names the end a value is past', () => {
    expect(offAxisEnd(2, [2, 4])).toBeUndefined();
    expect(offAxisEnd(4, [2, 4])).toBeUndefined();
    expect(offAxisEnd(1.99, [2, 4])).toBe('below');
    expect(offAxisEnd(4.01, [2, 4])).toBe('above');
    expect(offAxisEnd(Number.NaN, [2, 4])).toBeUndefined();
  });
});

describe('offAxisSide', () => {
  it('is undefined when any value is on the axis', () => {
    expect(offAxisSide([0, 3, 9], [2, 4])).toBeUndefined();
  });
  it('says which side a series wholly off the axis lies on', () => {
    expect(offAxisSide([0, 1], [2, 4])).toBe('below');
    expect(offAxisSide([5, 9], [2, 4])).toBe('above');
    expect(offAxisSide([1, 5], [2, 4])).toBe('off');
  });
  it('skips values that are not numbers, and has nothing to say of an empty series', () => {
    expect(offAxisSide([undefined, Number.NaN, 1], [2, 4])).toBe('below');
    expect(offAxisSide([], [2, 4])).toBeUndefined();
    expect(offAxisSide([undefined, Number.NaN], [2, 4])).toBeUndefined();
  });
});

describe('offAxisCounts', () => {
  it('counts the values under and past the axis, not those on it', () => {
    expect(offAxisCounts([1, 2, 3, 4, 5, 6], [2, 4])).toEqual({ below: 1, above: 2 });
  });
});

describe('offAxisNote', () => {
  it('points down or up off a y axis, and has no arrow for a series on both sides', () => {
    expect(offAxisNote('below', '9 machines match a frontier before 2018')).toBe(
      '▼ 9 machines match a frontier before 2018',
    );
    expect(offAxisNote('above', '1 machine matches a frontier after 2032')).toBe(
      '▲ 1 machine matches a frontier after 2032',
    );
    expect(offAxisNote('off', 'Fixed target: off this axis')).toBe('Fixed target: off this axis');
  });
  it('points left or right off an x axis', () => {
    expect(offAxisNote('below', '400B on 10¹¹: under 2 tokens a parameter', 'x')).toBe(
      '← 400B on 10¹¹: under 2 tokens a parameter',
    );
    expect(offAxisNote('above', '0.4B on 10¹⁵: over 10⁵', 'x')).toBe('→ 0.4B on 10¹⁵: over 10⁵');
  });
});
