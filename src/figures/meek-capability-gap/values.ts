/** Values for meek-capability-gap's prose and labels: each a value in its unit, never a clause. */
import { formatNumber, formatYear } from '../format.ts';
import { HORIZON_YEARS, START_YEAR } from '../meek-loss-gap/model.ts';

/** Percentage points: "54 percentage points"; below a tenth of a point, "less than 0.1 percentage points". */
export function formatPoints(points: number): string {
  if (!(points >= 0.05)) return 'less than 0.1 percentage points';
  return `${formatNumber(points, 2)} percentage points`;
}

/** The calendar year a fractional year falls in: 2029.75 → "2029". */
export function formatScoreYear(year: number): string {
  return formatYear(Math.floor(year));
}

/**
 * When the gap in success is widest: at the start (it only shrinks), during the figure, or at its end
 * (still widening then).
 *
 * @example widestCase(2029.75) // 'during'
 */
export function widestCase(year: number): 'atStart' | 'during' | 'atEnd' {
  if (!(year > START_YEAR)) return 'atStart';
  return year < START_YEAR + HORIZON_YEARS ? 'during' : 'atEnd';
}
