/** open-bets v7 redraws v6's names only: the same parameters, table, values and cases (the essay reads the same). */
import { describe, expect, it } from 'vitest';
import { figureDataFromDisk } from '../publishing/lock-files.ts';
import { reachableStates } from '../reachable-states.ts';
import { getFigure } from '../registry.ts';
import { versionsDisagree } from '../versions-agree.ts';

describe('open-bets v7', () => {
  it('keeps v6’s model, values and cases in every sampled state', () => {
    const [v6, v7] = [getFigure('open-bets', 6), getFigure('open-bets', 7)];
    const states = reachableStates([v7], {}, { steps: 4, random: 24, seed: 1 });
    expect(versionsDisagree(v6, v7, states, figureDataFromDisk(v7))).toEqual([]);
  });
});
