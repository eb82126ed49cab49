/** Words for meek-capability-gap's prose values (see tests/figures/value-words.test.ts). */
import { formatNumber } from '../format.ts';
import { HORIZON_YEARS, START_YEAR } from '../meek-loss-gap/model.ts';

/** Percentage points: "54 percentage points"; tiny gaps in words. */
export function formatPoints(points: number): string {
  if (!(points >= 0.05)) return 'less than 0.1 percentage points';
  return `${formatNumber(points, 2)} percentage points`;
}

/** The year the gap is widest; at the horizon it may still be widening. */
export function formatScoreYear(year: number): string {
  if (!(year < START_YEAR + HORIZON_YEARS)) return `${START_YEAR + HORIZON_YEARS} or later: still widening then`;
  if (!(year > START_YEAR)) return `${START_YEAR}: already shrinking`;
  return String(Math.floor(year));
}

/** Years after the loss gap's peak; never a negative duration. */
export function formatYearsAfter(years: number): string {
  if (!Number.isFinite(years)) return 'never: the loss gap itself never peaks';
  if (Math.abs(years) < 0.05) return 'at the same time';
  const amount = `${formatNumber(Math.abs(years), 2)} ${Math.abs(years) === 1 ? 'year' : 'years'}`;
  return years > 0 ? `${amount} later` : `${amount} earlier`;
}
