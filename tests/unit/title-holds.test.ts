/**
 * A figure's title is a one-line takeaway written at its defaults, and readers move the sliders (issue 19: every
 * claim at the state on screen). Each latest figure either says where its title fails (`titleFails`, shown under
 * the title: src/components/figure/title-note.ts), or says why no setting can make it false (`titleHolds`), with
 * a check here over its reachable states where that reason is a claim the model can test.
 */
import { describe, expect, it } from 'vitest';
import { figureDataFromDisk } from '../../src/figures/publishing/lock-files.ts';
import { figureParams, reachableStates } from '../../src/figures/reachable-states.ts';
import { figureIds, getFigure } from '../../src/figures/registry.ts';
import { defaultParams, type AnyFigureSpec, type AnyTableRow, type Params } from '../../src/figures/spec.ts';

/**
 * Titles that hold everywhere (`titleHolds`) and that are claims the model can test: true at a state where the
 * title holds, run over every reachable state.
 */
const CHECKS: Readonly<Record<string, (value: (name: string) => unknown) => boolean>> = {
  'memo-costs': (value) => (value('llamaCost') as number) > (value('finetuneCost') as number),
  'meek-horizon-gap': (value) => (value('horizonRatioGrowth') as number) > 1,
};

/** Figures whose titles are claims a setting can break, not yet given `titleFails`: this list only shrinks. */
const NOT_YET_CHECKED: readonly string[] = [];

function statesOf(spec: AnyFigureSpec): { params: Params; rows: readonly AnyTableRow[] }[] {
  const data = figureDataFromDisk(spec);
  return reachableStates([spec]).map((state) => {
    const params = figureParams(spec, state.params);
    return { params, rows: spec.table(params, data) };
  });
}

describe('every figure’s title holds at the state on screen, or the figure says it does not', () => {
  const latest = figureIds().map((id) => getFigure(id));

  it.each(latest.map((spec) => [spec.id, spec] as const))('%s', (id, spec) => {
    const listed = [spec.titleHolds !== undefined, NOT_YET_CHECKED.includes(id), spec.titleFails !== undefined];
    expect(
      listed.filter(Boolean),
      `${id}: give its spec titleFails (where the title is false, what the figure shows instead) or titleHolds (why no setting can make it false)`,
    ).toHaveLength(1);
    if (spec.titleHolds !== undefined) expect(spec.titleHolds).toMatch(/^[A-Z].{10,}[.]$/s);
    const data = figureDataFromDisk(spec);
    const defaults = defaultParams(spec);
    if (spec.titleFails) {
      // The title was written at the defaults: it holds there.
      expect(spec.titleFails(defaults, spec.table(defaults, data))).toBeUndefined();
      for (const { params, rows } of statesOf(spec)) {
        const note = spec.titleFails(params, rows);
        if (note === undefined) continue;
        expect(note, `${id} at ${JSON.stringify(params)}`).toMatch(/^[A-Z“].*[.]$/s);
        expect(note).not.toMatch(/NaN|undefined|Infinity|\{|\}/);
      }
    }
    const check = CHECKS[id];
    if (check) {
      for (const { params, rows } of statesOf(spec)) {
        const value = (name: string) => spec.values[name]!.compute(params, rows);
        expect(check(value), `${id}: “${spec.title}” at ${JSON.stringify(params)}`).toBe(true);
      }
    }
  });

  it('lists only figures that exist', () => {
    const ids = new Set(figureIds());
    for (const id of [...Object.keys(CHECKS), ...NOT_YET_CHECKED]) expect(ids.has(id), id).toBe(true);
    for (const id of Object.keys(CHECKS)) expect(getFigure(id).titleHolds, id).toBeDefined();
  });
});
