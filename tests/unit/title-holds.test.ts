/**
 * A figure's title is a one-line takeaway written at its defaults, and readers move the sliders (issue 19: every
 * claim at the state on screen). Each latest figure either says where its title fails (`titleFails`, shown under
 * the title: src/components/figure/title-note.ts), or is listed here with why no setting can make it false — with
 * a check over its reachable states where the title is a claim the model can test.
 */
import { describe, expect, it } from 'vitest';
import { figureDataFromDisk } from '../../src/figures/publishing/lock-files.ts';
import { figureParams, reachableStates } from '../../src/figures/reachable-states.ts';
import { figureIds, getFigure } from '../../src/figures/registry.ts';
import { defaultParams, type AnyFigureSpec, type AnyTableRow, type Params } from '../../src/figures/spec.ts';

interface Holds {
  /** Why no reachable setting makes the title false. */
  readonly why: string;
  /** Where the title is a claim the model can test: true at a state where it holds. */
  readonly check?: (value: (name: string) => unknown) => boolean;
}

const HOLDS_EVERYWHERE: Readonly<Record<string, Holds>> = {
  'device-fit': { why: 'it says what bounds each axis (memory the size, bandwidth the speed), true at every setting' },
  'device-frontier': { why: 'it says what the figure shows (which year’s frontier a machine matches), not an answer' },
  'memo-costs': {
    why: 'Vicuna was fine-tuned from LLaMA, whose training bill the figure shows at every setting; the sliders change how much of it is counted, not what the model stood on',
    check: (value) => (value('llamaCost') as number) > (value('finetuneCost') as number),
  },
  'meek-horizon-gap': {
    why: 'the ratio of task horizons grows every year at every setting (the horizon is a power of compute, and the frontier’s compute grows faster)',
    check: (value) => (value('horizonRatioGrowth') as number) > 1,
  },
  'open-closed-benchmark-lag': { why: 'it says what the figure measures' },
  'wall-gap-lag': { why: 'it says the two measures can move apart, which the figure shows across its settings' },
  'wall-glut': { why: 'it names the two scenarios the figure draws side by side' },
};

/** Figures whose titles are claims a setting can break, not yet given `titleFails`: this list only shrinks. */
const NOT_YET_CHECKED: readonly string[] = [
  'budget-frontier',
  'meek-capability-gap',
  'meek-gap-band',
  'meek-inference-gap',
  'open-bets',
  'open-closed-compute',
  'over-training',
  'wall-capability-curve',
];

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
    const listed = [id in HOLDS_EVERYWHERE, NOT_YET_CHECKED.includes(id), spec.titleFails !== undefined];
    expect(listed.filter(Boolean), `${id}: say where its title fails (titleFails) or why it cannot`).toHaveLength(1);
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
    const check = HOLDS_EVERYWHERE[id]?.check;
    if (check) {
      for (const { params, rows } of statesOf(spec)) {
        const value = (name: string) => spec.values[name]!.compute(params, rows);
        expect(check(value), `${id}: “${spec.title}” at ${JSON.stringify(params)}`).toBe(true);
      }
    }
  });

  it('lists only figures that exist', () => {
    const ids = new Set(figureIds());
    for (const id of [...Object.keys(HOLDS_EVERYWHERE), ...NOT_YET_CHECKED]) expect(ids.has(id), id).toBe(true);
  });
});
