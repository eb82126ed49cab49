/**
 * open-closed-benchmark-lag: for every new closed record on a benchmark, the
 * months until an open-weights model matched it, from open-closed-benchmarks
 * v2 (Epoch AI's 2024 report data and its Benchmarking Hub runs to November
 * 2025). Records not yet matched are drawn at the months they had stood by the
 * end of the data: a lower bound on their lag.
 */
import * as Plot from '@observablehq/plot';
import { decimalYear } from '../../data/estimates/decimal-year.ts';
import { kaplanMeier, kaplanMeierMedian } from '../../data/estimates/kaplan-meier.ts';
import { formatNumber } from '../format.ts';
import { defineFigure, type FigureData, type ParamDefinition, type Params, type TableRow } from '../spec.ts';
import { closedRecords } from './records.ts';

type Key = 'from_year';

export const BENCHMARKS = [
  'MMLU',
  'BBH',
  'GSM1k',
  'GPQA',
  'GPQA Diamond',
  'MATH level 5',
  'SWE-bench Verified',
] as const;
const COLORS = ['#1d5fa6', '#3a9a5b', '#8c6d31', '#7a3aa8', '#c8641b', '#b2304a', '#2a8a9a'];
const LAST_YEAR = 2026;

interface ScoreRow {
  readonly benchmark: string;
  readonly date: string;
  readonly score: number;
  readonly open: boolean;
}

/** Records per dataset rows: a slider redraw filters them again, it need not find them again. */
const recordCache = new WeakMap<object, TableRow[]>();

/** Every closed record of every benchmark, matched or not. */
function allRecords(data: FigureData): TableRow[] {
  const scores = (data['open-closed-benchmarks'] ?? []) as ScoreRow[];
  const cached = recordCache.get(scores);
  if (cached) return cached;
  const records = findRecords(scores);
  recordCache.set(scores, records);
  return records;
}

function findRecords(scores: readonly ScoreRow[]): TableRow[] {
  return BENCHMARKS.flatMap((benchmark, index) => {
    const rows = scores.filter((s) => s.benchmark === benchmark);
    if (rows.length === 0) return [];
    const end = Math.max(...rows.map((s) => decimalYear(s.date)));
    const releases = rows.map((s) => ({ date: decimalYear(s.date), value: s.score, open: s.open }));
    return closedRecords(releases).map((r) => ({
      benchmark: index,
      record_year: r.date,
      lag_months: r.lagMonths ?? (end - r.date) * 12,
      matched: r.lagMonths === undefined ? 0 : 1,
    }));
  });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const matchedLags = (rows: readonly TableRow[]) => rows.filter((r) => r.matched === 1).map((r) => r.lag_months!);

/**
 * Median months to match, with records not yet matched counted as lags still running (right-censored at the
 * months they had stood): the Kaplan–Meier median, as estimates v2 computes per benchmark. Infinity when fewer than
 * half the records are matched.
 */
const censoredMedian = (rows: readonly TableRow[]) =>
  rows.length === 0
    ? NaN
    : kaplanMeierMedian(kaplanMeier(rows.map((r) => ({ time: r.lag_months!, event: r.matched === 1 }))), 0.9).median;

const fromYear: ParamDefinition = {
  label: 'Closed records set from',
  symbol: 't₀',
  unit: '',
  description: 'First year of closed records included, in the chart and in the medians.',
  default: 2019,
  min: 2019,
  max: 2025,
  step: 1,
  scale: 'linear',
  source: 'open-closed-benchmarks v2 starts in October 2019',
};

export interface OpenClosedBenchmarkLagVersion {
  readonly version: number;
  readonly date: string;
  readonly changes: string;
}

export function openClosedBenchmarkLagFigure(options: OpenClosedBenchmarkLagVersion) {
  return defineFigure<Key>({
    id: 'open-closed-benchmark-lag',
    version: options.version,
    date: options.date,
    changes: options.changes,
    title: 'How long open models took to match each closed benchmark record',
    caption:
      'Each dot is a new record set by a closed model on a benchmark; its height is the months until an open-weights model scored as high (0 if one already had). Triangles: records not matched by the end of the data, drawn at the months they had stood (a lower bound). Line: the median over all records, counting the unmatched as still running (Kaplan–Meier). Data: open-closed-benchmarks v2 (Epoch AI, CC BY 4.0).',
    params: { from_year: fromYear },
    constants: [{ label: 'Last year shown', value: LAST_YEAR, unit: 'year', source: 'The data run to November 2025' }],
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
        description: '1 when an open model has matched the record, 0 when none had by the end of the data.',
        digits: 1,
      },
    ],
    values: {
      medianLag: {
        label:
          'Median months for open models to match a closed record, all benchmarks, unmatched records counted as still running (Kaplan–Meier)',
        compute: (_p, rows) => censoredMedian(rows),
        format: (v) => (Number.isFinite(v) ? formatNumber(v, 2) : 'more than the data cover'),
      },
      matchedMedianLag: {
        label: 'Median months to match, matched records only (biased low: the slow records are the unmatched ones)',
        compute: (_p, rows) => median(matchedLags(rows)),
        format: (v) => formatNumber(v, 2),
      },
      matchedCount: {
        label: 'Closed records matched',
        compute: (_p, rows) => matchedLags(rows).length,
        format: (v) => String(v),
      },
      unmatchedCount: {
        label: 'Closed records not yet matched',
        compute: (_p, rows) => rows.filter((r) => r.matched === 0).length,
        format: (v) => String(v),
      },
      shareWithinYear: {
        label: 'Share of matched records matched within 12 months',
        compute: (_p, rows) => {
          const lags = matchedLags(rows);
          return lags.filter((l) => l <= 12).length / lags.length;
        },
        format: (v) => `${formatNumber(v * 100, 2)}%`,
      },
      longestMatched: {
        label: 'Longest time to match a record, months',
        compute: (_p, rows) => Math.max(...matchedLags(rows)),
        format: (v) => formatNumber(v, 2),
      },
    },
    table(p: Params<Key>, data: FigureData) {
      return allRecords(data)
        .filter((r) => r.record_year! >= p.from_year)
        .sort((a, b) => a.record_year! - b.record_year! || a.benchmark! - b.benchmark!);
    },
    plot(p, rows) {
      const matched = rows.filter((r) => r.matched === 1);
      const unmatched = rows.filter((r) => r.matched === 0);
      const med = censoredMedian(rows);
      const color = (d: TableRow) => COLORS[d.benchmark!] ?? '#333';
      // A legend drawn as marks (Plot's own legend would wrap the SVG in HTML): top left, one line per benchmark.
      const top = Math.max(12, ...rows.map((r) => r.lag_months!)) * 1.05;
      const present = BENCHMARKS.map((name, i) => ({ name, i }))
        .filter(({ i }) => rows.some((r) => r.benchmark === i))
        .map((d, line) => ({ ...d, x: p.from_year, y: top * (1 - line * 0.06) }));
      return {
        width: 640,
        height: 380,
        marginLeft: 44,
        marginRight: 16,
        x: { label: null, tickFormat: 'd', domain: [p.from_year, LAST_YEAR] },
        y: { label: '↑ Months until an open model matched', grid: true, domain: [0, top] },
        marks: [
          ...(Number.isFinite(med)
            ? [
                Plot.ruleY([med], { stroke: '#222', strokeDasharray: '5 3' }),
                Plot.text([med], {
                  x: () => p.from_year + (LAST_YEAR - p.from_year) * 0.2,
                  y: (d: number) => d,
                  text: (d: number) => `median ${formatNumber(d, 2)} months`,
                  dy: -7,
                  textAnchor: 'start',
                  fill: '#222',
                  fontSize: 10,
                }),
              ]
            : []),
          Plot.dot(matched, { x: 'record_year', y: 'lag_months', r: 4, fill: color, fillOpacity: 0.8 }),
          Plot.dot(unmatched, {
            x: 'record_year',
            y: 'lag_months',
            r: 5,
            symbol: 'triangle',
            stroke: color,
            strokeWidth: 1.5,
            fill: 'white',
          }),
          Plot.text(present, {
            x: 'x',
            y: 'y',
            dx: 6,
            text: 'name',
            textAnchor: 'start',
            fill: (d: { i: number }) => COLORS[d.i],
            fontSize: 10,
            fontWeight: 600,
          }),
        ],
      };
    },
    alt(p, rows) {
      const lags = matchedLags(rows);
      const unmatched = rows.length - lags.length;
      const km = censoredMedian(rows);
      return `Scatter chart of ${rows.length} closed benchmark records set from ${p.from_year} on, across ${new Set(rows.map((r) => r.benchmark)).size} benchmarks, against the months until an open-weights model matched each. ${lags.length} were matched; ${unmatched} had not been matched by the end of the data. Counting those as still running, the median time to match is ${Number.isFinite(km) ? `${formatNumber(km, 2)} months` : 'longer than the data cover'}.`;
    },
  });
}
