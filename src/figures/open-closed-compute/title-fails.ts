/**
 * open-closed-compute's title, "Open models follow closed ones up the compute curve, about a year behind", is
 * written at its defaults, from 2018: a median of 16 months (issue 19: every claim at the state on screen). Over the
 * from-year slider the median runs from 14 to 24 months. "About a year" holds while the median is nearer one year
 * than two, under 18 months; from 18 months on it is nearer two years, as from 2012, 2013, 2015 and 2016. A window
 * with no median (fewer than half the closed records matched, or none) says so instead.
 *
 * @example lagTitleFails(2012, { months: 24.1, matched: 15, censored: 4 })
 *   // 'From 2012 on, open models take a median 24 months to match a closed record, nearer two years than one.'
 */
import { formatNumber } from '../format.ts';

/** Nearer two years than one from here: the midpoint, a year and a half. */
export const NEARER_TWO_YEARS_MONTHS = 18;

/** The window's lag: its median months (Infinity when not reached), records matched and not yet matched. */
export interface WindowLag {
  readonly months: number;
  readonly matched: number;
  readonly censored: number;
}

export function lagTitleFails(fromYear: number, lag: WindowLag): string | undefined {
  const from = `From ${fromYear} on`;
  if (lag.matched === 0) return `${from}, no closed compute record has been matched by an open model.`;
  if (!Number.isFinite(lag.months))
    return `${from}, fewer than half the closed compute records have been matched by an open model (${lag.censored} of ${lag.matched + lag.censored} not yet), so there is no median lag.`;
  if (lag.months < NEARER_TWO_YEARS_MONTHS) return undefined;
  return `${from}, open models take a median ${formatNumber(lag.months, 2)} months to match a closed record, nearer two years than one.`;
}
