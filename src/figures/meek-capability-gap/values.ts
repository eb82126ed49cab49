/** Values for meek-capability-gap's prose and labels: each a value in its unit, never a clause. */
import { formatNumber, formatYear } from '../format.ts';
import { HORIZON_YEARS, START_YEAR } from '../meek-loss-gap/model.ts';
import type { TableRow } from '../spec.ts';

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

/** The largest gap in success and when it comes, from the rows. */
export function widest(rows: readonly TableRow[]) {
  let best = rows[0]!;
  for (const row of rows) if ((row.success_gap ?? 0) > (best.success_gap ?? 0)) best = row;
  return best;
}

/**
 * Percentage points, singular when they print as exactly one: "1 percentage point". formatPoints stays as published,
 * since the published versions' descriptions print with it.
 *
 * @example formatCountedPoints(1) // '1 percentage point'
 */
export function formatCountedPoints(points: number): string {
  const text = formatPoints(points);
  return text === '1 percentage points' ? '1 percentage point' : text;
}

/**
 * One whole sentence for when the gap in success is widest: the description's (with formatPoints, as published),
 * and the title's note when the gap is widest at the start (with formatCountedPoints).
 *
 * @example widestSentence(rows) // 'The gap is widest in 2028, at 35 percentage points, and is 0.46 percentage points in 2045.'
 */
export function widestSentence(rows: readonly TableRow[], points = formatPoints): string {
  const top = widest(rows);
  const end = rows[rows.length - 1]!;
  const endYear = formatYear(START_YEAR + HORIZON_YEARS);
  return {
    atStart: `The gap is widest at the start, at ${points((top.success_gap ?? 0) * 100)}, and shrinks from then on.`,
    during: `The gap is widest in ${formatScoreYear(top.year ?? START_YEAR)}, at ${points((top.success_gap ?? 0) * 100)}, and is ${points((end.success_gap ?? 0) * 100)} in ${endYear}.`,
    atEnd: `The gap is still widening in ${endYear}, when it is ${points((end.success_gap ?? 0) * 100)}.`,
  }[widestCase(top.year ?? START_YEAR)];
}
