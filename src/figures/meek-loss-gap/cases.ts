/**
 * The cases of meek-loss-gap that live prose chooses whole sentences by
 * (`<FigureCases figure="meek-loss-gap" case="…">` with one `<When>` per option).
 * Each tells apart states where a value exists from states where it does not,
 * so a value such as the peak year is only ever printed where it is a year.
 */
import { meekHeadStartForShrinkingGap } from '../../model/meek-head-start.ts';
import { FITTED_COMPUTE } from '../../model/power-law-loss.ts';
import { frontierCompute } from '../../model/meek-models.ts';
import { tokensToTellApart } from '../../model/meek-distinguishability.ts';
import type { TableRow } from '../spec.ts';
import { widestGap } from './values.ts';
import {
  HORIZON_YEARS,
  meekThresholdYears,
  peak,
  scenario,
  yearsToLeaveFit,
  type AnyParams,
  type Pivot,
} from './model.ts';

/** What a spec's `cases` entry holds (the shape of FigureCase in spec.ts). */
export interface MeekCase {
  readonly label: string;
  readonly options: readonly string[];
  readonly compute: (params: AnyParams, rows: readonly TableRow[]) => string;
}

/**
 * Where a year `years` after the start falls in the figure: before it starts ('atStart'), inside it
 * ('during') or after it ends, including never ('after').
 *
 * @example within(3.3) // 'during'
 */
export function within(years: number): 'atStart' | 'during' | 'after' {
  if (!(years > 0)) return 'atStart';
  return years <= HORIZON_YEARS ? 'during' : 'after';
}

/** "A few pages" of text, in tokens: about 1,500 words at three-quarters of a word per token. */
export const PAGES_OF_TOKENS = 2000;

export function meekCases(pivot: Pivot): Record<string, MeekCase> {
  return {
    peakShape: {
      label: 'How the gap in loss moves over the figure',
      options: ['peaks', 'later', 'never', 'shrinking'],
      compute: (p) => {
        const years = peak(p, pivot).years;
        if (years === Infinity) return 'never';
        if (years < 0) return 'shrinking';
        return years <= HORIZON_YEARS ? 'peaks' : 'later';
      },
    },
    headStartThreshold: {
      label: 'Whether some head start makes the gap shrink from the start',
      options: ['exists', 'none'],
      compute: (p) => (Number.isFinite(meekHeadStartForShrinkingGap(scenario(p, pivot))) ? 'exists' : 'none'),
    },
    billionHeadStart: {
      label: 'Whether a $1 billion run outspends the meek budget',
      options: ['ahead', 'behind'],
      compute: (p) => (1e9 > p.budget ? 'ahead' : 'behind'),
    },
    fitExit: {
      label: 'When the frontier’s compute leaves the range the loss law was fitted on',
      options: ['atStart', 'during', 'after'],
      compute: (p) => within(yearsToLeaveFit(scenario(p, pivot), 'frontier')),
    },
    fitAtEnd: {
      label: 'Whether the frontier ends the figure beyond the fitted range',
      options: ['beyond', 'inside'],
      compute: (p) => (frontierCompute(scenario(p, pivot), HORIZON_YEARS) > FITTED_COMPUTE.high ? 'beyond' : 'inside'),
    },
    tellApart: {
      label: 'Whether a few pages of text tell the two models apart at the end of the figure',
      options: ['short', 'long'],
      compute: (_p, rows) =>
        tokensToTellApart(rows[rows.length - 1]?.loss_gap ?? 0) < PAGES_OF_TOKENS ? 'short' : 'long',
    },
    widestGap: {
      label: 'Whether the gap is widest inside the figure or at its end',
      options: ['inside', 'atEnd'],
      compute: (_p, rows) => (widestGap(rows) > (rows[rows.length - 1]?.loss_gap ?? -Infinity) ? 'inside' : 'atEnd'),
    },
    meekThreshold: {
      label: 'When the meek actor’s effective compute passes the EU AI Act’s threshold',
      options: ['atStart', 'during', 'after'],
      compute: (p) => within(meekThresholdYears(scenario(p, pivot))),
    },
  };
}
