import { describe, expect, it } from 'vitest';
import { figureDataFromDisk } from '../publishing/lock-files.ts';
import { defaultParams } from '../spec.ts';
import v1 from './v1.ts';
import v2 from './v2.ts';
import v3 from './v3.ts';
import v4 from './v4.ts';

describe('over-training v2', () => {
  const data = figureDataFromDisk(v2);
  const chosen = (g_a: number) => {
    const p = { ...defaultParams(v2), g_a };
    return v2.values.chosenYear!.compute(p, v2.table(p, data));
  };

  it('dates a model trained now later with algorithmic progress, as device-frontier does', () => {
    expect(chosen(2.8)).toBeGreaterThan(chosen(1));
    expect(chosen(10)).toBeGreaterThan(chosen(2.8));
    // A model trained now never passes the frontier of now.
    expect(chosen(10)).toBeLessThan(2025.6);
  });

  it('reproduces v1’s dating at gₐ = 1 and v1’s growth', () => {
    const p1 = defaultParams(v1);
    const p = { ...defaultParams(v2), g_a: 1, frontier_compute_growth: p1.frontier_compute_growth };
    expect(v2.values.chosenYear!.compute(p, v2.table(p, data))).toBeCloseTo(
      v1.values.chosenYear!.compute(p1, v1.table(p1, data)),
      9,
    );
  });

  it('rounds years instead of flooring them', () => {
    expect(v2.values.chosenYear!.format(2022.6)).toBe('2023');
  });
});

describe('over-training v4', () => {
  const data = figureDataFromDisk(v4);

  it('keeps v3’s values (its prose reads the same) and draws its texts after the lines, rules and dot', () => {
    const p = defaultParams(v4);
    const [rows3, rows4] = [v3.table(p, data), v4.table(p, data)];
    for (const [name, value] of Object.entries(v4.values))
      expect(value.compute(p, rows4), name).toBe(v3.values[name]!.compute(p, rows3));
    const kinds = (v4.plot(p, rows4, undefined, { width: 390 }).marks as { ariaLabel?: string }[]).map(
      (m) => m.ariaLabel,
    );
    const firstText = kinds.indexOf('text');
    expect(firstText).toBeGreaterThan(
      Math.max(kinds.lastIndexOf('line'), kinds.lastIndexOf('rule'), kinds.indexOf('dot')),
    );
  });
});
