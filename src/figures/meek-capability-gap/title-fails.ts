/**
 * meek-capability-gap's title, "In benchmark points the frontier’s lead rises higher, and later, than in loss", is
 * written at its defaults, where the gap in points is widest in 2028, a little after the loss gap of the same
 * scenario peaks (issue 19: every claim at the state on screen). It is false where the gap in points does not rise
 * at all (the widest case 'atStart': a large head start, often with many steps), and where it is widest no later
 * than the gap in loss: a large meek budget puts both actors higher up the benchmark's S-curve, so the gap in points
 * peaks sooner, while the loss gap's peak does not depend on the budget; and with no shared progress the loss gap
 * never stops widening. "Higher" compares points with nats and is not tested: the two scales have no common unit.
 *
 * @example capabilityGapTitleFails({ ...defaults, budget: 6.31e6 }, rows)
 *   // 'In points the gap is widest 1.8 years after the start, no later than the gap in loss, which peaks 3.3 years after it.'
 */
import { formatYear, quantity } from '../format.ts';
import { HORIZON_YEARS, START_YEAR, peak, type AnyParams } from '../meek-loss-gap/model.ts';
import type { TableRow } from '../spec.ts';
import { formatCountedPoints, formatScoreYear, widest, widestCase, widestSentence } from './values.ts';

export function capabilityGapTitleFails(p: AnyParams, rows: readonly TableRow[]): string | undefined {
  const year = widest(rows).year ?? START_YEAR;
  const when = widestCase(year);
  // The gap in points does not rise: the description's sentence says it shrinks from the start.
  if (when === 'atStart') return widestSentence(rows, formatCountedPoints);
  const lossPeak = peak(p, 'paper-start').years;
  if (lossPeak === Infinity)
    return when === 'atEnd'
      ? `With no shared progress the gap in loss never stops widening, and in points the gap is still widening in ${formatYear(START_YEAR + HORIZON_YEARS)}: neither peaks.`
      : `With no shared progress the gap in loss never stops widening, while in points the gap is widest in ${formatScoreYear(year)}, earlier.`;
  const pointsPeak = year - START_YEAR;
  if (pointsPeak > Math.max(0, lossPeak)) return undefined;
  return `In points the gap is widest ${quantity(pointsPeak, 'years')} after the start, no later than the gap in loss, which peaks ${quantity(lossPeak, 'years')} after it.`;
}
