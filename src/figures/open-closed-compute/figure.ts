/**
 * open-closed-compute: training compute of open-weights and closed models over
 * time, from the ai-models dataset, with each side's record line and the
 * months open models took to match closed records (the measure of Epoch AI
 * 2024, "How far behind are open models?").
 */
import * as Plot from '@observablehq/plot';
import { decimalYear } from '../../data/estimates/decimal-year.ts';
import { closedRecordCatchUps, medianCatchUpMonths, type Release } from '../../data/estimates/open-closed-lag.ts';
import { formatNumber } from '../format.ts';
import { defineFigure, type FigureData, type ParamDefinition, type Params, type TableRow } from '../spec.ts';

const OPEN_COLOR = '#c8641b';
const CLOSED_COLOR = '#1d5fa6';
const LAST_YEAR = 2026;
/** v2: room above the plot for the legend row and the axis label. */
const LEGEND_MARGIN = 52;

type Key = 'from_year';

interface ModelRow {
  readonly publication_date: string;
  readonly training_compute_flop: number | null;
  readonly accessibility: string;
  readonly source_row: number;
}

/** Models with known compute and accessibility, published from `fromYear` on. */
function releases(data: FigureData, fromYear: number): TableRow[] {
  const models = (data['ai-models'] ?? []) as ModelRow[];
  return models
    .filter(
      (m) => m.training_compute_flop && m.accessibility !== 'unknown' && decimalYear(m.publication_date) >= fromYear,
    )
    .map((m) => ({
      year: decimalYear(m.publication_date),
      training_compute_flop: m.training_compute_flop!,
      open: m.accessibility === 'open-weights' ? 1 : 0,
      source_row: m.source_row,
    }));
}

const asReleases = (rows: readonly TableRow[]): Release[] =>
  rows.map((r) => ({ date: r.year!, value: r.training_compute_flop!, open: r.open === 1 }));

/** Each side's running record, as steps. */
function records(rows: readonly TableRow[], open: 0 | 1) {
  let best = 0;
  const steps: { year: number; compute: number }[] = [];
  for (const r of [...rows].filter((r) => r.open === open).sort((a, b) => a.year! - b.year!)) {
    if (r.training_compute_flop! > best) {
      best = r.training_compute_flop!;
      steps.push({ year: r.year!, compute: best });
    }
  }
  if (steps.length > 0) steps.push({ year: LAST_YEAR, compute: best });
  return steps;
}

const fromYearV1: ParamDefinition = {
  label: 'From year',
  symbol: 't₀',
  unit: '',
  description: 'First publication year included, in the chart and in the lag.',
  default: 2018,
  min: 2012,
  max: 2023,
  step: 1,
  scale: 'linear',
  source: 'Epoch AI 2024, “How far behind are open models?” (its analysis starts in 2018)',
};

/** From v2: the unit is a calendar year, so the slider reads "2018", not "2,018". */
const fromYear: ParamDefinition = { ...fromYearV1, unit: 'year' };

export interface OpenClosedComputeVersion {
  readonly version: number;
  readonly date: string;
  readonly changes: string;
  /**
   * v2 on: whole-year ticks (no repeated years on short windows), a legend, closed models as
   * rings so the two sides stay apart where dots overlap, and lags under a month said in words.
   */
  readonly legible: boolean;
}

/** Whole-year ticks, at most about eight of them. */
function yearTicks(from: number): number[] {
  const step = Math.max(1, Math.ceil((LAST_YEAR - from) / 8));
  const ticks: number[] = [];
  for (let year = Math.ceil(from); year <= LAST_YEAR; year += step) ticks.push(year);
  return ticks;
}

/** The annotation's wording of a median lag. */
function lagText(months: number, legible: boolean): string {
  if (!Number.isFinite(months)) return 'No closed record matched by an open model in this window';
  const amount = legible && months < 1 ? 'under a month' : `${formatNumber(months, 2)} months`;
  return `Open models matched closed records after a median of ${amount}`;
}

/** v2's legend, drawn inside the SVG (Plot's own legend is HTML outside it, and figure.svg must stand alone). */
function legendMarks() {
  // In the top margin (LEGEND_MARGIN), clear of the dots: one row, open then closed.
  const items = [
    { label: 'Open weights', fill: OPEN_COLOR, stroke: 'none', dx: 0 },
    { label: 'Closed (API, hosted, unreleased)', fill: 'none', stroke: CLOSED_COLOR, dx: 100 },
  ];
  return items.flatMap((item) => [
    Plot.dot([item], {
      frameAnchor: 'top-left',
      dx: item.dx + 4,
      dy: -34,
      r: 3.5,
      fill: item.fill,
      stroke: item.stroke,
    }),
    Plot.text([item.label], { frameAnchor: 'top-left', dx: item.dx + 12, dy: -34, textAnchor: 'start', fill: '#333' }),
  ]);
}

export function openClosedComputeFigure(options: OpenClosedComputeVersion) {
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
    columns: [
      {
        name: 'year',
        label: 'Published',
        unit: 'calendar year',
        description: 'Publication date as a decimal year.',
        digits: 6,
      },
      {
        name: 'training_compute_flop',
        label: 'Training compute',
        unit: 'FLOP',
        description: 'Training compute.',
        digits: 3,
      },
      {
        name: 'open',
        label: 'Open weights',
        unit: '1 = open',
        description: '1 for open weights, 0 for closed access.',
        digits: 1,
      },
      {
        name: 'source_row',
        label: 'ai-models row',
        unit: 'row',
        description: 'source_row of the model in ai-models v1.',
        digits: 6,
      },
    ],
    values: {
      catchUpMonths: {
        label: 'Median months for open models to match a closed compute record',
        compute: (_p, rows) => medianCatchUpMonths(asReleases(rows)),
        format: (months) => formatNumber(months, 2),
      },
      matchedRecords: {
        label: 'Closed compute records open models have matched',
        compute: (_p, rows) => closedRecordCatchUps(asReleases(rows)).lags.length,
        format: (n) => String(n),
      },
    },
    table(p: Params<Key>, data: FigureData) {
      return releases(data, p.from_year).sort((a, b) => a.year! - b.year! || a.source_row! - b.source_row!);
    },
    plot(p, rows) {
      const label = lagText(medianCatchUpMonths(asReleases(rows)), options.legible);
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
        ...(options.legible ? { marginTop: LEGEND_MARGIN } : {}),
        marginLeft: 56,
        marginRight: 16,
        x: options.legible
          ? { label: null, tickFormat: 'd', domain: [p.from_year, LAST_YEAR], ticks: yearTicks(p.from_year) }
          : { label: null, tickFormat: 'd', domain: [p.from_year, LAST_YEAR] },
        y: {
          type: 'log',
          label: '↑ Training compute (FLOP)',
          grid: true,
          tickFormat: (d: number) => formatNumber(d, 1),
        },
        marks: [
          ...dots,
          Plot.line(records(rows, 0), {
            x: 'year',
            y: 'compute',
            curve: 'step-after',
            stroke: CLOSED_COLOR,
            strokeWidth: 2,
          }),
          Plot.line(records(rows, 1), {
            x: 'year',
            y: 'compute',
            curve: 'step-after',
            stroke: OPEN_COLOR,
            strokeWidth: 2,
          }),
          Plot.text([label], { frameAnchor: 'top-left', dx: 6, dy: 4, textAnchor: 'start', fill: '#333' }),
          ...(options.legible ? legendMarks() : []),
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
      const months = medianCatchUpMonths(asReleases(rows));
      const lag = options.legible && months < 1 ? 'under a month' : `${formatNumber(months, 2)} months`;
      return `Scatter chart of training compute (log scale) against publication date from ${p.from_year} to ${LAST_YEAR}: ${open} open-weights and ${rows.length - open} closed models, with record lines for each. ${
        Number.isFinite(months)
          ? `Open models matched closed compute records after a median of ${lag}.`
          : 'No closed record was matched by an open model in this window.'
      }`;
    },
  });
}
