import { describe, expect, it } from 'vitest';
import { drawnLabels } from '../../../tests/support/drawn-labels.ts';
import { labelOf } from '../edge-data.ts';
import { gapTo } from '../layout/point-labels.ts';
import { figureDataFromDisk } from '../publishing/lock-files.ts';
import { figureParams, reachableStates } from '../reachable-states.ts';
import type { AnyFigureSpec } from '../spec.ts';
import { DEVICE } from './frontier.ts';
import { tinyName } from './machine-names.ts';
import v4 from './v4.ts';
import v5 from './v5.ts';

const data = figureDataFromDisk(v5);
// The legibility test's states: each slider at both ends and two stops, presets, all at min and max, four random.
const states = reachableStates([v5], {}, { steps: 2, random: 4, seed: 19 });

/** Each machine dot on show in each state, at a phone's drawing (340 px in the 320 px build's proportions). */
function machineNames(spec: AnyFigureSpec) {
  return states.flatMap((state) => {
    const params = figureParams(spec, state.params);
    const drawn = drawnLabels(spec, params, data, 340, 320);
    const [x, y] = [drawn.scale('x'), drawn.scale('y')];
    // Machines at one point share a dot and a name ("Spark +2").
    const byDot = new Map<string, { x: number; y: number; names: string[] }>();
    for (const row of spec.table(params, data).filter((r) => r.series === DEVICE)) {
      const at = { x: x.apply(row.year!), y: y.apply(row.matched_year!) };
      const dot = drawn.dots.find((d) => Math.hypot(d.x - at.x, d.y - at.y) < 0.5);
      if (!dot) continue;
      const key = `${dot.x},${dot.y}`;
      const entry = byDot.get(key) ?? { ...at, names: [] };
      entry.names.push(tinyName(labelOf(row), true));
      byDot.set(key, entry);
    }
    return [...byDot.values()].map((dot) => ({
      state: state.label,
      dot,
      name: drawn.labels.find((l) => dot.names.some((n) => l.text === n || l.text.startsWith(`${n} +`))),
      leaders: drawn.leaders,
    }));
  });
}

describe('device-frontier v5: every machine named on a phone, by its dot or with a leader to it', () => {
  it('leaves out 1 name of 182 over the states, where v4 left out 63', () => {
    const omitted = (spec: AnyFigureSpec) => machineNames(spec).filter((m) => !m.name);
    expect(machineNames(v5)).toHaveLength(182);
    expect(omitted(v4)).toHaveLength(63);
    // The one: RTX 3090 at 10¹¹ tokens, its dot in the frame's bottom-left corner, RTX 4090's name beside it.
    expect(omitted(v5).map((m) => `${m.dot.names.join('/')} at ${m.state}`)).toEqual([
      'RTX 3090 at training_tokens = 100000000000',
    ]);
  });

  it('joins a name that stands off its dot to it by a leader from its box to 6 px short of the dot', () => {
    let joinedNames = 0;
    for (const { state, dot, name, leaders } of machineNames(v5)) {
      // Reach is 10 px from the label's padded box (2 px round the text): 12 px from its text.
      if (!name || gapTo(dot, name.box) <= 12.5) continue;
      joinedNames++;
      const own = leaders.filter(([, to]) => Math.abs(Math.hypot(to.x - dot.x, to.y - dot.y) - 6) < 0.05);
      const joined = own.filter(([from]) => gapTo(from, name.box) <= 2 * Math.SQRT2 + 0.01);
      expect(joined, `${name.text} at ${state}`).toHaveLength(1);
    }
    expect(joinedNames).toBeGreaterThan(20);
  });
});
