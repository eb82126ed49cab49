/**
 * device-frontier's drawing: machines by release year against the frontier
 * year their best model matches, the same-year diagonal, the anchor
 * frontier, and the projected home machine. Labels are placed by
 * edge-labels.ts so that they move or drop rather than overlap on a phone.
 */
import * as Plot from '@observablehq/plot';
import { labelOf } from '../edge-data.ts';
import { frameAt, placeDataLabels, type AxisScale, type LabelFrame, type LabelPoint } from '../edge-labels.ts';
import { yearAxis, yearTicks } from '../layout/year-axis.ts';
import { formatYear } from '../format.ts';
import type { TableRow } from '../spec.ts';
import { theme } from '../theme.ts';
import { DEVICE, PROJECTION } from './frontier.ts';
import { TARGET_YEAR } from './params.ts';

const X_FIRST = 2019.5;
/** Axes fixed across every state the sliders reach; points outside them are left out (the table keeps them). */
const X: AxisScale = { domain: [X_FIRST, TARGET_YEAR + 1.5], type: 'linear' };
const Y: AxisScale = { domain: [2018, TARGET_YEAR + 2], type: 'linear' };
/** The machines the essay names, labelled first so theirs are the labels that keep their places. */
const NAMED = ['Spark', 'RTX 5090', 'M3 Ultra'];
const FRAME: LabelFrame = {
  width: 640,
  height: 440,
  marginTop: 28,
  marginRight: 16,
  marginBottom: 40,
  marginLeft: 48,
};

/** Vendor colours, by the table's vendor code (device-fit uses the same). */
export const VENDOR_FILL = [theme.nvidia, theme.apple, theme.amd] as const;
const VENDOR_NAMES = ['NVIDIA', 'Apple', 'AMD'] as const;

/** The shortest name that tells machines apart on this chart. */
export function tinyName(name: string): string {
  return name
    .replace(/^Mac Studio /, '')
    .replace(/^MacBook Pro /, 'MacBook ')
    .replace(/^Ryzen AI Max\+ 395$/, 'Ryzen')
    .replace(/^DGX /, '');
}

interface Label extends LabelPoint {
  readonly fill: string;
  readonly weight?: number;
}

/** Machines at the same point share one label. */
function machineLabels(machines: readonly TableRow[]): Label[] {
  const byPoint = new Map<string, { row: TableRow; names: string[] }>();
  for (const m of machines) {
    const key = `${m.year}:${m.matched_year!.toFixed(3)}`;
    const entry = byPoint.get(key) ?? { row: m, names: [] };
    entry.names.push(tinyName(labelOf(m)));
    byPoint.set(key, entry);
  }
  // Named machines first, in the essay's order; then the rest, latest first.
  const named = (names: readonly string[]) => {
    const i = NAMED.findIndex((m) => names.some((n) => n.includes(m)));
    return i < 0 ? NAMED.length : i;
  };
  return [...byPoint.values()]
    .sort(
      (a, b) =>
        named(a.names) - named(b.names) || b.row.year! - a.row.year! || b.row.matched_year! - a.row.matched_year!,
    )
    .map(({ row, names }) => ({
      x: row.year!,
      y: row.matched_year!,
      // Machines sharing a dot: the named one and how many more, which fits a phone (the table lists all).
      text: names.length > 1 ? `${names.sort((a, b) => named([a]) - named([b]))[0]} +${names.length - 1}` : names[0]!,
      fill: VENDOR_FILL[row.vendor!] ?? theme.ink,
    }));
}

const inside = (scale: AxisScale, v: number) => v >= scale.domain[0] && v <= scale.domain[1];

/** Plot options for the table at the given anchor date, drawn `width` pixels wide. */
export function plotFrontier(
  rows: readonly TableRow[],
  anchorDate: number,
  anchorYear: number,
  width: number,
): Plot.PlotOptions {
  const visible = (r: TableRow) => inside(Y, r.matched_year!) && inside(X, r.year!);
  const machines = rows.filter((r) => r.series === DEVICE && visible(r));
  const projection = rows.filter((r) => r.series === PROJECTION && visible(r));
  const target = projection.find((r) => r.year === TARGET_YEAR);
  const diagonalEnd = Math.min(X.domain[1], Y.domain[1]) - 0.3;
  // Labels in order of importance: an earlier one keeps its place, a later one moves or drops.
  const labels: Label[] = [
    // The key to the dots' colours, in the empty top-left corner.
    ...VENDOR_NAMES.map((name, i) => ({
      x: X_FIRST,
      y: Y.domain[1],
      text: `● ${name}`,
      fill: VENDOR_FILL[i]!,
      dot: false,
      places: [{ dx: 6, dy: 8 + 16 * i, textAnchor: 'start' as const }],
    })),
    ...(target
      ? [
          {
            x: target.year!,
            y: target.matched_year!,
            text: `${formatYear(TARGET_YEAR)} machine`,
            fill: theme.open,
            weight: 600,
          },
        ]
      : []),
    ...machineLabels(machines),
    {
      x: X_FIRST,
      y: anchorDate,
      text: `the ${formatYear(anchorYear)} frontier`,
      fill: theme.frontier,
      dot: false,
      places: [
        { dx: 4, dy: -9, textAnchor: 'start' },
        { dx: 4, dy: 10, textAnchor: 'start' },
      ],
    },
    {
      x: diagonalEnd,
      y: diagonalEnd,
      text: 'same year',
      fill: theme.mutedInk,
      dot: false,
      places: [
        { dx: -6, dy: -4, textAnchor: 'end' },
        { dx: 6, dy: 6, textAnchor: 'start' },
      ],
    },
  ];
  const places = placeDataLabels(labels, FRAME, X, Y, width);
  return {
    ...FRAME,
    x: { ...yearAxis(X.domain, { ...FRAME, width }), label: 'Year the machine is released →' },
    y: {
      label: '↑ Frontier year its best model matches',
      domain: [...Y.domain],
      // A year label stacked vertically needs a line (16 px), a third of the room yearTicks allows across.
      ticks: yearTicks(
        Y.domain[0],
        Y.domain[1],
        3 * (frameAt(FRAME, width).height - FRAME.marginTop - FRAME.marginBottom),
      ),
      grid: true,
      tickFormat: formatYear,
    },
    marks: [
      Plot.line(
        [
          { x: X_FIRST, y: X_FIRST },
          { x: X.domain[1], y: X.domain[1] },
        ],
        { x: 'x', y: 'y', stroke: theme.reference, strokeDasharray: '4,3' },
      ),
      Plot.ruleY([anchorDate], { stroke: theme.frontier, strokeOpacity: 0.6 }),
      Plot.line(projection, { x: 'year', y: 'matched_year', stroke: theme.open, strokeWidth: 2 }),
      ...(target ? [Plot.dot([target], { x: 'year', y: 'matched_year', r: 5, fill: theme.open })] : []),
      // NVIDIA last: the DGX Spark shares its dot with two other makers' machines and is the one named.
      ...[2, 1, 0].map((vendor) =>
        Plot.dot(
          machines.filter((r) => r.vendor === vendor),
          { x: 'year', y: 'matched_year', r: 4, fill: VENDOR_FILL[vendor], stroke: theme.background, strokeWidth: 1 },
        ),
      ),
      ...labels.flatMap((label, i) => {
        const place = places[i];
        if (!place) return [];
        return [
          Plot.text([label], {
            x: 'x',
            y: 'y',
            text: 'text',
            ...place,
            fill: label.fill,
            stroke: theme.background,
            strokeWidth: 3,
            paintOrder: 'stroke',
            fontSize: 12,
            fontWeight: label.weight ?? 400,
          }),
        ];
      }),
    ],
  };
}
