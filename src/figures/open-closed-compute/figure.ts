/**
 * open-closed-compute: training compute of open-weights and closed models over
 * time, from the ai-models dataset, with each side's record line and the
 * months open models took to match closed records (the measure of Epoch AI
 * 2024, "How far behind are open models?").
 */
import * as Plot from '@observablehq/plot';
import { survivalLag } from '../../data/estimates/lag-estimates.ts';
import { closedRecordCatchUps, medianCatchUpMonths } from '../../data/estimates/open-closed-lag.ts';
import { formatNumber } from '../format.ts';
import { LEGACY } from '../legacy-colours.ts';
import { theme } from '../theme.ts';
import { HEADER_MARGIN, headerMarks, lagLine, monthOf, widening, wideningMarks } from './widening.ts';
import { defineFigure, type FigureData, type Params, type TableRow } from '../spec.ts';
import { fromYear, fromYearV1, yearTicks } from './from-year.ts';
import { LEGEND_MARGIN, legendMarks } from './legend.ts';
import { asReleases, DATA_END, LAST_YEAR, modelNames, records, releases, RELEASE_COLUMNS } from './releases.ts';
import { LabelLayout } from '../layout/direct-labels.ts';
import { yearAxis } from '../layout/year-axis.ts';
import { avoidRecordMarks } from './labels-v5.ts';
import { lagTitleFails } from './title-fails.ts';

export { DATA_END };

type Key = 'from_year';

const OPEN_COLOR = theme.open;
const CLOSED_COLOR = theme.frontier;

export interface OpenClosedComputeVersion {
  readonly version: number;
  readonly date: string;
  readonly changes: string;
  /**
   * v2 on: the lag is the Kaplan–Meier median with unmatched closed records
   * censored at DATA_END (estimates v2); v1 took the median of matched records only.
   */
  readonly censoring?: boolean;
  /**
   * v3 on: whole-year ticks (no repeated years on short windows), a legend, closed models as
   * rings so the two sides stay apart where dots overlap, lags under a month said in words, and
   * the from-year slider read as a year.
   */
  readonly legible?: boolean;
  /**
   * v4 on: the recent widening the median hides (the unmatched closed records at the end of the data and
   * the open record's date, shaded and labelled), a y axis fixed over every from-year, and the lag said in
   * words of its own when it is not reached.
   */
  readonly widening?: boolean;
  /**
   * v5 on: the widening's labels keep off the closed side's record line and rings (LabelLayout), joined to what
   * they name by a leader line when they must move away, and the year ticks fit the drawing's width (on a phone
   * v4's ran together as "20182019…").
   */
  readonly labelsOffMarks?: boolean;
  /**
   * v6 on: the open record's date stands within 30 px of its step on a phone (v5's leader ran 40 to 60 px): the y
   * axis reaches 10²⁹, which leaves it room above the closed record line, and its leader may be at most 30 px long
   * (widening.ts).
   */
  readonly namesNear?: boolean;
  /**
   * v7 on: where no place within 30 px of the step is clear (a 320 px phone, from 2020 on), the date stands up to
   * 64 px off joined to its step by its leader, not wherever it fits with none (widening.ts).
   */
  readonly dateJoined?: boolean;
}

/** v4: one y axis for every from-year (the smallest model since 2012 has 7.6×10¹³ FLOP, the largest 5×10²⁶). */
const Y_DOMAIN: [number, number] = [1e13, 1e27];
/** v5: a decade more above the highest record (5×10²⁶): room for the widening's labels above it on a phone. */
const Y_DOMAIN_V5: [number, number] = [1e13, 1e28];
/** v6: a decade more again: on a phone the date finds room above the closed record line near its step. */
const Y_DOMAIN_V6: [number, number] = [1e13, 1e29];

/** What the figure says about the lag in a window of rows. */
interface Lag {
  readonly months: number;
  readonly matched: number;
  readonly censored: number;
}

export function openClosedComputeFigure(options: OpenClosedComputeVersion) {
  // The plot, its text description and each prose value ask for the same window's lag: compute it once per table.
  const lags = new WeakMap<readonly TableRow[], Lag>();
  const computeLag = (rows: readonly TableRow[]): Lag => {
    if (!options.censoring) {
      const { lags, unmatched } = closedRecordCatchUps(asReleases(rows));
      return { months: medianCatchUpMonths(asReleases(rows)), matched: lags.length, censored: unmatched };
    }
    const { interval, survival } = survivalLag(asReleases(rows), DATA_END);
    return { months: interval.estimate, matched: survival!.matched, censored: survival!.censored };
  };
  const lag = (rows: readonly TableRow[]): Lag => {
    let known = lags.get(rows);
    if (!known) lags.set(rows, (known = computeLag(rows)));
    return known;
  };
  const sentence = (l: Lag) =>
    l.matched === 0
      ? 'No closed record matched by an open model in this window'
      : !options.censoring
        ? `Open models matched closed records after a median of ${formatNumber(l.months, 2)} months`
        : Number.isFinite(l.months)
          ? `Open models take a median ${options.legible && l.months < 1 ? 'under a month' : `${formatNumber(l.months, 2)} months`} to match a closed record (${l.censored} not yet matched)`
          : options.widening
            ? `Fewer than half the closed records matched (${l.censored} of ${l.matched + l.censored} not yet)`
            : `Fewer than half the closed records matched yet (${l.censored} of ${l.matched + l.censored} unmatched)`;
  return defineFigure<Key>({
    id: 'open-closed-compute',
    version: options.version,
    date: options.date,
    changes: options.changes,
    title: 'Open models follow closed ones up the compute curve, about a year behind',
    caption:
      'Training compute of notable models with open weights and with closed access (API, hosted or unreleased), with each side’s record line. Models whose access is unknown are left out.',
    params: { from_year: options.legible ? fromYear : fromYearV1 },
    constants: [
      { label: 'Last year shown', value: LAST_YEAR, unit: 'year', source: 'The dataset runs to the end of 2025' },
    ],
    datasets: [{ name: 'ai-models', version: 1 }],
    reads: {
      'ai-models': {
        // model: only the data table's names for source_row (rowNames); the drawing reads the other four.
        columns: ['publication_date', 'training_compute_flop', 'accessibility', 'source_row', 'model'],
        // releases(): only models with known compute and accessibility are ever drawn.
        rows: (m) => Boolean(m.training_compute_flop) && m.accessibility !== 'unknown',
      },
    },
    columns: RELEASE_COLUMNS,
    rowNames: (data) => ({ source_row: modelNames(data) }),
    values: {
      catchUpMonths: {
        label: options.censoring
          ? 'Median months for open models to match a closed compute record (Kaplan–Meier, unmatched records censored)'
          : 'Median months for open models to match a closed compute record',
        compute: (_p, rows) => lag(rows).months,
        format: (months) => (options.censoring && !Number.isFinite(months) ? 'not reached' : formatNumber(months, 2)),
      },
      matchedRecords: {
        label: 'Closed compute records open models have matched',
        compute: (_p, rows) => lag(rows).matched,
        format: (n) => String(n),
      },
      ...(options.censoring
        ? {
            unmatchedRecords: {
              label: 'Closed compute records no open model has matched by the end of 2025 (censored)',
              compute: (_p: Params<Key>, rows: readonly TableRow[]) => lag(rows).censored,
              format: (n: number) => String(n),
            },
          }
        : {}),
      ...(options.widening
        ? {
            recentUnmatched: {
              label: 'Closed compute records at the end of the data that no open model has matched',
              compute: (_p: Params<Key>, rows: readonly TableRow[]) => widening(rows, DATA_END).unmatched.length,
              format: (n: number) => String(n),
            },
            firstUnmatchedMonth: {
              label: 'The first of those records',
              compute: (_p: Params<Key>, rows: readonly TableRow[]) =>
                widening(rows, DATA_END).unmatched[0]?.date ?? NaN,
              format: monthOf,
            },
            openRecordMonth: {
              label: 'When the open record was set',
              compute: (_p: Params<Key>, rows: readonly TableRow[]) => widening(rows, DATA_END).openRecord?.date ?? NaN,
              format: monthOf,
            },
            openRecordMonths: {
              label: 'Months the open record has stood, to the end of 2025',
              compute: (_p: Params<Key>, rows: readonly TableRow[]) => widening(rows, DATA_END).openRecordMonths,
              format: (m: number) => `${Math.round(m)} ${Math.round(m) === 1 ? 'month' : 'months'}`,
            },
          }
        : {}),
    },
    ...(options.widening
      ? {
          cases: {
            lag: {
              label: 'Whether the median catch-up time is reached in the window',
              options: ['median', 'notReached', 'noneMatched'],
              compute: (_p: Params<Key>, rows: readonly TableRow[]) => {
                const l = lag(rows);
                return l.matched === 0 ? 'noneMatched' : Number.isFinite(l.months) ? 'median' : 'notReached';
              },
            },
          },
        }
      : {}),
    table(p: Params<Key>, data: FigureData) {
      return releases(data, p.from_year);
    },
    titleFails: (p, rows) => lagTitleFails(p.from_year, lag(rows)),
    plot(p, rows, _band, frame) {
      const label = sentence(lag(rows));
      const [closedRecords, openRecords] = [records(rows, 0), records(rows, 1)];
      const recent = options.widening ? widening(rows, DATA_END) : undefined;
      const layout = options.labelsOffMarks ? new LabelLayout() : undefined;
      if (layout) avoidRecordMarks(layout, rows, { closed: closedRecords, open: openRecords }, recent!);
      const dots = options.legible
        ? [
            Plot.dot(
              rows.filter((d) => !d.open),
              { x: 'year', y: 'training_compute_flop', r: 2.5, stroke: CLOSED_COLOR, strokeOpacity: 0.6, fill: 'none' },
            ),
            Plot.dot(
              rows.filter((d) => d.open),
              { x: 'year', y: 'training_compute_flop', r: 2.5, fill: OPEN_COLOR, fillOpacity: 0.55 },
            ),
          ]
        : [
            Plot.dot(rows, {
              x: 'year',
              y: 'training_compute_flop',
              r: 2.5,
              fill: (d: TableRow) => (d.open ? OPEN_COLOR : CLOSED_COLOR),
              fillOpacity: 0.45,
            }),
          ];
      return {
        width: 640,
        height: 400,
        ...(options.widening ? { marginTop: HEADER_MARGIN } : options.legible ? { marginTop: LEGEND_MARGIN } : {}),
        marginLeft: 56,
        marginRight: 16,
        x: options.labelsOffMarks
          ? {
              label: null,
              ...yearAxis([p.from_year, LAST_YEAR], { width: frame?.width, marginLeft: 56, marginRight: 16 }),
            }
          : options.legible
            ? { label: null, tickFormat: 'd', domain: [p.from_year, LAST_YEAR], ticks: yearTicks(p.from_year) }
            : { label: null, tickFormat: 'd', domain: [p.from_year, LAST_YEAR] },
        y: {
          type: 'log',
          ...(options.widening
            ? { domain: options.namesNear ? Y_DOMAIN_V6 : options.labelsOffMarks ? Y_DOMAIN_V5 : Y_DOMAIN }
            : {}),
          label: '↑ Training compute (FLOP)',
          grid: true,
          tickFormat: (d: number) => formatNumber(d, 1),
        },
        marks: [
          ...dots,
          Plot.line(closedRecords, {
            x: 'year',
            y: 'compute',
            curve: 'step-after',
            stroke: CLOSED_COLOR,
            strokeWidth: 2,
          }),
          Plot.line(openRecords, {
            x: 'year',
            y: 'compute',
            curve: 'step-after',
            stroke: OPEN_COLOR,
            strokeWidth: 2,
          }),
          ...(options.widening
            ? [
                ...headerMarks(lagLine(lag(rows)), { open: OPEN_COLOR, closed: CLOSED_COLOR }),
                ...wideningMarks(recent!, LAST_YEAR, layout, options.namesNear, options.dateJoined),
              ]
            : [
                Plot.text([label], {
                  frameAnchor: 'top-left',
                  dx: 6,
                  dy: 4,
                  textAnchor: 'start',
                  fill: LEGACY.text333,
                }),
              ]),
          ...(options.legible && !options.widening ? legendMarks() : []),
          Plot.text(['Closed record'], {
            frameAnchor: 'bottom-right',
            dx: -6,
            dy: -22,
            textAnchor: 'end',
            fill: CLOSED_COLOR,
            fontWeight: 600,
          }),
          Plot.text(['Open record'], {
            frameAnchor: 'bottom-right',
            dx: -6,
            dy: -6,
            textAnchor: 'end',
            fill: OPEN_COLOR,
            fontWeight: 600,
          }),
        ],
      };
    },
    alt(p, rows) {
      const open = rows.filter((r) => r.open === 1).length;
      const l = lag(rows);
      // v1's wording, kept byte for byte; v2 on says what the plot says.
      const v1 =
        l.matched > 0
          ? `Open models matched closed compute records after a median of ${formatNumber(l.months, 2)} months.`
          : 'No closed record was matched by an open model in this window.';
      const recent = options.widening ? widening(rows, DATA_END) : undefined;
      const tail =
        recent?.openRecord && recent.unmatched[0]
          ? ` The last ${recent.unmatched.length} closed records, since ${monthOf(recent.unmatched[0].date)}, are unmatched; the open record dates from ${monthOf(recent.openRecord.date)}.`
          : '';
      return `Scatter chart of training compute (log scale) against publication date from ${p.from_year} to ${LAST_YEAR}: ${open} open-weights and ${rows.length - open} closed models, with record lines for each. ${options.censoring ? `${sentence(l)}.` : v1}${tail}`;
    },
  });
}
