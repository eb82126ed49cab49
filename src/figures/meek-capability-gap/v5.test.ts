/**
 * meek-capability-gap v5: every drawing says how far apart its two lines are. The gap's marker ("Widest in 2028:
 * 35 points") is left out where the widest gap is half a point or less, and v4 then drew two lines under half a
 * pixel apart, named "Frontier" and "Meek", that read as one line with two names; v5 says they are drawn as one.
 */
import { describe, expect, it } from 'vitest';
import { reachableStates } from '../reachable-states.ts';
import { renderFigureSvg } from '../render-static.ts';
import type { AnyFigureSpec } from '../spec.ts';
import { versionsDisagree } from '../versions-agree.ts';
import v4 from './v4.ts';
import v5 from './v5.ts';

const states = reachableStates([v5], {}, { steps: 4, random: 24, seed: 1 });

/** The states, at a phone's width and the file's, whose drawing says nothing of how far apart the lines are. */
function silent(spec: AnyFigureSpec): string[] {
  return [320, 640].flatMap((width) =>
    states
      .filter(({ params }) => {
        const svg = renderFigureSvg(spec, { ...params } as never, {}, { width });
        return !/Widest in|drawn as one line/.test(svg.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '));
      })
      .map(({ label }) => `${width}: ${label}`),
  );
}

describe('meek-capability-gap v5', () => {
  it('keeps v4’s model, values and cases in every sampled state', () => {
    expect(versionsDisagree(v4, v5, states, {})).toEqual([]);
  });

  it('says how far apart the lines are in every sampled state, at 320 and 640 px', () => {
    expect(silent(v5)).toEqual([]);
  });

  it('v4 did not, with every slider at its minimum (0.14 points apart)', () => {
    expect(silent(v4)).toContain('320: every slider at its minimum');
    const svg = renderFigureSvg(
      v5,
      states.find((s) => s.label === 'every slider at its minimum')!.params as never,
      {},
      {
        width: 320,
      },
    );
    expect(svg.replace(/<[^>]+>/g, ' ')).toMatch(
      /Frontier and meek:\s+at most 0\.14 points apart,\s+drawn as one line/,
    );
  });
});
