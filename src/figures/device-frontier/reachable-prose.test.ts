/**
 * Every value the edge essay shows reads as a value in every state a reader can reach on its page (each slider
 * at both ends and steps between, seeded random combinations): no NaN, ∞, '–', grouped year or clause. A value
 * the essay shows only inside one <When> is checked only in the states where that option holds, as the page
 * shows it (the essay's <FigureCases> are listed here by the values they hold).
 */
import { describe, expect, it } from 'vitest';
import deviceFit from '../device-fit/v2.ts';
import overTraining from '../over-training/v2.ts';
import { figureDataFromDisk } from '../publishing/lock-files.ts';
import { figureParams, reachableStates } from '../reachable-states.ts';
import type { AnyFigureSpec } from '../spec.ts';
import deviceFrontier from './v2.ts';

const SPECS: readonly AnyFigureSpec[] = [deviceFit, deviceFrontier, overTraining];

/** Values the essay shows only where a case has an option: value → [case, option]. */
const SHOWN_ONLY_WHEN: Readonly<Record<string, Readonly<Record<string, readonly [string, string]>>>> = {
  'device-fit': { activeShare: ['density', 'sparse'] },
  'device-frontier': {
    rtx5090Lag: ['rtx5090', 'longer within'],
    machinesOnDiagonal: ['diagonal', 'some'],
    machineCount: ['diagonal', 'some'],
    home2030Gap: ['ownYear', 'trails'],
    home2030YearWithoutAlgorithms: ['algorithms', 'decides moves'],
    neededTokens: ['tokensLever', 'found'],
    neededMemoryGrowth: ['memoryLever', 'found'],
  },
};

const BROKEN = /NaN|Infinity|∞|undefined|^–|–×|\b\d,\d{3}\.\d|\b20\d\d,|^$/;

describe('the edge essay’s values in every reachable state', () => {
  const states = reachableStates(SPECS, {}, { steps: 4, random: 24, seed: 7 });

  it('visits the slider ends of every figure on the page', () => {
    expect(states.length).toBeGreaterThan(60);
  });

  it.each(SPECS.map((spec) => [spec.id, spec] as const))('%s', (id, spec) => {
    const data = figureDataFromDisk(spec);
    const problems: string[] = [];
    for (const state of states) {
      const params = figureParams(spec, state.params);
      const rows = spec.table(params, data);
      const options = Object.fromEntries(
        Object.entries(spec.cases ?? {}).map(([name, c]) => {
          const option = c.compute(params, rows);
          if (!c.options.includes(option)) problems.push(`${state.label}: case ${name} gave ${option}`);
          return [name, option];
        }),
      );
      for (const [name, value] of Object.entries(spec.values)) {
        const when = SHOWN_ONLY_WHEN[id]?.[name];
        if (when && !when[1].split(' ').includes(options[when[0]]!)) continue;
        const text = value.format(value.compute(params, rows));
        if (BROKEN.test(text)) problems.push(`${state.label}: ${name} reads “${text}”`);
      }
    }
    expect(problems).toEqual([]);
  });
});
