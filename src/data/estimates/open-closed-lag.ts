/**
 * How far open-weights models lag closed models, in months, measured on any
 * quantity where more is better (training compute, a benchmark score). Two
 * views of one question: from the open side (how long ago a closed model first
 * reached each new open record) and from the closed side (how long open models
 * took to match each new closed record, the framing of Epoch AI 2024, "How far
 * behind are open models?"). The published estimates use the closed side.
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

/**
 * The closed side of the same question, as Epoch AI's 2024 report frames it:
 * for each new closed record, the months until an open-weights model first
 * matched it (0 when an open model already had). Records no open model has
 * matched yet are censored and left out; `unmatched` counts them.
 */
export function closedRecordCatchUps(releases: readonly Release[]): { lags: number[]; unmatched: number } {
  const sorted = [...releases].sort((a, b) => a.date - b.date || b.value - a.value);
  const open = sorted.filter((r) => r.open);
  let closedBest = -Infinity;
  const lags: number[] = [];
  let unmatched = 0;
  for (const release of sorted) {
    if (release.open || release.value <= closedBest) continue;
    closedBest = release.value;
    const match = open.find((o) => o.value >= release.value);
    if (!match) unmatched++;
    else lags.push(Math.max(0, (match.date - release.date) * 12));
  }
  return { lags, unmatched };
}

/**
 * Median months for open models to match a closed record.
 *
 * @example medianCatchUpMonths([{ date: 2020, value: 10, open: false }, { date: 2021, value: 11, open: true }]) // 12
 */
export function medianCatchUpMonths(releases: readonly Release[]): number {
  const lags = closedRecordCatchUps(releases).lags.sort((a, b) => a - b);
  if (lags.length === 0) return NaN;
  const mid = lags.length / 2;
  return lags.length % 2 ? lags[Math.floor(mid)]! : (lags[mid - 1]! + lags[mid]!) / 2;
}

/** A closed record and how long open models took to match it, or how long it has stood unmatched. */
export interface ClosedRecordSpell<R extends Release = Release> {
  readonly record: R;
  /** The first open release at or above the record (it may predate the record: then the lag is 0). */
  readonly match?: R;
  /** Months from the record to its match, or to `end` when unmatched (censored). */
  readonly months: number;
  /** true when matched; false when right-censored at `end`. */
  readonly event: boolean;
}

/**
 * Each new closed record as a survival observation: matched records are
 * events at their catch-up time; records no open model has matched by `end`
 * (the data's last date, decimal year) are right-censored at end − record date.
 *
 * @example closedRecordSpells([{ date: 2020, value: 10, open: false }], 2022)[0] // { record: …, months: 24, event: false }
 */
export function closedRecordSpells<R extends Release>(releases: readonly R[], end: number): ClosedRecordSpell<R>[] {
  const sorted = [...releases].sort((a, b) => a.date - b.date || b.value - a.value);
  const open = sorted.filter((r) => r.open);
  let closedBest = -Infinity;
  const spells: ClosedRecordSpell<R>[] = [];
  for (const record of sorted) {
    if (record.open || record.value <= closedBest) continue;
    closedBest = record.value;
    const match = open.find((o) => o.value >= record.value);
    if (match) spells.push({ record, match, months: Math.max(0, (match.date - record.date) * 12), event: true });
    else spells.push({ record, months: Math.max(0, (end - record.date) * 12), event: false });
  }
  return spells;
}
