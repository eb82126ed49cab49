import { describe, expect, it } from 'vitest';
import { drawnLabels } from '../../../tests/support/drawn-labels.ts';
import { figureDataFromDisk } from '../publishing/lock-files.ts';
import { figureParams, reachableStates } from '../reachable-states.ts';
import { offAxisNotes } from './off-axis-notes.ts';
import type { TableRow } from '../spec.ts';
import v6 from './v6.ts';
import v7 from './v7.ts';

const data = figureDataFromDisk(v7);
// More states than the legibility test's: v6 lost the RTX 3090's name in a few random combinations on a phone.
const states = reachableStates([v7], {}, { steps: 4, random: 24, seed: 19 });
/** 320 to 1280 px screens: each drawing width in its build width's proportions. */
const WIDTHS = [
  [290, 320],
  [340, 320],
  [500, 320],
  [606, 640],
  [1000, 640],
] as const;

describe('device-frontier v7: the RTX 3090, which the essay names, is always named', () => {
  it(
    'names it beside its dot or in the note for machines off the axis, in every state at every width',
    { timeout: 120_000 },
    () => {
      for (const [width, basis] of WIDTHS)
        for (const state of states) {
          const { labels } = drawnLabels(v7, figureParams(v7, state.params), data, width, basis);
          const named = labels.some((l) => l.text === 'RTX 3090' || /RTX 3090|^▼ All \d+ machines/.test(l.text));
          expect(named, `${width} px, ${state.label}`).toBe(true);
        }
    },
  );

  it('where v6 left it out on a phone', () => {
    const lost = states.filter((state) => {
      const { labels } = drawnLabels(v6, figureParams(v6, state.params), data, 340, 320);
      return !labels.some((l) => /RTX 3090/.test(l.text)) && !labels.some((l) => /^▼ 9 machines/.test(l.text));
    });
    expect(lost.length).toBeGreaterThan(0);
  });
});

describe('offAxisNotes', () => {
  const machine = (name: string, matched: number) => ({ label: name, matched_year: matched }) as unknown as TableRow;
  const at = { below: 2019.5, above: 2031.5 };
  const nameOf = (m: TableRow) => (m as unknown as { label: string }).label;
  const machines = [machine('RTX 3090', 2016), machine('RTX 4090', 2017), machine('M3 Ultra', 2019)];

  it('v6 counts the machines off each end, at the foot’s left and the head’s right', () => {
    expect(offAxisNotes(machines, [2018, 2032], at).map((n) => [n.text, n.x])).toEqual([
      ['▼ 2 machines match a frontier before 2018', 2019.5],
    ]);
    expect(offAxisNotes([machine('Spark', 2033)], [2018, 2032], at).map((n) => [n.text, n.x])).toEqual([
      ['▲ 1 machine matches a frontier after 2032', 2031.5],
    ]);
  });

  it('v7 names the essay’s machines among them, over where they are, at the right', () => {
    const names = { named: ['RTX 3090', 'Spark'], nameOf };
    expect(offAxisNotes(machines, [2018, 2032], at, names).map((n) => [n.text, n.x])).toEqual([
      ['▼ RTX 3090 and 1 more\nmatch a frontier before 2018', 2031.5],
    ]);
    expect(offAxisNotes(machines.slice(0, 1), [2018, 2032], at, names)[0]!.text).toBe(
      '▼ RTX 3090\nmatches a frontier before 2018',
    );
    expect(offAxisNotes(machines, [2020, 2032], at, names)[0]!.text).toBe(
      '▼ All 3 machines\nmatch a frontier before 2020',
    );
    expect(offAxisNotes([machine('RTX 4090', 2016), machines[2]!], [2018, 2032], at, names)[0]!.text).toBe(
      '▼ 1 machine\nmatches a frontier before 2018',
    );
  });
});
