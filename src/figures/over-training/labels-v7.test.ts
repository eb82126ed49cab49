import { describe, expect, it } from 'vitest';
import { drawnLabels } from '../../../tests/support/drawn-labels.ts';
import { separates, type Polyline } from '../layout/line-obstacles.ts';
import { gapTo } from '../layout/point-labels.ts';
import { figureDataFromDisk } from '../publishing/lock-files.ts';
import { figureParams, reachableStates } from '../reachable-states.ts';
import type { AnyFigureSpec } from '../spec.ts';
import { Y_MAX, Y_MIN } from './trend.ts';
import v6 from './v6.ts';
import v7 from './v7.ts';

const data = figureDataFromDisk(v7);
const states = reachableStates([v7], {}, { steps: 2, random: 6, seed: 19 });
/** A 320 px phone's drawing (290), a 390 px phone's (320: a link's state is drawn at the build width), a desktop's. */
const WIDTHS = [290, 320, 606].map((w) => [w, w < 520 ? 320 : 640] as const);

/** The grey size lines the chosen model's leader crosses, and whether it has one. */
function crossings(spec: AnyFigureSpec, page: Record<string, number>, width: number, basis: number) {
  const params = figureParams(spec, page);
  const rows = spec.table(params, data);
  const { labels, leaders, scale } = drawnLabels(spec, params, data, width, basis);
  const [x, y] = [scale('x'), scale('y')];
  const grey = new Map<number, { x: number; y: number }[]>();
  for (const r of rows)
    if (r.chosen === 0 && r.matched_year! >= Y_MIN && r.matched_year! <= Y_MAX)
      grey.set(r.parameters!, [
        ...(grey.get(r.parameters!) ?? []),
        { x: x.apply(r.tokens_per_parameter!), y: y.apply(r.matched_year!) },
      ]);
  const name = labels.find((l) => / on /.test(l.text));
  const leader = name && leaders.find((l) => gapTo(l[0], name.box) <= 2 * Math.SQRT2 + 0.01);
  if (!leader) return undefined;
  return [...grey.values()].filter((line: Polyline) => separates(line, leader[0], leader[1])).length;
}

describe('over-training v7: the chosen model’s leader keeps off the size lines where it can', () => {
  it('crosses none at 390 px with the 400B model, where v6’s crossed three', () => {
    expect(crossings(v6, { model_billions: 400 }, 320, 320)).toBe(3);
    expect(crossings(v7, { model_billions: 400 }, 320, 320)).toBe(0);
    expect(crossings(v7, { model_billions: 400 }, 338, 320)).toBe(0);
  });

  it('never crosses more size lines than v6’s did, and fewer in all, over the reachable states and widths', () => {
    // Where v6 had no leader (its name set wherever it fitted, far off), v7 may find one in the top margin: not counted.
    let [before, after] = [0, 0];
    for (const [width, basis] of WIDTHS)
      for (const state of states) {
        const [old, now] = [v6, v7].map((spec) => crossings(spec, state.params, width, basis));
        if (old === undefined) continue;
        expect(now ?? 0, `${width} px, ${state.label}`).toBeLessThanOrEqual(old);
        [before, after] = [before + old, after + (now ?? 0)];
      }
    expect(after).toBeLessThan(before);
  });
});
