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

describe('wall-glut v3', () => {
  const v2 = getFigure('wall-glut', 2);
  const v3 = getFigure('wall-glut', 3);

  it('keeps v2’s values and cases in every state (its prose reads the same)', () => {
    for (const params of wallStates(v3)) {
      const [rows2, rows3] = [v2.table(params, {}) as TableRow[], v3.table(params, {}) as TableRow[]];
      for (const [name, value] of Object.entries(v3.values))
        expect(value.compute(params, rows3), name).toBe(v2.values[name]!.compute(params, rows2));
      for (const [name, c] of Object.entries(v3.cases!))
        expect(c.compute(params, rows3), name).toBe(v2.cases![name]!.compute(params, rows2));
    }
  });

  it('draws every text after the lines and rules, and stops the rules below the panels’ names', () => {
    const params = defaultParams(v3);
    const marks = v3.plot(params, v3.table(params, {}), undefined, { width: 640 }).marks as {
      ariaLabel?: string;
      insetTop?: number;
    }[];
    const kinds = marks.map((m) => m.ariaLabel);
    expect(kinds.lastIndexOf('line')).toBeLessThan(kinds.indexOf('text'));
    expect(kinds.indexOf('rule')).toBeLessThan(kinds.indexOf('text'));
    expect(marks.find((m) => m.ariaLabel === 'rule')!.insetTop).toBeGreaterThan(0);
  });
});
