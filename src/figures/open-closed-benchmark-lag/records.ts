/**
 * Each new closed record on a benchmark, with when it was set and how many
 * months open-weights models took to match it: the same rule as
 * closedRecordCatchUps (src/data/estimates/open-closed-lag.ts, Epoch AI 2024's
 * framing), keeping the dates so a figure can plot them. A test checks that
 * the matched lags are exactly those of closedRecordCatchUps.
 */
import type { Release } from '../../data/estimates/open-closed-lag.ts';

export interface ClosedRecord {
  /** Decimal year the closed record was set. */
  readonly date: number;
  /** Months until an open model matched it (0 if one already had); undefined if none has. */
  readonly lagMonths: number | undefined;
}

export function closedRecords(releases: readonly Release[]): ClosedRecord[] {
  const sorted = [...releases].sort((a, b) => a.date - b.date || b.value - a.value);
  const open = sorted.filter((r) => r.open);
  let closedBest = -Infinity;
  const records: ClosedRecord[] = [];
  for (const release of sorted) {
    if (release.open || release.value <= closedBest) continue;
    closedBest = release.value;
    const match = open.find((o) => o.value >= release.value);
    records.push({ date: release.date, lagMonths: match ? Math.max(0, (match.date - release.date) * 12) : undefined });
  }
  return records;
}
