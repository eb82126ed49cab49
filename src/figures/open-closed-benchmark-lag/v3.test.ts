/** open-closed-benchmark-lag v3 redraws v2's labels only: the same parameters, table, values and cases. */
import { describe, expect, it } from 'vitest';
import { figureDataFromDisk } from '../publishing/lock-files.ts';
import { reachableStates } from '../reachable-states.ts';
import { getFigure } from '../registry.ts';
import { versionsDisagree } from '../versions-agree.ts';

describe('open-closed-benchmark-lag v3', () => {
  it('keeps v2’s model, values and cases in every reachable state', () => {
    const [v2, v3] = [getFigure('open-closed-benchmark-lag', 2), getFigure('open-closed-benchmark-lag', 3)];
    const states = reachableStates([v3], {}, { steps: 6, random: 8, seed: 1 });
    expect(versionsDisagree(v2, v3, states, figureDataFromDisk(v3))).toEqual([]);
  });
});
