import { describe, expect, it } from 'vitest';
import { drawnLabels } from '../../../tests/support/drawn-labels.ts';
import { gapTo } from '../layout/point-labels.ts';
import { figureDataFromDisk } from '../publishing/lock-files.ts';
import { figureParams, reachableStates } from '../reachable-states.ts';
import type { AnyFigureSpec } from '../spec.ts';
import { MAX_RATIO, SIZES, Y_MAX, Y_MIN, frontierOf, matched } from './trend.ts';
import v5 from './v5.ts';
import v6 from './v6.ts';

const data = figureDataFromDisk(v6);
const states = reachableStates([v6], {}, { steps: 2, random: 4, seed: 19 });
/** A phone's drawing (340 px, in the 320 px build's proportions) and a desktop's (606 px, in the 640's). */
const WIDTHS = [
  [340, 320],
  [606, 640],
] as const;
const drawn = (spec: AnyFigureSpec, params: Record<string, number>, width: number, basis: number) =>
  drawnLabels(spec, figureParams(spec, params), data, width, basis);

describe('over-training v6: the chosen model is always named or said off the axes', () => {
  it('names the chosen model beside its dot, by a leader, or in a note where the dot is off the axes', () => {
    for (const [width, basis] of WIDTHS)
      for (const state of states) {
        const { labels, dots, leaders } = drawn(v6, state.params, width, basis);
        const name = labels.find((l) => / on /.test(l.text));
        expect(name, `${width} px, ${state.label}`).toBeDefined();
        if (dots.length === 0) {
          expect(name!.text, `${width} px, ${state.label}`).toMatch(/^[▼▲←→] /);
          continue;
        }
        const joined = leaders.some((l) => gapTo(l[0], name!.box) <= 2 * Math.SQRT2 + 0.01);
        // Reach is 6 px from the label's padded box (2 px), beyond the dot's 5 px radius.
        expect(joined || gapTo(dots[0]!, name!.box) <= 5 + 8 + 0.5, `${width} px, ${state.label}`).toBe(true);
      }
  });

  it('says where the dot went when v5 dropped its name, every slider at its minimum', () => {
    const min = states.find((s) => s.label === 'every slider at its minimum')!;
    expect(drawn(v5, min.params, 340, 320).labels.some((l) => / on /.test(l.text))).toBe(false);
    const note = drawn(v6, min.params, 340, 320).labels.find((l) => / on /.test(l.text));
    expect(note?.text).toBe('▼ 0.4B on 1×10¹¹\nmatches a frontier before 2012');
  });

  it('names each size at its own line’s end, or joins it there by a leader', () => {
    for (const [width, basis] of WIDTHS)
      for (const state of states) {
        const params = figureParams(v6, state.params);
        const { labels, leaders, scale } = drawn(v6, state.params, width, basis);
        const frontier = frontierOf(v6.table(params, data), params);
        for (const size of SIZES) {
          const year = matched(size, MAX_RATIO * size, frontier);
          if (year < Y_MIN || year > Y_MAX) continue;
          const end = { x: scale('x').apply(MAX_RATIO), y: scale('y').apply(year) };
          const name = labels.find((l) => l.text === `${size / 1e9}B`);
          const where = `${width} px, ${state.label}, ${size / 1e9}B`;
          expect(name, where).toBeDefined();
          const joined = leaders.some(
            (l) => gapTo(l[0], name!.box) <= 2 * Math.SQRT2 + 0.01 && gapTo(l[1], name!.box) > 0,
          );
          // END_REACH is 4 px from the padded box: 6 px from the text's.
          expect(joined || gapTo(end, name!.box) <= 6.5, where).toBe(true);
        }
      }
  });
});
