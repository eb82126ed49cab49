import { describe, expect, it } from 'vitest';
import { figureDataFromDisk } from '../publishing/lock-files.ts';
import { defaultParams } from '../spec.ts';
import spec from './v5.ts';

const data = figureDataFromDisk(spec);
const note = (p: Partial<Record<string, number>>) => {
  const params = { ...defaultParams(spec), ...p } as ReturnType<typeof defaultParams>;
  return spec.titleFails!(params, spec.table(params, data));
};

describe('open-bets: where its title fails', () => {
  it('holds at the defaults', () => expect(note({})).toBeUndefined());

  it('says a budget too small for one moving-target bet has none to run out', () => {
    expect(note({ budget: 1e5 })).toBe(
      'A budget of $100K a year pays for less than one bet on the moving target even in 2025, so there are none to run out.',
    );
  });

  it('says a fixed target never gets cheaper when neither hardware nor algorithms improve', () => {
    expect(note({ g_h: 1, g_a: 1, budget: 1e9 })).toBe(
      'Neither hardware nor algorithms improve at these settings, so a bet on the 2025 frontier never gets cheaper.',
    );
    expect(note({ g_h: 1, g_a: 1, budget: 1e5 })).toMatch(
      /even in 2025, and with neither hardware nor algorithms improving/,
    );
  });
});
