import { describe, expect, it } from 'vitest';
import { seededRandom } from '../reachable-states.ts';
import { separates, type Polyline } from './line-obstacles.ts';
import { separationFrom } from './separation-index.ts';

/** A wandering line of `n` points in a 600 × 400 drawing, from a seeded generator. */
function randomLine(next: () => number, n: number): Polyline {
  const points = [{ x: next() * 600, y: next() * 400 }];
  for (let i = 1; i < n; i++) {
    const last = points[i - 1]!;
    points.push({ x: last.x + (next() - 0.3) * 40, y: last.y + (next() - 0.5) * 40 });
  }
  return points;
}

describe('separationFrom', () => {
  it('answers as separates for random lines, points and ways', () => {
    const next = seededRandom(7);
    let split = 0;
    for (let trial = 0; trial < 200; trial++) {
      const line = randomLine(next, 2 + Math.floor(next() * 40));
      const from = { x: next() * 600, y: next() * 400 };
      const across = separationFrom(line, from);
      for (let j = 0; j < 50; j++) {
        const to = { x: next() * 600, y: next() * 400 };
        expect(across(to)).toBe(separates(line, from, to));
        if (separates(line, from, to)) split++;
      }
    }
    // Both answers were met, many times.
    expect(split).toBeGreaterThan(500);
    expect(split).toBeLessThan(9000);
  });

  it('answers as separates where points lie on the lines: a point, a vertex, a rule, a way along a segment', () => {
    const rule = [
      { x: 100, y: 0 },
      { x: 100, y: 400 },
    ];
    const steps = [
      { x: 0, y: 50 },
      { x: 100, y: 50 },
      { x: 100, y: 150 },
      { x: 300, y: 150 },
    ];
    const cases: [Polyline, { x: number; y: number }, { x: number; y: number }][] = [
      [rule, { x: 100, y: 20 }, { x: 300, y: 20 }],
      [rule, { x: 50, y: 20 }, { x: 100, y: 20 }],
      [rule, { x: 50, y: 20 }, { x: 100.0000000001, y: 20 }],
      [steps, { x: 100, y: 50 }, { x: 200, y: 0 }],
      [steps, { x: 50, y: 100 }, { x: 150, y: 100 }],
      [steps, { x: 0, y: 150 }, { x: 400, y: 150 }],
      [steps, { x: 150, y: 150 }, { x: 150, y: 150.0000001 }],
      [steps, { x: 120, y: 100 }, { x: 120, y: 100 }],
    ];
    for (const [line, from, to] of cases) {
      expect(separationFrom(line, from)(to), JSON.stringify({ from, to })).toBe(separates(line, from, to));
    }
  });

  it('answers as separates beyond the proven range and for coordinates that are no numbers', () => {
    const far = [
      { x: -1e6, y: 5 },
      { x: 1e6, y: 5 },
    ];
    expect(separationFrom(far, { x: 0, y: 0 })({ x: 0, y: 10 })).toBe(true);
    expect(separationFrom(far, { x: 0, y: 0 })({ x: 1e5, y: 1 })).toBe(false);
    const line = [
      { x: 0, y: 5 },
      { x: 10, y: 5 },
    ];
    expect(separationFrom(line, { x: 5, y: 0 })({ x: 5, y: 1e7 })).toBe(true);
    expect(separationFrom(line, { x: 5, y: 0 })({ x: Number.NaN, y: 10 })).toBe(false);
    expect(separationFrom([{ x: Number.NaN, y: 5 }, ...line], { x: 5, y: 0 })({ x: 5, y: 10 })).toBe(true);
  });
});
