/**
 * open-closed-benchmark-lag: for every new closed record on a benchmark, the
 * months until an open-weights model matched it, from open-closed-benchmarks
 * v2 (Epoch AI's 2024 report data and its Benchmarking Hub runs to November
 * 2025). A record not yet matched is censored: drawn hollow at the months it
 * had stood when the data end, with an arrow up, because its lag is at least
 * that and may be much longer (a record set in October 2025 had stood one
 * month). The median counts those as lags still running (Kaplan–Meier), with
 * its Brookmeyer–Crowley 90% interval.
 */
import * as Plot from '@observablehq/plot';
import { formatNumber, formatYear } from '../format.ts';
import { defineFigure, type FigureData, type ParamDefinition, type Params, type TableRow } from '../spec.ts';
import { LabelLayout } from '../layout/direct-labels.ts';
import { yearAxis } from '../layout/year-axis.ts';
import { theme } from '../theme.ts';
import { months } from '../wall-shared/units.ts';
import { BENCHMARKS, censoredMedian, matchedLags, median, recordRows } from './records.ts';

export { BENCHMARKS } from './records.ts';

type Key = 'from_year';

const FIRST_YEAR = 2020;
const LAST_YEAR = 2026;
/** Fixed for every slider position (the longest lag in the data is 19 months), so the axis never rescales. */
const TOP_MONTHS = 24;
/** Length of the "at least this long" arrow on a censored record, in months on the y axis. */
const ARROW_MONTHS = 2.5;

const fromYear: ParamDefinition = {
  label: 'Closed records set from',
  symbol: 't₀',
  unit: 'year',
  description: 'First year of closed records included in the medians and counts; earlier records are drawn faint.',
  default: FIRST_YEAR,
  min: FIRST_YEAR,
  max: 2025,
  step: 1,
  scale: 'linear',
  source: 'open-closed-benchmarks v2: its first closed record is from May 2020',
};

/** The key to the marks, drawn as text in the top right (Plot's own legend would wrap the SVG in HTML). */
const LEGEND = [
  { text: '● matched by an open model', fill: theme.open },
  { text: '○↑ not matched yet: months so far', fill: theme.frontier },
];

/** The slider as version 1 published it: from 2019, a year before the first record. */
const firstVersionFromYear: ParamDefinition = {
  ...fromYear,
  description: 'First year of closed records included, in the chart and in the medians.',
  default: 2019,
  min: 2019,
  source: 'open-closed-benchmarks v2 starts in October 2019',
};

/** Records counted in the medians: all of version 1's rows (it dropped the others), those marked included after. */
const included = (rows: readonly TableRow[]) => rows.filter((r) => r.included !== 0);

export interface OpenClosedBenchmarkLagVersion {
  readonly version: number;
  readonly date: string;
  readonly changes: string;
  /** Version 1's slider and columns, so its frozen page lists what it was published with. */
  readonly firstVersion?: boolean;
  /**
   * v3 on: the median's name slides along its rule clear of every dot and of the key (LabelLayout), and the right
   * margin holds the last year's tick label: on a 390 px phone v2 wrote the median's name over a dot, and "2026"
   * ran to the drawing's right edge.
   */
  readonly labelsClear?: boolean;
}

/** Each unmatched record's arrow as a line of two points (its z the record's place), for LabelLayout.avoid. */
const arrowEnds = (open: readonly TableRow[]) =>
  open.flatMap((r, arrow) => [
    { arrow, record_year: r.record_year!, lag_months: r.lag_months! },
    { arrow, record_year: r.record_year!, lag_months: r.lag_months! + ARROW_MONTHS },
  ]);

/** Drawings narrower than this (a phone's) name the median on two lines, without its first year, from v3. */
const NARROW = 480;

/** Right margin: v2's, and from v3 one that holds half of "2026" (about 16 px at 12 px) with air to spare. */
const MARGIN_RIGHT = { v2: 16, v3: 22 } as const;

export function openClosedBenchmarkLagFigure(options: OpenClosedBenchmarkLagVersion) {
  return defineFigure<Key>({
    id: 'open-closed-benchmark-lag',
    version: options.version,
    date: options.date,
    changes: options.changes,
    title: 'How long open models took to match each closed benchmark record',
    titleHolds: 'It names what the figure measures.',
    caption: `Each mark is a new record set by a closed model on one of seven benchmarks (${BENCHMARKS.join(', ')}). Filled: an open-weights model matched it, at this many months (0 if one already had). Hollow with an arrow: not matched by the end of the data, drawn at the months it had stood, a lower bound on its lag. Line and band: the median over the records from the chosen year on, counting the unmatched as still running (Kaplan–Meier), and its 90% interval; earlier records are faint. Data: open-closed-benchmarks v2 (Epoch AI, CC BY 4.0).`,
    params: { from_year: options.firstVersion ? firstVersionFromYear : fromYear },
    constants: [
      { label: 'Last year shown', value: LAST_YEAR, unit: 'year', source: 'The data run to November 2025' },
      { label: 'Interval level of the median', value: 0.9, unit: 'fraction', source: 'Brookmeyer & Crowley 1982' },
    ],
    datasets: [{ name: 'open-closed-benchmarks', version: 2 }],
    reads: {
      'open-closed-benchmarks': {
        columns: ['benchmark', 'date', 'score', 'open'],
        rows: (s) => (BENCHMARKS as readonly unknown[]).includes(s.benchmark),
      },
    },
    columns: [
      {
        name: 'benchmark',
        label: 'Benchmark',
        unit: 'index',
        description: `0–6: ${BENCHMARKS.join(', ')}.`,
        digits: 1,
      },
      {
        name: 'record_year',
        label: 'Record set',
        unit: 'calendar year',
        description: 'Date of the closed record, as a decimal year.',
        digits: 6,
      },
      {
        name: 'lag_months',
        label: 'Months to match',
        unit: 'months',
        description: 'Months until an open model matched the record; for unmatched records, months it had stood.',
        digits: 3,
      },
      {
        name: 'matched',
        label: 'Matched',
        unit: '1 = matched',
        description: '1 when an open model has matched the record, 0 when none had by the end of the data (censored).',
        digits: 1,
      },
      ...(options.firstVersion
        ? []
        : [
            {
              name: 'included',
              label: 'Included',
              unit: '1 = included',
              description:
                '1 when the record was set in or after the chosen first year (counted in the median), else 0.',
              digits: 1,
            },
          ]),
    ],
    values: {
      fromYear: {
        label: 'First year of the records counted',
        compute: (p) => p.from_year,
        format: formatYear,
      },
      medianLag: {
        label: 'Median time for open models to match a closed record, unmatched records counted as still running',
        compute: (_p, rows) => censoredMedian(included(rows)).median,
        format: months,
      },
      medianLow: {
        label: 'Lower end of the median’s 90% interval',
        compute: (_p, rows) => censoredMedian(included(rows)).low,
        format: months,
      },
      medianHigh: {
        label: 'Upper end of the median’s 90% interval',
        compute: (_p, rows) => censoredMedian(included(rows)).high,
        format: months,
      },
      matchedMedianLag: {
        label: 'Median time to match, matched records only (biased low: the slow records are the unmatched ones)',
        compute: (_p, rows) => median(matchedLags(included(rows))),
        format: months,
      },
      recordCount: {
        label: 'Closed records counted',
        compute: (_p, rows) => included(rows).length,
        format: (v) => String(v),
      },
      matchedCount: {
        label: 'Closed records matched',
        compute: (_p, rows) => matchedLags(included(rows)).length,
        format: (v) => String(v),
      },
      unmatchedCount: {
        label: 'Closed records not yet matched',
        compute: (_p, rows) => included(rows).filter((r) => r.matched === 0).length,
        format: (v) => String(v),
      },
      unmatchedShare: {
        label: 'Share of the records counted that no open model had matched by the end of the data',
        compute: (_p, rows) => {
          const counted = included(rows);
          return counted.filter((r) => r.matched === 0).length / counted.length;
        },
        format: (v) => `${formatNumber(v * 100, 2)}%`,
      },
      shareWithinYear: {
        label: 'Share of matched records matched within 12 months',
        compute: (_p, rows) => {
          const lags = matchedLags(included(rows));
          return lags.filter((l) => l <= 12).length / lags.length;
        },
        format: (v) => `${formatNumber(v * 100, 2)}%`,
      },
    },
    cases: {
      censoring: {
        label: 'Whether most of the records counted are still unmatched',
        options: ['mostlyMatched', 'mostlyUnmatched'],
        compute: (_p, rows) => {
          const counted = included(rows);
          return counted.filter((r) => r.matched === 0).length * 2 > counted.length
            ? 'mostlyUnmatched'
            : 'mostlyMatched';
        },
      },
    },
    table(p: Params<Key>, data: FigureData) {
      const records = recordRows(data);
      if (options.firstVersion) return records.filter((r) => r.record_year! >= p.from_year);
      return records.map((r) => ({ ...r, included: r.record_year! >= p.from_year ? 1 : 0 }));
    },
    plot(p, rows, _band, frame) {
      const counted = included(rows);
      const km = censoredMedian(counted);
      const span = [{ x1: p.from_year, x2: LAST_YEAR, low: km.low, high: Math.min(km.high, TOP_MONTHS) }];
      const matched = counted.filter((r) => r.matched === 1);
      const open = counted.filter((r) => r.matched === 0);
      const before = rows.filter((r) => r.included === 0);
      const marginRight = options.labelsClear ? MARGIN_RIGHT.v3 : MARGIN_RIGHT.v2;
      // From v3 the texts keep off every dot (the faint ones too) and the median's name slides along its rule.
      const layout = options.labelsClear
        ? new LabelLayout()
            .avoidDots(before, 'record_year', 'lag_months', 3)
            .avoidDots(counted, 'record_year', 'lag_months', 4)
            .avoid(arrowEnds(open), 'record_year', 'lag_months', theme.frontier, { z: 'arrow' })
        : undefined;
      const medianOptions = {
        x: FIRST_YEAR,
        y: (d: number) => d,
        // On a phone from v3, on two lines and without its first year (the slider beside it says it): on one line it
        // is most of the plot's width, and finds no place along its rule clear of the dots.
        text: (d: number) =>
          options.labelsClear && (frame?.width ?? 640) < NARROW
            ? `median:\n${formatNumber(d, 2)} months`
            : `median from ${formatYear(p.from_year)}: ${formatNumber(d, 2)} months`,
        dx: 4,
        textAnchor: 'start',
        fill: theme.ink,
        stroke: theme.background,
        strokeWidth: 3,
        paintOrder: 'stroke',
        fontSize: 10,
        // From v3 the text stands on the rule, whatever its lines (two on a phone): v2's centred one line 8 px up.
        ...(options.labelsClear ? { lineAnchor: 'bottom' as const, dy: -3 } : { dy: -8 }),
      } as const;
      const legendOptions = (fill: string, line: number) =>
        ({
          frameAnchor: 'top-right',
          dx: -4,
          dy: 4 + line * 16,
          textAnchor: 'end',
          fill,
          stroke: theme.background,
          strokeWidth: 3,
          paintOrder: 'stroke',
          fontSize: 10,
        }) as const;
      // The key, drawn where it is asked to be (held: the labels placed after it keep off it).
      const legend = LEGEND.map(({ text, fill }, line) =>
        Plot.text([text], layout ? layout.hold(legendOptions(fill, line)) : legendOptions(fill, line)),
      );
      return {
        width: 640,
        height: 380,
        marginLeft: 44,
        marginRight,
        x: {
          ...yearAxis([FIRST_YEAR, LAST_YEAR], { width: frame?.width, marginLeft: 44, marginRight }),
          label: null,
        },
        y: { label: '↑ Months until an open model matched', grid: true, domain: [0, TOP_MONTHS] },
        marks: [
          ...(Number.isFinite(km.low)
            ? [Plot.rect(span, { x1: 'x1', x2: 'x2', y1: 'low', y2: 'high', fill: theme.ink, fillOpacity: 0.08 })]
            : []),
          Plot.dot(before, { x: 'record_year', y: 'lag_months', r: 3, fill: theme.reference, fillOpacity: 0.5 }),
          Plot.arrow(open, {
            x1: 'record_year',
            x2: 'record_year',
            y1: 'lag_months',
            y2: (d: TableRow) => d.lag_months! + ARROW_MONTHS,
            stroke: theme.frontier,
            strokeWidth: 1.25,
            headLength: 5,
            insetStart: 4,
          }),
          Plot.dot(open, {
            x: 'record_year',
            y: 'lag_months',
            r: 4,
            stroke: theme.frontier,
            strokeWidth: 1.5,
            fill: theme.background,
          }),
          Plot.dot(matched, { x: 'record_year', y: 'lag_months', r: 4, fill: theme.open }),
          // From v3 the key is drawn before the median's name, which keeps off it (v2 drew it last).
          ...(layout ? legend : []),
          ...(Number.isFinite(km.median)
            ? [
                Plot.ruleY([km.median], {
                  x1: FIRST_YEAR,
                  x2: LAST_YEAR,
                  stroke: theme.ink,
                  strokeOpacity: 0.3,
                  strokeDasharray: '1 3',
                }),
                Plot.ruleY([km.median], { x1: p.from_year, x2: LAST_YEAR, stroke: theme.ink, strokeDasharray: '5 3' }),
                // At the frame's left, where no record sits at this height: the right holds the recent cluster.
                Plot.text([km.median], layout ? layout.placeAlongRules(medianOptions) : medianOptions),
              ]
            : []),
          ...(layout ? [] : legend),
        ],
      };
    },
    alt(p, rows) {
      const counted = included(rows);
      const lags = matchedLags(counted);
      const km = censoredMedian(counted);
      const interval = Number.isFinite(km.high)
        ? ` (90% interval ${formatNumber(km.low, 2)} to ${formatNumber(km.high, 2)} months)`
        : '';
      return `Scatter chart of ${rows.length} closed benchmark records from ${formatYear(FIRST_YEAR)} to ${formatYear(LAST_YEAR)}, against the months until an open-weights model matched each. Of the ${counted.length} set from ${formatYear(p.from_year)} on, ${lags.length} were matched and ${counted.length - lags.length} had not been matched by the end of the data; those are drawn at the months they had stood, with an arrow up. Counting them as still running, the median time to match is ${Number.isFinite(km.median) ? months(km.median) : 'longer than the data cover'}${interval}.`;
    },
  });
}
