/** wall-capability-curve v8: a year's two dots nested where they meet, four dots in one order, no name that comes and goes. */
import { describe, expect, it } from 'vitest';
import { nestedRadius } from '../nested-dots.ts';
import { getFigure } from '../registry.ts';
import { marksAt as drawnMarks, textsOf, type Mark } from './plot-marks.ts';
import { defaultParams, type Params } from '../spec.ts';
import { wallStates } from '../wall-shared/states.ts';

const v7 = getFigure('wall-capability-curve', 7);
const v8 = getFigure('wall-capability-curve', 8);
const marksAt = (params: Params, width: number) => drawnMarks(v8, params, width);
/** Each dot drawn: its year, side (0 frontier, 1 open), place and radius, in drawing order. */
const dotsOf = (marks: Mark[]) =>
  marks
    .filter((m) => m.ariaLabel === 'dot')
    .flatMap((m) => m.data!.map((d) => ({ year: d.year, side: d.side, x: d.x, c: d.c, r: m.r })));
const close = { open_lag: 1, saturation: 0.3, ceiling_rise: 1, g_a: 10 };

describe('wall-capability-curve v8', () => {
  it('keeps v7’s values and cases in every state (its prose reads the same)', () => {
    for (const params of wallStates(v8)) {
      const rows = v8.table(params, {});
      for (const [name, value] of Object.entries(v8.values))
        expect(value.compute(params, rows), name).toBe(v7.values[name]!.compute(params, rows));
      expect(v8.cases!.bend!.compute(params, rows)).toBe(v7.cases!.bend!.compute(params, rows));
      expect(v8.alt(params, rows)).toBe(v7.alt(params, rows));
    }
  });

  it('draws the four dots in one order in every state, the open dot of 2035 never named apart', () => {
    for (const width of [320, 640, 1280])
      for (const params of wallStates(v8, 10)) {
        const marks = marksAt(params, width);
        expect(dotsOf(marks).map((d) => `${d.year}:${d.side}`)).toEqual(['2025:0', '2025:1', '2035:0', '2035:1']);
        expect(textsOf(marks)).not.toContain('Open 2035');
      }
  });

  it('nests a year’s open dot in its frontier’s where they meet, at the frontier’s point', () => {
    for (const width of [320, 640]) {
      const dots = dotsOf(marksAt({ ...defaultParams(v8), ...close }, width));
      for (const year of [2025, 2035]) {
        const [frontier, open] = dots.filter((d) => d.year === year);
        expect([frontier!.r, open!.r]).toEqual([nestedRadius(0), nestedRadius(1)]);
        expect([open!.x, open!.c]).toEqual([frontier!.x, frontier!.c]);
      }
    }
  });

  it('draws the dots apart, each at its own point, where they stand apart', () => {
    const dots = dotsOf(marksAt(defaultParams(v8), 320));
    expect(dots.map((d) => d.r)).toEqual([4.5, 4.5, 4.5, 4.5]);
    expect(new Set(dots.map((d) => d.x)).size).toBe(4);
  });
});
