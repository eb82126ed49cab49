import { describe, expect, it } from 'vitest';
import { stepAfter } from './labels-v5.ts';

describe('stepAfter', () => {
  it('holds each record until the next is set, as Plot draws step-after', () => {
    expect(
      stepAfter([
        { year: 2020, compute: 1 },
        { year: 2021, compute: 5 },
        { year: 2026, compute: 5 },
      ]),
    ).toEqual([
      { year: 2020, compute: 1 },
      { year: 2021, compute: 1 },
      { year: 2021, compute: 5 },
      { year: 2026, compute: 5 },
      { year: 2026, compute: 5 },
    ]);
    expect(stepAfter([])).toEqual([]);
  });
});
