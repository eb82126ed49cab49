import { describe, expect, it } from 'vitest';
import { drawnLabels } from '../../../tests/support/drawn-labels.ts';
import { gapTo } from '../layout/point-labels.ts';
import { figureDataFromDisk } from '../publishing/lock-files.ts';
import { figureParams } from '../reachable-states.ts';
import type { AnyFigureSpec } from '../spec.ts';
import { DATA_END } from './releases.ts';
import v6 from './v6.ts';
import v7 from './v7.ts';
import { widening } from './widening.ts';

const data = figureDataFromDisk(v7);
const FROM_YEARS = Array.from({ length: 12 }, (_, i) => 2012 + i);
/** Drawing widths from a 320 px phone's (260 to 300, as the island redraws it) to 1000 px, each in its build's proportions. */
const WIDTHS = [260, 290, 300, 340, 606, 1000].map((w) => [w, w < 520 ? 320 : 640] as const);
/** The legibility rule's reach (tests/browser/legibility/dot-names.ts DOT_NAME_PX). */
const NEAR = 32;

/**
 * How far from the date's drawn box its leader may start: the layout starts it at the box it reckons, padded 2 px
 * (place-label.ts), and reckons the date's two lines 2 × 1.15 em tall where Plot sets their baselines 1 em apart,
 * 0.15 em (1.8 px) taller than drawn; 1 px more for rounding.
 */
const LEADER_START = 2 + 0.15 * 12 + 1;

/** Per from-year, how the date stands from its step: joined by a leader that ends at the step, or its gap. */
function dateFromStep(spec: AnyFigureSpec, width: number, basis: number) {
  return FROM_YEARS.flatMap((from) => {
    const params = { ...figureParams(spec, {}), from_year: from };
    const open = widening(spec.table(params, data), DATA_END).openRecord;
    if (!open) return [];
    const { labels, leaders, scale } = drawnLabels(spec, params, data, width, basis);
    const date = labels.find((l) => l.text.startsWith('open record'));
    const step = { x: scale('x').apply(open.date), y: scale('y').apply(open.value) };
    if (!date) return [{ from, joined: false, gap: Infinity }];
    const leader = leaders.find(
      (l) => Math.hypot(l[1].x - step.x, l[1].y - step.y) <= 3 && gapTo(l[0], date.box) <= LEADER_START,
    );
    return [{ from, joined: leader !== undefined, gap: gapTo(step, date.box) }];
  });
}

describe('open-closed-compute v7: the open record’s date by its step at every width', () => {
  it('stands within 32 px of its step or is joined to it by a leader, 260 to 1000 px, every from-year', () => {
    for (const [width, basis] of WIDTHS)
      for (const { from, joined, gap } of dateFromStep(v7, width, basis))
        expect(joined || gap <= NEAR, `${width} px, from ${from}: ${Math.round(gap)} px, no leader`).toBe(true);
  });

  it('where v6 left it 40 to 79 px off with no leader, on a 320 px phone from 2020 on', () => {
    const away = dateFromStep(v6, 290, 320).filter(({ joined, gap }) => !joined && gap > NEAR);
    expect(away.map(({ from }) => from)).toEqual(expect.arrayContaining([2021, 2022, 2023]));
  });

  it('draws as v6 from 340 px up, where v6 already kept it within 30 px', () => {
    for (const [width, basis] of WIDTHS.filter(([w]) => w === 340 || w === 1000))
      expect(dateFromStep(v7, width, basis)).toEqual(dateFromStep(v6, width, basis));
  });
});
