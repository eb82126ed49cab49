/** wall-capability-curve v2: one frame for every setting, every mark inside it, and the case its prose reads. */
import { describe, expect, it } from 'vitest';
import { getFigure } from '../registry.ts';
import { defaultParams, type TableRow } from '../spec.ts';
import { wallStates } from '../wall-shared/states.ts';

const spec = getFigure('wall-capability-curve', 2);
type Dot = { x: number; c: number };

describe('wall-capability-curve v2', () => {
  const states = wallStates(spec);

  it('draws every setting in the same frame, with both sides’ dots inside it', () => {
    const frames = new Set<string>();
    for (const params of states) {
      const rows = spec.table(params, {}) as TableRow[];
      const plot = spec.plot(params, rows, undefined, { width: 320 });
      const x = (plot.x as { domain: [number, number] }).domain;
      const y = (plot.y as { domain: [number, number] }).domain;
      frames.add(JSON.stringify([x, y]));
      const marks = plot.marks as { ariaLabel?: string; data?: readonly Dot[] }[];
      for (const dot of marks.find((m) => m.ariaLabel === 'dot')!.data!) {
        expect(dot.x).toBeGreaterThanOrEqual(x[0]);
        expect(dot.x).toBeLessThanOrEqual(x[1]);
        expect(dot.c).toBeGreaterThanOrEqual(y[0]);
        expect(dot.c).toBeLessThanOrEqual(y[1]);
      }
    }
    expect(frames.size).toBe(1);
  });

  it('reads "none" without a wall, "flattens" at the defaults, and "steepens" when the ceiling outruns the frontier', () => {
    const bend = (over: Record<string, number>) => {
      const params = { ...defaultParams(spec), ...over };
      return spec.cases!.bend!.compute(params, spec.table(params, {}));
    };
    expect(bend({ saturation: 0 })).toBe('none');
    expect(bend({})).toBe('flattens');
    expect(bend({ saturation: 0.3, ceiling_rise: 1, g_a: 1 })).toBe('steepens');
    expect(bend({ saturation: 0.005, g_a: 1 })).toBe('nearly');
  });

  it('prints values in their units, never a clause', () => {
    const params = defaultParams(spec);
    const rows = spec.table(params, {});
    const text = (name: string) => spec.values[name]!.format(spec.values[name]!.compute(params, rows));
    expect(text('gapStart')).toMatch(/^\d+(\.\d+)? points$/);
    expect(text('computeGapOom')).toMatch(/^\d+(\.\d+)? orders of magnitude$/);
    expect(text('slopeShareLater')).toMatch(/^\d+%$/);
  });
});
