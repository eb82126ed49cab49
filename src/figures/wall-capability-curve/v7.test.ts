/** wall-capability-curve v7: where a year's two dots meet, both show and both are named; "1 point", not "1 points". */
import { describe, expect, it } from 'vitest';
import { getFigure } from '../registry.ts';
import { marksAt as drawnMarks, textsOf, type Mark } from './plot-marks.ts';
import { defaultParams, type Params } from '../spec.ts';
import { wallStates } from '../wall-shared/states.ts';

const v6 = getFigure('wall-capability-curve', 6);
const v7 = getFigure('wall-capability-curve', 7);
const marksAt = (params: Params, width: number) => drawnMarks(v7, params, width);
/** The dots drawn as rings round another: the frontier's where it meets the open one. */
const rings = (marks: Mark[]) => marks.filter((m) => m.ariaLabel === 'dot' && m.r === 8);
const close = { open_lag: 1, saturation: 0.3, ceiling_rise: 1, g_a: 10 };

describe('wall-capability-curve v7', () => {
  it('keeps v6’s values and cases in every state (its prose reads the same)', () => {
    for (const params of wallStates(v7)) {
      const rows = v7.table(params, {});
      for (const [name, value] of Object.entries(v7.values))
        expect(value.compute(params, rows), name).toBe(v6.values[name]!.compute(params, rows));
      expect(v7.cases!.bend!.compute(params, rows)).toBe(v6.cases!.bend!.compute(params, rows));
    }
  });

  it('rings the frontier’s dot round the open one where they meet, and names the open dot of 2035 then', () => {
    for (const width of [320, 640]) {
      const marks = marksAt({ ...defaultParams(v7), ...close }, width);
      expect(rings(marks)[0]!.data!.map((d) => d.year)).toEqual([2025, 2035]);
      expect(textsOf(marks)).toEqual(expect.arrayContaining(['Frontier 2025', '2035', 'Open', 'Open 2035']));
    }
  });

  it('draws plain dots, and no second open name, where the dots stand apart', () => {
    const marks = marksAt(defaultParams(v7), 320);
    expect(rings(marks)).toEqual([]);
    expect(textsOf(marks)).not.toContain('Open 2035');
  });

  it('says a quantity of one in the singular', () => {
    const params = { ...defaultParams(v7), ceiling_rise: 1 };
    expect(v7.alt(params, v7.table(params, {}))).toContain('rising 1 point a year');
    const key = textsOf(marksAt({ ...defaultParams(v7), ...close }, 640)).filter((t) => t.startsWith('gap in'));
    for (const line of key) expect(line).toMatch(/ points?$/);
    expect(key.join(' ')).not.toMatch(/\b1 points\b/);
  });
});
