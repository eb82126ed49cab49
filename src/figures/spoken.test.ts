import { describe, expect, it } from 'vitest';
import { spokenParam } from './spoken.ts';

describe('spokenParam: a slider value as a screen reader says it', () => {
  it.each([
    [1000, 'US$', '1 thousand US dollars'],
    [2.5e9, 'US$', '2.5 billion US dollars'],
    [1, '×', '1 times'],
    [2.4, '×/yr', '2.4 times per year'],
    [0.5, '× meek horizon', '0.5 times meek horizon'],
    [2027, 'calendar year', '2027'],
    [3, 'months', '3 months'],
    [0.155, 'nats/token', '0.155 nats per token'],
    [7.12e17, 'FLOP', '7.12 times 10 to the 17 FLOP'],
    [1e-4, 'fraction', '1 times 10 to the minus 4 fraction'],
    [1, '0 NVIDIA, 1 Apple, 2 AMD / Framework', 'Apple'],
    [0, '0 gradual, 1 glut', 'gradual'],
    [1, '1 = open', '1, where 1 = open'],
    [-3, '', 'minus 3'],
  ])('%s %s → %s', (value, unit, spoken) => {
    expect(spokenParam(value, unit)).toBe(spoken);
  });

  it('never leaves a symbol a reader would spell out', () => {
    for (const unit of ['US$', '×', '×/yr', 'FLOP/US$', 'points/yr', 'GB/s']) {
      expect(spokenParam(1234.5, unit)).not.toMatch(/[$×/^]/);
    }
  });
});
