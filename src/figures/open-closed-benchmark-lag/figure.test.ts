/**
 * open-closed-benchmark-lag v2 against open-closed-benchmarks v2: the medians the essay states, records not yet
 * matched drawn as censored (hollow, with an arrow up), and a frame that stays put while the slider moves.
 */
import { describe, expect, it } from 'vitest';
import { figureDataFromDisk } from '../publishing/lock-files.ts';
import { getFigure } from '../registry.ts';
import { defaultParams, type TableRow } from '../spec.ts';

const spec = getFigure('open-closed-benchmark-lag', 2);
const data = figureDataFromDisk(spec);
const at = (from_year: number, width = 640) => {
  const params = { ...defaultParams(spec), from_year };
  const rows = spec.table(params, data) as TableRow[];
  const value = (name: string) => spec.values[name]!.compute(params, rows);
  const plot = spec.plot(params, rows, undefined, { width });
  return { params, rows, value, plot };
};
const YEARS = [2020, 2021, 2022, 2023, 2024, 2025];

describe('open-closed-benchmark-lag v2', () => {
  it('gives the Kaplan–Meier medians the essay states: 7.4 months over all records, 8.4 over those of 2025', () => {
    const all = at(2020);
    expect(all.value('medianLag')).toBeCloseTo(7.4252, 3);
    expect(all.value('medianLow')).toBeCloseTo(4.764, 2);
    expect(all.value('medianHigh')).toBeCloseTo(10.086, 2);
    expect([all.value('matchedCount'), all.value('unmatchedCount')]).toEqual([39, 18]);
    const recent = at(2025);
    expect(recent.value('medianLag')).toBeCloseTo(8.378, 2);
    expect([recent.value('matchedCount'), recent.value('unmatchedCount')]).toEqual([4, 10]);
    expect(spec.cases!.censoring!.compute(recent.params, recent.rows)).toBe('mostlyUnmatched');
    expect(spec.cases!.censoring!.compute(all.params, all.rows)).toBe('mostlyMatched');
  });

  it('keeps every record in the table and counts only those from the chosen year', () => {
    for (const year of YEARS) {
      const { rows, value } = at(year);
      expect(rows).toHaveLength(57);
      expect(value('recordCount')).toBe(rows.filter((r) => r.record_year! >= year).length);
    }
  });

  it('draws each unmatched record hollow with an arrow up from the months it had stood', () => {
    const { plot, rows } = at(2024);
    const marks = plot.marks as { ariaLabel?: string; data?: readonly TableRow[] }[];
    const arrows = marks.find((m) => m.ariaLabel === 'arrow')!.data!;
    const unmatched = rows.filter((r) => r.included === 1 && r.matched === 0);
    expect(arrows).toHaveLength(unmatched.length);
    expect(unmatched.length).toBe(17);
    // The recent ones had stood for months, not years: drawn as lags they would look like a falling trend.
    expect(Math.min(...unmatched.map((r) => r.lag_months!))).toBeLessThan(1);
  });

  it('has the same frame at every slider position, with whole-year ticks and no repeated label', () => {
    const frames = YEARS.map((year) => {
      const { plot } = at(year);
      return JSON.stringify({ x: (plot.x as { domain: number[] }).domain, y: (plot.y as { domain: number[] }).domain });
    });
    expect(new Set(frames).size).toBe(1);
    for (const width of [320, 640]) {
      const x = at(2025, width).plot.x as { ticks: number[]; tickFormat: (v: number) => string };
      const labels = x.ticks.map(x.tickFormat);
      expect(x.ticks.every(Number.isInteger)).toBe(true);
      expect(new Set(labels).size).toBe(labels.length);
      expect(labels.every((l) => /^\d{4}$/.test(l))).toBe(true);
    }
    const longest = Math.max(...at(2020).rows.map((r) => r.lag_months!));
    expect(longest).toBeLessThan((at(2020).plot.y as { domain: number[] }).domain[1]! - 2.5);
  });
});
