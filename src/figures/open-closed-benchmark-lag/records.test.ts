import { describe, expect, it } from 'vitest';
import { closedRecordCatchUps } from '../../data/estimates/open-closed-lag.ts';
import { decimalYear } from '../../data/estimates/decimal-year.ts';
import { figureDataFromDisk } from '../publishing/lock-files.ts';
import { getFigure } from '../registry.ts';
import { BENCHMARKS } from './figure.ts';
import { closedRecords } from './records.ts';

interface Score {
  benchmark: string;
  date: string;
  score: number;
  open: boolean;
}

describe('closed records with their dates', () => {
  const spec = getFigure('open-closed-benchmark-lag', 1);
  const scores = figureDataFromDisk(spec)['open-closed-benchmarks'] as Score[];

  it.each(BENCHMARKS)('%s: the matched lags are those the published estimates use', (benchmark) => {
    const releases = scores
      .filter((s) => s.benchmark === benchmark)
      .map((s) => ({ date: decimalYear(s.date), value: s.score, open: s.open }));
    const records = closedRecords(releases);
    const { lags, unmatched } = closedRecordCatchUps(releases);
    expect(records.flatMap((r) => (r.lagMonths === undefined ? [] : [r.lagMonths]))).toEqual(lags);
    expect(records.filter((r) => r.lagMonths === undefined)).toHaveLength(unmatched);
  });

  it('counts a record matched by an earlier open model as 0 months', () => {
    const records = closedRecords([
      { date: 2020, value: 5, open: true },
      { date: 2021, value: 4, open: false },
      { date: 2022, value: 6, open: false },
    ]);
    expect(records).toEqual([
      { date: 2021, lagMonths: 0 },
      { date: 2022, lagMonths: undefined },
    ]);
  });
});
