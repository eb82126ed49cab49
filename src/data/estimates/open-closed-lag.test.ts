import { describe, expect, it } from 'vitest';
import {
  closedRecordCatchUps,
  closedRecordSpells,
  medianCatchUpMonths,
  medianLagMonths,
  openRecordLags,
} from './open-closed-lag.ts';

describe('open-closed lags', () => {
  it('measures the lag from each new open record to the first closed model at that level', () => {
    const releases = [
      { date: 2020, value: 10, open: false },
      { date: 2020.5, value: 100, open: false },
      { date: 2021, value: 10, open: true }, // 12 months behind the closed 10
      { date: 2021.25, value: 5, open: true }, // not a record
      { date: 2022, value: 100, open: true }, // 18 months behind the closed 100
      { date: 2022.5, value: 1000, open: true }, // ahead of every closed model: 0
    ];
    expect(openRecordLags(releases).map((m) => Math.round(m))).toEqual([12, 18, 0]);
    expect(Math.round(medianLagMonths(releases))).toBe(12);
  });

  const releases = [
    { date: 2020, value: 10, open: false },
    { date: 2020.5, value: 100, open: false },
    { date: 2021, value: 10, open: true }, // matches the first closed record after 12 months
    { date: 2022, value: 150, open: true }, // matches the second after 18 months
    { date: 2023, value: 1000, open: false }, // not matched yet: censored
  ];

  it('measures, for each closed record, the months until an open model matched it', () => {
    expect(closedRecordCatchUps(releases)).toEqual({ lags: [12, 18], unmatched: 1 });
    expect(medianCatchUpMonths(releases)).toBe(15);
  });

  it('keeps the unmatched record as censored at the end date', () => {
    const spells = closedRecordSpells(releases, 2024);
    expect(spells.map((s) => [s.record.value, Math.round(s.months), s.event])).toEqual([
      [10, 12, true],
      [100, 18, true],
      [1000, 12, false],
    ]);
    expect(spells[0]!.match).toBe(releases[2]);
    expect(spells[2]!.match).toBeUndefined();
  });

  it('counts a record an open model already reached as matched at 0 months', () => {
    const spells = closedRecordSpells(
      [
        { date: 2019, value: 50, open: true },
        { date: 2020, value: 40, open: false },
      ],
      2021,
    );
    expect(spells).toMatchObject([{ months: 0, event: true }]);
  });
});
