import { describe, expect, it } from 'vitest';
import { splitAtFit } from './pair-marks.ts';

const rows = [1, 2, 3, 4].map((c) => ({ year: 2024 + c, c }));

describe('splitAtFit', () => {
  it('keeps the rows inside the fitted range and starts the extrapolated part at the last of them', () => {
    const { fitted, extrapolated } = splitAtFit(rows, 'c', 2.5);
    expect(fitted.map((r) => r.c)).toEqual([1, 2]);
    expect(extrapolated.map((r) => r.c)).toEqual([2, 3, 4]);
  });

  it('draws everything solid when nothing leaves the range, and dotted when all starts beyond it', () => {
    expect(splitAtFit(rows, 'c', 10)).toEqual({ fitted: rows, extrapolated: [] });
    const beyond = splitAtFit(rows, 'c', 0.5);
    expect(beyond.fitted).toEqual([]);
    expect(beyond.extrapolated).toEqual(rows);
  });
});
