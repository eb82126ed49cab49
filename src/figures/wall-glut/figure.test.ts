/** wall-glut v2: either side may get the glut first, the axis holds every line, and the cases its prose reads. */
import { describe, expect, it } from 'vitest';
import { getFigure } from '../registry.ts';
import { defaultParams, type Params, type TableRow } from '../spec.ts';
import { wallStates } from '../wall-shared/states.ts';
import { capabilityTop } from './figure.ts';

const spec = getFigure('wall-glut', 2);
const cases = (over: Record<string, number>) => {
  const params: Params = { ...defaultParams(spec), ...over };
  const rows = spec.table(params, {}) as TableRow[];
  return Object.fromEntries(Object.entries(spec.cases!).map(([name, c]) => [name, c.compute(params, rows)]));
};

describe('wall-glut v2', () => {
  it('keeps every line under the axis’s top, which saturation and the ceiling’s rise do not move', () => {
    for (const params of wallStates(spec)) {
      const rows = spec.table(params, {}) as TableRow[];
      const top = capabilityTop(params as Parameters<typeof capabilityTop>[0]);
      expect(Math.max(...rows.map((r) => Math.max(r.frontier!, r.open!)))).toBeLessThanOrEqual(top);
      expect(
        capabilityTop({ ...(params as Parameters<typeof capabilityTop>[0]), saturation: 0.3, ceiling_rise: 1 }),
      ).toBe(top);
    }
  });

  it('widens the gap when the leader gets the glut first, and lets open models pull ahead when they get it first', () => {
    expect(cases({})).toMatchObject({ glutEffect: 'wider', gapPeak: 'inside', lagStretch: 'stretches' });
    expect(cases({ glut_delay: 0, saturation: 0 }).glutEffect).toBe('same');
    expect(cases({ glut_delay: -5, glut_speedup: 10, saturation: 0 }).glutEffect).toBe('openAhead');
    expect(cases({ glut_delay: -1 }).glutEffect).toBe('narrower');
    expect(cases({ glut_delay: -2 }).glutEffect).toBe('openAhead');
  });

  it('draws a line for each side’s glut inside the panel, the open side’s from the start when it came before', () => {
    const starts = (over: Record<string, number>) => {
      const params: Params = { ...defaultParams(spec), ...over };
      const plot = spec.plot(params, spec.table(params, {}), undefined, { width: 640 });
      const rule = (plot.marks as { ariaLabel?: string; data?: { year: number }[] }[]).find(
        (m) => m.ariaLabel === 'rule',
      )!;
      return rule.data!.map((d) => d.year);
    };
    expect(starts({})).toEqual([2029, 2031]);
    expect(starts({ glut_year: 2026, glut_delay: -5 })).toEqual([2026, 2025]);
    expect(starts({ glut_year: 2040, glut_delay: 15 })).toEqual([2040]);
  });
});
