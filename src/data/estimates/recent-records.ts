/**
 * The recent end of the open–closed compute race, which a median lag hides:
 * the closed records no open model has matched (the unbroken run of them at
 * the end of the data), and how long the open record has stood. Epoch AI's
 * 2024 report ("How far behind are open models?") measures the lag from the
 * closed side; a censored median over the whole window can stay short while
 * every recent record is still unmatched, so the figure and its prose say both.
 */
import { closedRecordSpells, type Release } from './open-closed-lag.ts';

export interface RecentRecords<R extends Release = Release> {
  /** The closed records at the end of the data that no open model has matched, oldest first. */
  readonly unmatched: readonly R[];
  /** The latest open record (the open side's best so far), if any. */
  readonly openRecord?: R;
  /** Months the open record has stood, to `end`. */
  readonly openRecordMonths: number;
}

/**
 * The trailing run of unmatched closed records and the open record's age at `end` (decimal year).
 *
 * @example recentRecords([{ date: 2024, value: 5, open: false }, { date: 2024.5, value: 3, open: true }], 2026).unmatched.length // 1
 */
export function recentRecords<R extends Release>(releases: readonly R[], end: number): RecentRecords<R> {
  const spells = closedRecordSpells(releases, end);
  let first = spells.length;
  while (first > 0 && !spells[first - 1]!.event) first--;
  let openRecord: R | undefined;
  for (const r of [...releases].filter((x) => x.open).sort((a, b) => a.date - b.date)) {
    if (!openRecord || r.value > openRecord.value) openRecord = r;
  }
  return {
    unmatched: spells.slice(first).map((s) => s.record),
    ...(openRecord ? { openRecord } : {}),
    openRecordMonths: openRecord ? Math.max(0, (end - openRecord.date) * 12) : NaN,
  };
}
