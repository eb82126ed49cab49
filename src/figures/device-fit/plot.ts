/**
 * device-fit's drawing: each home machine's dot at the largest model it holds against how fast it decodes it, on log
 * axes, coloured by maker. v1–v3 name the dots through edge-labels.ts (machines at one point share a name); from v4
 * (`everyMachineNamed`) plot-v4.ts draws them so that every machine can be told apart at every setting.
 *
 * @example plotDeviceFit(rows, 338, { reachableEnds: true, everyMachineNamed: true })
 */
import * as Plot from '@observablehq/plot';
import { labelOf } from '../edge-data.ts';
import { placeDataLabels, type AxisScale, type LabelFrame } from '../edge-labels.ts';
import { formatNumber } from '../format.ts';
import type { TableRow } from '../spec.ts';
import { theme } from '../theme.ts';
import { drawnMachines, machineMarks } from './plot-v4.ts';

/** A parameter count in billions, as the x axis's ticks and the description say it: "70B". */
export const billions = (n: number) => `${formatNumber(n / 1e9, 2)}B`;

/** The makers' colours and names, in the table's vendor code order (figure.ts, VENDORS). */
const VENDOR_FILL = [theme.nvidia, theme.apple, theme.amd] as const;
const VENDOR_NAMES = ['NVIDIA', 'Apple', 'AMD'] as const;
const X: AxisScale = { domain: [5e9, 3e12], type: 'log' };
const Y_V1: AxisScale = { domain: [0.5, 2000], type: 'log' };
/**
 * From v3: up to 10,000 tokens/s, which holds every reachable state. At 1% of weights active, 2 bits a weight and
 * 90% of bandwidth an RTX 5090 decodes 6,300 tokens/s; v2's axis stopped at 2,000 (its 2% already reached 3,150),
 * and the dots drawn above it ran into the axis's title.
 */
const Y_FROM_V3: AxisScale = { domain: [0.5, 1e4], type: 'log' };
/**
 * From v4: down to 0.2 tokens/s, room below the slowest dots for their names. At 30% of bandwidth the Ryzen AI
 * Max+ 395 decodes 0.75 tokens/s, 8 px above v3's axis on a phone, and its name found no place beside it.
 */
const Y_FROM_V4: AxisScale = { domain: [0.2, 1e4], type: 'log' };
const FRAME: LabelFrame = { width: 640, height: 400, marginTop: 28, marginRight: 24, marginBottom: 40, marginLeft: 56 };

/** Labels for the dots: machines at the same point share one; each moves or drops rather than overlap (edge-labels.ts). */
function dotLabels(rows: readonly TableRow[], width: number, Y: AxisScale) {
  const groups: { x: number; y: number; names: string[]; vendor: number }[] = [];
  for (const r of rows) {
    const same = groups.find(
      (g) =>
        Math.abs(Math.log(g.x / r.max_parameters!)) < 1e-9 && Math.abs(Math.log(g.y / r.tokens_per_second!)) < 1e-9,
    );
    if (same) same.names.push(labelOf(r));
    else groups.push({ x: r.max_parameters!, y: r.tokens_per_second!, names: [labelOf(r)], vendor: r.vendor! });
  }
  // The machines the essay names first, so theirs are the labels that keep their places.
  const rank = (g: (typeof groups)[number]) => {
    const i = NAMED.findIndex((n) => g.names.some((m) => m.startsWith(n)));
    return i < 0 ? NAMED.length : i;
  };
  groups.sort((a, b) => rank(a) - rank(b) || b.y - a.y);
  const labels = groups.map((g) => ({
    x: g.x,
    y: g.y,
    // Machines sharing a dot: the first and how many more, which fits a phone (the table lists all).
    text: g.names.length > 1 ? `${g.names[0]} +${g.names.length - 1}` : g.names[0]!,
    fill: VENDOR_FILL[g.vendor] ?? theme.ink,
  }));
  // The key to the dots' colours, first, in the empty top-left corner (small, fast models).
  const key = VENDOR_NAMES.map((name, i) => ({
    x: X.domain[0],
    y: Y.domain[1],
    text: `● ${name}`,
    fill: VENDOR_FILL[i]!,
    dot: false,
    places: [{ dx: 6, dy: 8 + 16 * i, textAnchor: 'start' as const }],
  }));
  const all = [...key, ...labels];
  const places = placeDataLabels(all, FRAME, X, Y, width);
  return all.flatMap((label, i) => (places[i] ? [{ ...label, ...places[i]! }] : []));
}

/** The machines the essay names, in its order. */
const NAMED = ['DGX Spark', 'Mac Studio M3', 'Ryzen', 'RTX 5090'];

/** Plot options for these rows in a drawing `width` px wide. */
export function plotDeviceFit(
  rows: readonly TableRow[],
  width: number,
  options: { readonly reachableEnds?: boolean; readonly everyMachineNamed?: boolean },
): Plot.PlotOptions {
  const Y = options.everyMachineNamed ? Y_FROM_V4 : options.reachableEnds ? Y_FROM_V3 : Y_V1;
  const labels = options.everyMachineNamed ? [] : dotLabels(rows, width, Y);
  const rank = (names: readonly string[]) => {
    const i = NAMED.findIndex((n) => names.some((m) => m.startsWith(n)));
    return i < 0 ? NAMED.length : i;
  };
  const machines = options.everyMachineNamed
    ? machineMarks(drawnMachines(rows, FRAME, X, Y, width, rank), VENDOR_FILL, VENDOR_NAMES, {
        left: { x: X.domain[0], y: Y.domain[1] },
        right: { x: X.domain[1], y: Y.domain[1] },
      })
    : [];
  return {
    ...FRAME,
    x: {
      type: 'log',
      label: 'Largest model that fits (parameters) →',
      domain: [...X.domain],
      tickFormat: (d: number) => billions(d),
    },
    y: {
      type: 'log',
      label: '↑ Decode speed (tokens/s)',
      domain: [...Y.domain],
      grid: true,
      tickFormat: (d: number) => formatNumber(d, 1),
    },
    marks: options.everyMachineNamed
      ? machines
      : [
          ...VENDOR_FILL.map((fill, vendor) =>
            Plot.dot(
              rows.filter((r) => r.vendor === vendor),
              { x: 'max_parameters', y: 'tokens_per_second', r: 5, fill, stroke: theme.background, strokeWidth: 1 },
            ),
          ),
          ...labels.map((label) =>
            Plot.text([label], {
              x: 'x',
              y: 'y',
              text: 'text',
              dx: label.dx,
              dy: label.dy,
              textAnchor: label.textAnchor,
              fill: label.fill,
              stroke: theme.background,
              strokeWidth: 3,
              paintOrder: 'stroke',
              fontSize: 12,
            }),
          ),
        ],
  } as Plot.PlotOptions;
}
