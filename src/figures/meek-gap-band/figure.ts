/**
 * meek-gap-band: the loss gap of meek-loss-gap v4 under the published
 * uncertainty. gᵢ, gₕ, gₐ and α are drawn from the parameter registry's
 * distributions (src/model/meek-uncertainty.ts, seeded, so every build draws the
 * same band); the reader's meek budget and head start stay fixed. The line is
 * the gap at the registry's central values.
 */
import * as Plot from '@observablehq/plot';
import { meekState } from '../../model/meek-models.ts';
import { meekGapBands, meekPeakYearsQuantiles } from '../../model/meek-uncertainty.ts';
import { parameterEntry } from '../../model/parameter-entries.ts';
import { formatNumber, formatYear } from '../format.ts';
import { FLOP_PER_USD, HORIZON_YEARS, PAPER_START_FLOP, START_YEAR, scenario } from '../meek-loss-gap/model.ts';
import { registryParams } from '../meek-loss-gap/params.ts';
import { formatNats, formatPercent } from '../meek-loss-gap/values.ts';
import { defineFigure, type Params, type TableRow } from '../spec.ts';
import { theme } from '../theme.ts';
import { gapBandTitleFails } from './title-fails.ts';

type Key = 'budget' | 'lead';
const SEED = 20261123;
/** Draws for the band: a redraw on the main thread stays within a frame or two (see the essay helper's report). */
export const BAND_DRAWS = 400;
/** Draws for the quantiles of the peak year (closed form per draw, so cheap). */
export const PEAK_DRAWS = 2000;
const GAP_COLOR = theme.meek;
const END_YEAR = START_YEAR + HORIZON_YEARS;

const central = (id: string) => parameterEntry(id).default;

const peakCache = new Map<number, number[]>();
/** 5th, 50th and 95th percentiles of the peak year over draws (independent of the budget: t* does not depend on it). */
function peakYears(lead: number): number[] {
  let quantiles = peakCache.get(lead);
  if (!quantiles) {
    quantiles = meekPeakYearsQuantiles(
      { seed: SEED, draws: PEAK_DRAWS, years: 0, startCompute: PAPER_START_FLOP, headStart: lead },
      [0.05, 0.5, 0.95],
    ).map((t) => START_YEAR + t);
    if (peakCache.size > 50) peakCache.clear();
    peakCache.set(lead, quantiles);
  }
  return quantiles;
}

/** The calendar year of a peak (a fractional year after the start → the year it falls in). */
const formatPeak = (year: number) => formatYear(Math.floor(year));

const peakValue = (index: number, label: string) => ({
  label,
  compute: (p: Params<Key>) => peakYears(p.lead)[index]!,
  format: formatPeak,
});

/**
 * Where the 5th–95th percentile range of peak years falls: inside the figure, partly before its start
 * (a head start so large that some draws are already shrinking), or partly after its end.
 */
export function peakRangeCase(lead: number): 'inside' | 'someBefore' | 'someAfter' {
  const [low, , high] = peakYears(lead) as [number, number, number];
  if (low < START_YEAR) return 'someBefore';
  if (high > END_YEAR) return 'someAfter';
  return 'inside';
}

export function meekGapBandFigure(options: { version: number; date: string; changes: string }) {
  const { budget, lead } = registryParams;
  return defineFigure<Key>({
    id: 'meek-gap-band',
    version: options.version,
    date: options.date,
    changes: options.changes,
    title: 'Across the published ranges, the gap still rises and falls',
    caption: `The frontier’s lead in loss over the meek actor, as in the loss-gap figure, when investment growth gᵢ, hardware gₕ, algorithms gₐ and the exponent α are drawn from the parameter registry’s ranges (${BAND_DRAWS} seeded draws; the band holds 90% of them, the dashed line is the median). Investment growth is drawn between Epoch AI’s 4× and 5× a year of frontier compute over hardware’s 1.4×, hardware and algorithms from their published 95% intervals, α between the two fits of the loss law; the solid line is the gap at the paper’s values. Your meek budget and head start apply to every draw. The draws treat the four rates as independent. The vertical axis follows the gaps your settings give.`,
    params: { budget, lead },
    constants: [
      {
        label: 'Draws in the band',
        value: BAND_DRAWS,
        unit: 'draws',
        source: 'Seeded, so every build draws the same band',
      },
      { label: 'Random seed', value: SEED, unit: '', source: 'Chosen' },
    ],
    datasets: [],
    columns: [
      { name: 'year', label: 'Year', unit: 'calendar year', description: 'Calendar year.', digits: 6 },
      {
        name: 'gap_p05',
        label: '5th percentile',
        unit: 'nats/token',
        description: 'Loss gap, 5th percentile of draws.',
        digits: 3,
      },
      { name: 'gap_p50', label: 'Median', unit: 'nats/token', description: 'Loss gap, median of draws.', digits: 3 },
      {
        name: 'gap_p95',
        label: '95th percentile',
        unit: 'nats/token',
        description: 'Loss gap, 95th percentile of draws.',
        digits: 3,
      },
      {
        name: 'gap_central',
        label: 'At the defaults',
        unit: 'nats/token',
        description: 'Loss gap at the registry defaults of gᵢ, gₕ, gₐ and α (the paper’s values).',
        digits: 3,
      },
    ],
    cases: {
      peakRange: {
        label: 'Where the peak years of 90% of draws fall',
        options: ['inside', 'someBefore', 'someAfter'],
        compute: (p: Params<Key>) => peakRangeCase(p.lead),
      },
      peakSpread: {
        label: 'Where the peak years of 90% of draws fall, and whether the median draw already shrinks at the start',
        options: ['inside', 'someBefore', 'mostBefore', 'someAfter'],
        compute: (p: Params<Key>) => (peakYears(p.lead)[1]! < START_YEAR ? 'mostBefore' : peakRangeCase(p.lead)),
      },
    },
    titleFails: (p: Params<Key>) => gapBandTitleFails(START_YEAR, peakYears(p.lead)),
    values: {
      bandCoverage: {
        label: 'Share of draws inside the band',
        compute: () => 0.9,
        format: formatPercent,
      },
      bandDraws: { label: 'Draws in the band', compute: () => BAND_DRAWS, format: (v) => formatNumber(v, 4) },
      peakYearLow: peakValue(0, 'Peak year of the loss gap, 5th percentile of draws'),
      peakYearMedian: peakValue(1, 'Peak year of the loss gap, median of draws'),
      peakYearHigh: peakValue(2, 'Peak year of the loss gap, 95th percentile of draws'),
    },
    table(p: Params<Key>) {
      const startCompute = p.budget * FLOP_PER_USD;
      const { bands } = meekGapBands({
        seed: SEED,
        draws: BAND_DRAWS,
        years: HORIZON_YEARS + 1,
        startCompute,
        headStart: p.lead,
        pivotCompute: PAPER_START_FLOP,
      });
      const s = scenario(
        {
          g_i: central('g_i'),
          g_h: central('g_h'),
          g_a: central('g_a'),
          alpha: central('alpha'),
          budget: p.budget,
          lead: p.lead,
        },
        'paper-start',
      );
      const rows: TableRow[] = [];
      for (let t = 0; t <= HORIZON_YEARS; t++) {
        rows.push({
          year: START_YEAR + t,
          gap_p05: bands[0]![t]!,
          gap_p50: bands[1]![t]!,
          gap_p95: bands[2]![t]!,
          gap_central: meekState(s, t).lossGap,
        });
      }
      return rows;
    },
    plot(_p, rows) {
      return {
        width: 640,
        height: 340,
        marginLeft: 50,
        marginRight: 20,
        x: { label: null, tickFormat: formatYear, ticks: 5, domain: [START_YEAR, END_YEAR] },
        y: { label: '↑ Loss gap (nats per token)', grid: true, nice: true },
        marks: [
          Plot.areaY(rows, {
            x: 'year',
            y1: 'gap_p05',
            y2: 'gap_p95',
            fill: GAP_COLOR,
            fillOpacity: 0.18,
            curve: 'monotone-x',
          }),
          Plot.lineY(rows, {
            x: 'year',
            y: 'gap_p50',
            stroke: GAP_COLOR,
            strokeDasharray: '5,4',
            strokeWidth: 1.5,
            curve: 'monotone-x',
          }),
          Plot.lineY(rows, { x: 'year', y: 'gap_central', stroke: theme.ink, strokeWidth: 2, curve: 'monotone-x' }),
          Plot.ruleY([0], { stroke: theme.reference }),
        ],
      };
    },
    alt(p, rows) {
      const [low, median, high] = peakYears(p.lead).map(formatPeak) as [string, string, string];
      const widest = rows.reduce((a, b) => ((b.gap_p95 ?? 0) > (a.gap_p95 ?? 0) ? b : a));
      const range = {
        inside: `The gap peaks in ${median} in the median draw, and between ${low} and ${high} in 90% of draws.`,
        someBefore: `With this head start the gap is already shrinking at the start in some draws; the median draw peaks in ${median}.`,
        someAfter: `In some draws the gap is still widening in ${formatYear(END_YEAR)}; the median draw peaks in ${median}.`,
      }[peakRangeCase(p.lead)];
      return `Band chart of the loss gap from ${formatYear(START_YEAR)} to ${formatYear(END_YEAR)} over ${formatNumber(BAND_DRAWS, 4)} draws of the growth rates and α. The 95th percentile of the gap is highest in ${formatPeak(widest.year ?? START_YEAR)}, at ${formatNats(widest.gap_p95 ?? 0)}. ${range}`;
    },
  });
}
