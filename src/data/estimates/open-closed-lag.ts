/**
 * How far open-weights models lag closed models, in months, measured on any
 * quantity where more is better (training compute, a benchmark score).
 *
 * Method (after Epoch AI 2024, "How far behind are open models?"): for each
 * open model that set a new open record, find the first date on which a
 * closed model had already reached that level; the lag is the time between
 * the two. The summary is the median over records. Open records no closed
 * model had reached count as a lag of zero.
 */
export interface Release {
  /** Decimal year. */
  readonly date: number;
  readonly value: number;
  readonly open: boolean;
}

/** Lags in months of each new open record behind the first closed model at that level. */
export function openRecordLags(releases: readonly Release[]): number[] {
  const sorted = [...releases].sort((a, b) => a.date - b.date || b.value - a.value);
  const closedRecords: Release[] = [];
  let closedBest = -Infinity;
  let openBest = -Infinity;
  const lags: number[] = [];
  for (const release of sorted) {
    if (!release.open) {
      if (release.value > closedBest) {
        closedBest = release.value;
        closedRecords.push(release);
      }
      continue;
    }
    if (release.value <= openBest) continue;
    openBest = release.value;
    const firstClosed = closedRecords.find((closed) => closed.value >= release.value);
    lags.push(firstClosed ? Math.max(0, (release.date - firstClosed.date) * 12) : 0);
  }
  return lags;
}

/**
 * Median lag in months over the open records.
 *
 * @example medianLagMonths([{ date: 2020, value: 10, open: false }, { date: 2021, value: 10, open: true }]) // 12
 */
export function medianLagMonths(releases: readonly Release[]): number {
  const lags = openRecordLags(releases).sort((a, b) => a - b);
  if (lags.length === 0) return NaN;
  const mid = lags.length / 2;
  return lags.length % 2 ? lags[Math.floor(mid)]! : (lags[mid - 1]! + lags[mid]!) / 2;
}
