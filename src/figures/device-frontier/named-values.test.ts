import { describe, expect, it } from 'vitest';
import { figureDataFromDisk } from '../publishing/lock-files.ts';
import { defaultParams, type Params } from '../spec.ts';
import type { Key } from './params.ts';
import v1 from './v1.ts';
import v2 from './v2.ts';

const data = figureDataFromDisk(v2);
const at = (over: Partial<Params<Key>> = {}) => {
  const params = { ...defaultParams(v2), ...over } as Params<Key>;
  const rows = v2.table(params, data);
  const value = (name: string) => v2.values[name]!.compute(params, rows);
  const text = (name: string) => v2.values[name]!.format(value(name));
  const option = (name: string) => v2.cases![name]!.compute(params, rows);
  return { params, rows, value, text, option };
};

describe('device-frontier v2: algorithmic progress on both sides (issue 20.1)', () => {
  it('takes gₐ and frontier growth from the registry', () => {
    expect(v2.params.g_a.default).toBe(2.8);
    expect(v2.params.frontier_compute_growth.default).toBe(4.6);
    expect('g_a' in v1.params).toBe(false);
  });

  it('answers yes at the defaults: the 2030 home machine matches the frontier of late 2026', () => {
    const s = at();
    expect(s.value('home2030Year')).toBeGreaterThan(2026.3);
    expect(s.value('home2030Year')).toBeLessThan(2027);
    expect(s.option('anchorMatch')).toBe('matches');
    expect(s.option('ownYear')).toBe('trails');
    expect(s.option('fitSpread')).toBe('same');
    expect(s.text('home2030Gap')).toMatch(/^\d(\.\d)? years$/);
  });

  it('reverses without algorithmic progress, which is v1’s answer', () => {
    const s = at({ g_a: 1 });
    expect(s.value('home2030Year')).toBeLessThan(2025);
    expect(s.option('anchorMatch')).toBe('short');
    expect(s.option('algorithms')).toBe('none');
    expect(at().option('algorithms')).toBe('decides');
    expect(at({ training_tokens: 1e15 }).option('algorithms')).toBe('moves');
    expect(at().value('home2030YearWithoutAlgorithms')).toBeCloseTo(s.value('home2030Year'), 9);
    // v1 at its own defaults (4.7×, no gₐ) said 2024.
    const p1 = defaultParams(v1);
    expect(Math.floor(v1.values.home2030Year!.compute(p1, v1.table(p1, data)))).toBe(2024);
  });

  it('counts the machines on or above the same-year diagonal (three at the defaults)', () => {
    const s = at();
    const above = s.rows.filter((r) => r.series === 0 && r.matched_year! >= r.year!).length;
    expect(s.value('machinesOnDiagonal')).toBe(above);
    expect(above).toBe(3);
    expect(s.option('diagonal')).toBe('some');
  });

  it('solves the levers of the Believe box, and says when none exists', () => {
    const s = at();
    const tokens = s.value('neededTokens');
    expect(at({ training_tokens: tokens * 1.05 }).option('anchorMatch')).toBe('matches');
    expect(at({ training_tokens: tokens / 1.05 }).option('anchorMatch')).toBe('short');
    // At the defaults even a 128 GB machine that never grows matches the 2025 frontier in 2030.
    expect(s.option('memoryLever')).toBe('none');
    const slow = at({ g_a: 1 });
    const growth = slow.value('neededMemoryGrowth');
    expect(slow.option('memoryLever')).toBe('found');
    expect(at({ g_a: 1, memory_growth: growth + 0.02 }).option('anchorMatch')).toBe('matches');
  });

  it('states the data as local-devices has it: prices rose while memory grew (issue 20.11)', () => {
    const s = at();
    expect(s.text('rtx3090Price')).toBe('$1,499');
    expect(s.text('frameworkPrice')).toBe('$1,999');
    expect(s.text('sparkPrice')).toBe('$3,999');
    expect(s.text('frameworkSaving')).toBe('50%');
    expect(s.value('memoryGrowthPerMachine')).toBeCloseTo((128 / 24) ** (1 / 5), 9);
    expect(s.value('memoryPerDollarGrowthFramework')).toBeCloseTo((128 / 1999 / (24 / 1499)) ** (1 / 5), 9);
    expect(s.value('memoryPerDollarGrowthSpark')).toBeCloseTo((128 / 3999 / (24 / 1499)) ** (1 / 5), 9);
  });

  it('formats values, never clauses, and rounds years', () => {
    const s = at();
    expect(s.text('sparkYear')).toMatch(/^20\d\d$/);
    expect(s.text('home2030Year')).toMatch(/^20\d\d\.\d$/);
    expect(s.text('home2030Memory')).toMatch(/^\d+ GB$/);
    expect(s.text('rtx5090Lag')).toMatch(/^\d+(\.\d)? years?$/);
    expect(s.option('rtx5090')).toBe('longer');
    expect(at({ g_a: 10, training_tokens: 1e15 }).option('rtx5090')).not.toBe('longer');
  });
});
