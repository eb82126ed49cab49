/** wall-gap-lag v2: an axis that moves only with the growth rates and holds both lines, and the cases its prose reads. */
import { describe, expect, it } from 'vitest';
import { getFigure } from '../registry.ts';
import { defaultParams, type Params, type TableRow } from '../spec.ts';
import { wallStates } from '../wall-shared/states.ts';
import type { GapLagKey } from './band.ts';
import { capabilityTop } from './figure.ts';

const spec = getFigure('wall-gap-lag', 2);
const cases = (params: Params) => {
  const rows = spec.table(params, {}) as TableRow[];
  return Object.fromEntries(Object.entries(spec.cases!).map(([name, c]) => [name, c.compute(params, rows)]));
};

describe('wall-gap-lag v2', () => {
  it('keeps the capability axis when saturation and the ceiling’s rise move, and both lines under its top', () => {
    for (const params of wallStates(spec)) {
      const rows = spec.table(params, {}) as TableRow[];
      const top = capabilityTop(params as Params<GapLagKey>);
      expect(Math.max(...rows.map((r) => Math.max(r.frontier!, r.open!)))).toBeLessThanOrEqual(top);
      for (const saturation of [0, 0.3])
        for (const ceiling_rise of [0, 1])
          expect(capabilityTop({ ...(params as Params<GapLagKey>), saturation, ceiling_rise })).toBe(top);
    }
  });

  it('tells the gap from the lag: on a fixed wall the gap shrinks while the lag stays put', () => {
    expect(cases({ ...defaultParams(spec), ceiling_rise: 0 })).toMatchObject({ gapMove: 'shrinks', lagMove: 'steady' });
    expect(cases({ ...defaultParams(spec), saturation: 0 })).toMatchObject({ gapMove: 'steady', lagMove: 'steady' });
    expect(cases(defaultParams(spec))).toMatchObject({
      gapMove: 'shrinks',
      lagMove: 'shrinks',
      closing: 'afterTarget',
    });
    expect(cases({ ...defaultParams(spec), saturation: 0.3 })).toMatchObject({ closing: 'byTarget' });
    expect(cases({ ...defaultParams(spec), saturation: 0 }).closing).toBe('never');
  });

  it('prints a closing year that agrees with the case its sentence is chosen by', () => {
    for (const params of wallStates(spec)) {
      const rows = spec.table(params, {}) as TableRow[];
      const year = spec.values.closingYear!.compute(params, rows);
      const closing = spec.cases!.closing!.compute(params, rows);
      if (closing === 'byTarget') expect(year).toBeLessThan(2036);
      if (closing === 'afterTarget') expect(year).toBeGreaterThanOrEqual(2036);
      expect(year).toBeLessThanOrEqual(2045);
      const share = rows.find((r) => r.year === Math.ceil(year))!.gap! / rows[0]!.gap!;
      if (closing !== 'never') expect(share).toBeLessThanOrEqual(0.25);
    }
  });
});
