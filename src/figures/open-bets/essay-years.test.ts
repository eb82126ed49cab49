/**
 * Incentives says "by 2030 it pays for <fixedBets2030> of them a year": the year is typed, and open-bets computes
 * the value, its label and the case that shows the sentence ('reached': the first bet comes by then) for a year of
 * its own. This test reads the typed year from the essay and fails when the figure's value is not the row the
 * figure draws at that year, when its label names another year, or when the case turns at another year, at every
 * reachable state of the latest version. It also checks that budget-frontier's bill and lag, printed beside its
 * byYear (BY_YEAR), are labelled for that year.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { figureDataFromDisk } from '../publishing/lock-files.ts';
import { figureParams, reachableStates } from '../reachable-states.ts';
import { BY_YEAR } from '../budget-frontier/anchor.ts';
import { getFigure } from '../registry.ts';

const ESSAY = readFileSync('src/content/essays/incentives-and-compute-cost.mdx', 'utf8').replace(/\s+/g, ' ');
const spec = getFigure('open-bets');
const data = figureDataFromDisk(spec);

describe('incentives’ “by 2030” is open-bets’ year', () => {
  const typed = [...ESSAY.matchAll(/by (\d{4}) it pays for <FigureValue figure="open-bets" value="fixedBets2030"/g)];
  const year = Number(typed[0]?.[1]);

  it('is typed once, before the value', () => {
    expect(typed).toHaveLength(1);
    expect(spec.values.fixedBets2030!.label).toContain(String(year));
  });

  it('is the year the value is read at and the case turns at, in every reachable state', () => {
    const problems: string[] = [];
    let reached = 0;
    for (const { label, params } of reachableStates([spec], {}, { steps: 3, random: 12, seed: 7 })) {
      const p = figureParams(spec, params);
      const rows = spec.table(p, data);
      const row = rows.find((r) => Math.abs(r.year! - year) < 1e-9)!;
      const value = spec.values.fixedBets2030!.compute(p, rows);
      if (Math.abs(value - row.fixed!) > 1e-9 * Math.max(1, row.fixed!))
        problems.push(`${label}: value ${value}, row at ${year} ${row.fixed}`);
      const first = spec.values.firstFixedYear!.compute(p, rows);
      const shown = spec.cases!.fixed!.compute(p, rows);
      if (Number.isFinite(first) && (shown === 'reached') !== first <= year)
        problems.push(`${label}: first bet ${first}, case ${shown}`);
      if (shown === 'reached') reached++;
    }
    expect(problems).toEqual([]);
    expect(reached).toBeGreaterThan(0);
  });
});

describe('incentives’ printed “by <byYear>” is the year budget-frontier computes its bill and lag at', () => {
  it('names BY_YEAR in the values and the case printed beside it', () => {
    const bf = getFigure('budget-frontier');
    expect(ESSAY).toContain('<FigureValue figure="budget-frontier" value="byYear" />');
    for (const label of [bf.values.bill2030!.label, bf.values.lag2030!.label, bf.cases!.lagIn2030!.label])
      expect(label).toContain(String(BY_YEAR));
  });
});
