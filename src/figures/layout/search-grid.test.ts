import { describe, expect, it } from 'vitest';
import { seededRandom } from '../reachable-states.ts';
import { crossesLine, type Polyline } from './line-obstacles.ts';
import { SEARCH_STEP, SearchGrid } from './search-grid.ts';

type Box = { left: number; top: number; right: number; bottom: number };

/**
 * The search SearchGrid replaced (place-label.ts before it), kept here as the reference: every place row by row,
 * the least penalty, then the nearest, then the first.
 */
function rowByRow(home: Box, bounds: Box, penalty: (box: Box) => number | undefined) {
  let best: { dx: number; dy: number; penalty: number; distance: number } | undefined;
  for (let top = bounds.top; top + (home.bottom - home.top) <= bounds.bottom; top += SEARCH_STEP)
    for (let left = bounds.left; left + (home.right - home.left) <= bounds.right; left += SEARCH_STEP) {
      const [dx, dy] = [left - home.left, top - home.top];
      const distance = Math.hypot(dx, dy);
      if (best && best.penalty === 0 && distance >= best.distance) continue;
      const cost = penalty({ left, top, right: home.right + dx, bottom: home.bottom + dy });
      if (cost === undefined) continue;
      if (!best || cost < best.penalty || (cost === best.penalty && distance < best.distance))
        best = { dx, dy, penalty: cost, distance };
    }
  return best && { dx: best.dx, dy: best.dy };
}

/** A cost per place from a seeded hash of its box: the same box always costs the same. */
function costs(seed: number, allowed: number, values: readonly number[]) {
  return (box: Box) => {
    const next = seededRandom(seed ^ Math.round(box.left * 7919 + box.top * 104729));
    next();
    return next() < allowed ? values[Math.floor(next() * values.length)]! : undefined;
  };
}

describe('SearchGrid', () => {
  const bounds = { left: 40.5, top: 20.25, right: 400, bottom: 300 };
  const homes = [
    { left: 100.3, top: 50.7, right: 180.9, bottom: 68.1 },
    { left: 390, top: 290, right: 450, bottom: 310 },
    { left: -30, top: 100, right: 10, bottom: 118 },
    { left: 200, top: 20.25, right: 260, bottom: 38.25 },
  ];

  it('finds the place the row-by-row search found: the nearest clear one, the first among equals', () => {
    for (const [h, home] of homes.entries())
      for (const allowed of [0, 0.001, 0.02, 0.5, 1]) {
        const penalty = costs(h * 31 + allowed * 1000, allowed, [0]);
        const clear = (box: Box) => penalty(box) === 0;
        expect(new SearchGrid(home, bounds).nearest(clear), `${h} ${allowed}`).toEqual(rowByRow(home, bounds, penalty));
      }
  });

  it('finds the place the row-by-row search found: the least cost, then the nearest, then the first', () => {
    for (const [h, home] of homes.entries())
      for (const allowed of [0, 0.01, 0.3, 1])
        for (const values of [[1, 10], [0, 1, 2, 11], [0.5, 0.25, 3], [7]]) {
          const penalty = costs(h * 17 + allowed * 100 + values.length, allowed, values);
          const found = new SearchGrid(home, bounds).least((box, _k, limit, orEqual) => {
            const c = penalty(box);
            // Answer undefined where allowed to, as the cost of lines crossed does.
            return c !== undefined && (orEqual ? c > limit : c >= limit) ? undefined : c;
          });
          expect(found, `${h} ${allowed} ${values.join()}`).toEqual(rowByRow(home, bounds, penalty));
        }
  });

  it('marks the places a line passes through as crossesLine does', () => {
    const next = seededRandom(3);
    const home = homes[0]!;
    const grid = new SearchGrid(home, bounds);
    for (let trial = 0; trial < 20; trial++) {
      const lines: Polyline[] = Array.from({ length: 3 }, () =>
        Array.from({ length: 1 + Math.floor(next() * 12) }, () => ({ x: next() * 450, y: next() * 320 })),
      );
      if (trial === 0)
        lines.push([
          { x: Number.NaN, y: 50 },
          { x: 200, y: 50 },
        ]);
      const crossed = grid.crossedBy(lines);
      let k = 0;
      let marked = 0;
      for (let top = bounds.top; top + (home.bottom - home.top) <= bounds.bottom; top += SEARCH_STEP)
        for (let left = bounds.left; left + (home.right - home.left) <= bounds.right; left += SEARCH_STEP) {
          const box = { left, top, right: home.right + (left - home.left), bottom: home.bottom + (top - home.top) };
          expect(crossed[k++]).toBe(lines.some((line) => crossesLine(box, line)) ? 1 : 0);
          marked += crossed[k - 1]!;
        }
      expect(k).toBe(grid.size);
      expect(marked).toBeGreaterThan(0);
    }
  });
});
