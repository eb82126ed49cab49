import { describe, expect, it } from 'vitest';
import { projectedMemoryGB, recordMemoryGrowth } from './home-machine.ts';

describe('home machine', () => {
  it('projects memory geometrically', () => {
    expect(projectedMemoryGB({ memoryGB: 128, year0: 2025, growth: 1.25 }, 2030)).toBeCloseTo(390.625, 6);
    expect(projectedMemoryGB({ memoryGB: 128, year0: 2025, growth: 2 }, 2025)).toBe(128);
  });

  it('fits the growth of the running record', () => {
    expect(
      recordMemoryGrowth([
        { year: 2020, memoryGB: 10 },
        { year: 2021, memoryGB: 20 },
        { year: 2022, memoryGB: 40 },
      ]),
    ).toBeCloseTo(2, 10);
    // A smaller machine later does not lower the record.
    expect(
      recordMemoryGrowth([
        { year: 2020, memoryGB: 10 },
        { year: 2021, memoryGB: 20 },
        { year: 2021, memoryGB: 5 },
        { year: 2022, memoryGB: 40 },
      ]),
    ).toBeCloseTo(2, 10);
    expect(recordMemoryGrowth([{ year: 2020, memoryGB: 10 }])).toBeNaN();
  });
});
