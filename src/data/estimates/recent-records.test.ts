import { describe, expect, it } from 'vitest';
import { recentRecords } from './recent-records.ts';

const closed = (date: number, value: number) => ({ date, value, open: false });
const open = (date: number, value: number) => ({ date, value, open: true });

describe('recentRecords', () => {
  it('returns the unbroken run of unmatched closed records at the end, and the open record’s age', () => {
    const recent = recentRecords(
      [closed(2020, 1), open(2021, 2), closed(2022, 3), closed(2023, 4), open(2023.5, 3.5)],
      2025,
    );
    // 3 is matched by the open 3.5; 4 is not.
    expect(recent.unmatched.map((r) => r.value)).toEqual([4]);
    expect(recent.openRecord!.value).toBe(3.5);
    expect(recent.openRecordMonths).toBeCloseTo(18, 9);
  });
  it('stops at the latest matched record, even when an earlier one is unmatched', () => {
    const recent = recentRecords([closed(2020, 5), open(2021, 1), closed(2022, 6), open(2022.5, 6)], 2024);
    expect(recent.unmatched).toEqual([]);
  });
  it('has no open record when no open model is given', () => {
    const recent = recentRecords([closed(2020, 1)], 2021);
    expect(recent.openRecord).toBeUndefined();
    expect(recent.unmatched.length).toBe(1);
    expect(Number.isNaN(recent.openRecordMonths)).toBe(true);
  });
});
