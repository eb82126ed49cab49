/**
 * The text description of meek-loss-gap (v4 on) for screen readers and the
 * permalink page: the reader's settings, then one whole sentence for the case
 * the figure is in (./cases.ts), then where the curves leave the fitted range.
 * Values come from ./values.ts formatters, so the description and the prose
 * say the same thing in the same words.
 */
import { formatNumber, formatParam, formatYear } from '../format.ts';
import type { TableRow } from '../spec.ts';
import { meekCases } from './cases.ts';
import { HORIZON_YEARS, START_YEAR, peak, scenario, yearsToLeaveFit, type AnyParams, type Pivot } from './model.ts';
import { formatDollars, formatNats, formatPercent, formatYearOf, formatYears } from './values.ts';

/**
 * @example describeLossGap({ g_i: 3.57, g_h: 1.4, g_a: 2.8, alpha: 0.155, budget: 1000, lead: 1 }, rows, 'paper-start')
 *   // "Line chart of training loss from 2025 to 2045 … The gap widens for 3.3 years, peaks in 2028 at 0.15 nats per token …"
 */
export function describeLossGap(p: AnyParams, rows: readonly TableRow[], pivot: Pivot, fitKnown = false): string {
  return lossGapSentences(p, rows, pivot, fitKnown).join(' ');
}

/**
 * The line announced when the reader pauses: the settings and how the gap moves (the description without its
 * opening and its sentence on the fitted range, which would say nothing about what the reader changed).
 */
export function summariseLossGap(p: AnyParams, rows: readonly TableRow[], pivot: Pivot): string {
  const [, settings, shape] = lossGapSentences(p, rows, pivot);
  return `${settings} ${shape}`;
}

/**
 * The title says the gap "rises, peaks, then fades". Where it does not (it is still widening at the figure's end,
 * never stops widening, or is shrinking from the start), the sentence for what it does; undefined where it does.
 *
 * @example lossGapTitleFails({ ...defaults, g_h: 1, g_a: 1 }, rows, 'paper-start')
 *   // 'With no shared progress the meek actor never improves, and the gap widens for as long as the frontier …'
 */
export function lossGapTitleFails(p: AnyParams, rows: readonly TableRow[], pivot: Pivot): string | undefined {
  if (meekCases(pivot).peakShape!.compute(p, rows) === 'peaks') return undefined;
  return lossGapSentences(p, rows, pivot)[2];
}

function lossGapSentences(
  p: AnyParams,
  rows: readonly TableRow[],
  pivot: Pivot,
  fitKnown = false,
): [string, string, string, string] {
  const cases = meekCases(pivot);
  const top = peak(p, pivot);
  const endGap = formatNats(rows[rows.length - 1]?.loss_gap ?? NaN);
  const end = formatYear(START_YEAR + HORIZON_YEARS);
  const start = formatYear(START_YEAR);
  const lead = p.lead ?? 1;
  const settings =
    `Settings: frontier investment growing ${formatParam(p.g_i, '×/yr')}, hardware ${formatParam(p.g_h, '×/yr')}, ` +
    `algorithms ${formatParam(p.g_a, '×/yr')}, α = ${formatNumber(p.alpha)}, a meek budget of ${formatDollars(p.budget)} ` +
    (lead > 1 ? `and a frontier head start of ${formatParam(lead, '×')}.` : 'and both actors starting level.');
  const shape = {
    peaks: `The gap widens for ${formatYears(top.years)}, peaks in ${formatYearOf(top.years)} at ${formatNats(top.gap)}, and shrinks to ${endGap} by ${end}, ${formatPercent((rows[rows.length - 1]?.loss_gap ?? NaN) / top.gap)} of its peak.`,
    later: `The gap is still widening in ${end}, when it is ${endGap}; it peaks only after the figure ends.`,
    never: `With no shared progress the meek actor never improves, and the gap widens for as long as the frontier spends more: ${endGap} by ${end}.`,
    shrinking: `The frontier starts so far ahead that the gap is already shrinking in ${start}: from ${formatNats(top.gap)} to ${endGap} by ${end}.`,
  }[cases.peakShape!.compute(p, rows) as 'peaks' | 'later' | 'never' | 'shrinking'];
  const exit = yearsToLeaveFit(scenario(p, pivot), 'frontier');
  // v9 on: "known to have been": the runs recovered from Hoffmann et al.'s figure are a subset of the fit's.
  const fitted = fitKnown ? 'is known to have been fitted on' : 'was fitted on';
  const fit = {
    atStart: `The frontier starts beyond the largest run the loss law ${fitted}, so its whole line is an extrapolation (dotted).`,
    during: `The frontier’s line turns dotted in ${formatYearOf(exit)}, where its compute passes the largest run the loss law ${fitted}.`,
    after: `The frontier’s compute stays within the range ${fitKnown ? 'of runs ' : ''}the loss law ${fitted}.`,
  }[cases.fitExit!.compute(p, rows) as 'atStart' | 'during' | 'after'];
  return [`Line chart of training loss from ${start} to ${end} for a frontier and a meek actor.`, settings, shape, fit];
}
