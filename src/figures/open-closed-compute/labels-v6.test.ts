import { describe, expect, it } from 'vitest';
import { drawnLabels } from '../../../tests/support/drawn-labels.ts';
import { gapTo } from '../layout/point-labels.ts';
import { figureDataFromDisk } from '../publishing/lock-files.ts';
import { figureParams } from '../reachable-states.ts';
import type { AnyFigureSpec } from '../spec.ts';
import { DATA_END } from './releases.ts';
import v5 from './v5.ts';
import v6 from './v6.ts';
import { widening } from './widening.ts';

const data = figureDataFromDisk(v6);
const FROM_YEARS = Array.from({ length: 12 }, (_, i) => 2012 + i);
/** 320 to 1280 px screens: each drawing width in its build width's proportions. */
const WIDTHS = [
  [290, 320],
  [340, 320],
  [500, 320],
  [606, 640],
  [1000, 640],
] as const;

/** How far the open record's date stands from its step: its leader's length, or its gap when it has none. */
function dateDistances(spec: AnyFigureSpec, width: number, basis: number): number[] {
  return FROM_YEARS.flatMap((from) => {
    const params = { ...figureParams(spec, {}), from_year: from };
    const open = widening(spec.table(params, data), DATA_END).openRecord;
    if (!open) return [];
    const { labels, leaders, scale } = drawnLabels(spec, params, data, width, basis);
    const date = labels.find((l) => l.text.startsWith('open record'));
    if (!date) return [Infinity];
    const step = { x: scale('x').apply(open.date), y: scale('y').apply(open.value) };
    const leader = leaders.find((l) => gapTo(l[0], date.box) <= 2 * Math.SQRT2 + 0.01);
    return [leader ? Math.hypot(leader[1].x - leader[0].x, leader[1].y - leader[0].y) : gapTo(step, date.box)];
  });
}

describe('open-closed-compute v6: the open record’s date near its step', () => {
  it(
    'stands within 30 px of its step, or its leader is at most 30 px, from a 390 px phone to 1280 px',
    { timeout: 60_000 },
    () => {
      for (const [width, basis] of WIDTHS.slice(1))
        for (const distance of dateDistances(v6, width, basis)) expect(distance, `${width} px`).toBeLessThanOrEqual(30);
    },
  );

  it('on a 320 px screen stands no farther than v5’s (median over the from-years)', () => {
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
    expect(median(dateDistances(v6, ...WIDTHS[0]))).toBeLessThanOrEqual(median(dateDistances(v5, ...WIDTHS[0])));
  });

  it('where v5’s leader ran 40 to 60 px on a phone', () => {
    expect(Math.max(...dateDistances(v5, 340, 320))).toBeGreaterThan(40);
  });
});
