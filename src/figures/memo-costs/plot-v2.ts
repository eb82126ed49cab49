/**
 * memo-costs from v2: the same dots, legible on a phone and in the dark (issue 19). Ticks every two
 * decades ("$10M$100M" ran together at 320 px), short names on the dots with open and closed said by a
 * legend, the memo's two figures as dashed rings named once in the legend (its labels ran off the right
 * edge: "the memo's PaL"), and theme colours.
 */
import * as Plot from '@observablehq/plot';
import { LabelLayout } from '../layout/direct-labels.ts';
import { axisLabelMargins } from '../layout/fit.ts';
import { theme } from '../theme.ts';
import type { TableRow } from '../spec.ts';
import { memoCostsAxes } from './axes.ts';

const HALO = { stroke: theme.background, strokeWidth: 3 } as const;
const SHORT_NAMES = ['PaLM 540B', 'LLaMA-13B', 'Vicuna-13B'];
/** Pixels a model's name may stand from its dot with no leader (v5 on), as device-frontier's machines. */
const DOT_REACH = 10;
/**
 * Where no clear place comes within DOT_REACH, a leader up to this long, stopping short of the 6 px dot (v5 on): on
 * a phone v4 set "Vicuna-13B" 40–43 px from its dot in every state, with no line to it.
 */
const DOT_LEADER = { length: 48, gap: 8, keep: true } as const;

export function memoCostsPlotV2(
  rows: readonly TableRow[],
  memo: readonly { cost_usd: number; mmlu: number }[],
  ids: { palm: number; vicuna: number },
  /** v4 on: the names keep off the Vicuna–PaLM line (on a phone "LLaMA-13B" lay along it) and off the dots. */
  labelsOffLine = false,
  /** v5 on: each name within DOT_REACH of its dot, or joined to it by a leader (layout/leader.ts). */
  namesByDots = false,
): Plot.PlotOptions {
  const byId = (id: number) => rows.find((r) => r.id === id)!;
  const color = (d: TableRow) => (d.id === ids.palm ? theme.frontier : theme.open);
  const between = [byId(ids.vicuna), byId(ids.palm)];
  const labels = labelsOffLine ? new LabelLayout().avoid(between, 'cost_usd', 'mmlu', theme.reference) : undefined;
  // Each dot as a one-point line: a name moved off the line must not land on a dot's centre either.
  for (const dot of [...rows, ...memo]) labels?.avoid([dot], 'cost_usd', 'mmlu', 'dot');
  if (namesByDots) labels?.avoidDots(rows, 'cost_usd', 'mmlu', 6).avoidDots(memo, 'cost_usd', 'mmlu', 5);
  const place = <T extends Plot.TextOptions>(options: T): T =>
    !labels ? options : namesByDots ? labels.place(options, 'frame', DOT_REACH, DOT_LEADER) : labels.place(options);
  const legend = [
    { label: 'Open', dx: 0, fill: theme.open, stroke: 'none', dash: null },
    { label: 'Closed', dx: 56, fill: theme.frontier, stroke: 'none', dash: null },
    { label: 'The memo’s figures', dx: 124, fill: 'none', stroke: theme.mutedInk, dash: '2,2' },
  ];
  return {
    ...memoCostsAxes([1e2, 1e4, 1e6, 1e8]),
    // The legend's row under the y axis's label.
    marginTop: 40,
    // The x axis's label under its tick labels (at 390 px it ran over "$1M" and "$100M").
    marginBottom: axisLabelMargins().marginBottom,
    marks: [
      Plot.ruleY([0.25], { stroke: theme.reference, strokeDasharray: '2,3' }),
      Plot.text(['chance: 25%'], { frameAnchor: 'bottom-right', dx: -4, dy: -4, fill: theme.mutedInk }),
      ...legend.flatMap((item) => [
        Plot.dot([item], {
          frameAnchor: 'top-left',
          dx: item.dx + 4,
          dy: -14,
          r: 4,
          fill: item.fill,
          stroke: item.stroke,
          ...(item.dash ? { strokeDasharray: item.dash } : {}),
        }),
        Plot.text([item.label], {
          frameAnchor: 'top-left',
          dx: item.dx + 12,
          dy: -14,
          textAnchor: 'start',
          fill: theme.ink,
        }),
      ]),
      Plot.dot(memo, { x: 'cost_usd', y: 'mmlu', r: 5, stroke: theme.mutedInk, strokeDasharray: '2,2' }),
      Plot.line(between, { x: 'cost_usd', y: 'mmlu', stroke: theme.reference }),
      Plot.dot(rows, { x: 'cost_usd', y: 'mmlu', r: 6, fill: color }),
      Plot.text(
        rows.filter((d) => d.id !== ids.vicuna),
        place({
          x: 'cost_usd',
          y: 'mmlu',
          text: (d: TableRow) => SHORT_NAMES[d.id!],
          dy: -14,
          fill: color,
          fontWeight: 600,
          ...HALO,
        }),
      ),
      Plot.text(
        rows.filter((d) => d.id === ids.vicuna),
        place({
          x: 'cost_usd',
          y: 'mmlu',
          text: (d: TableRow) => SHORT_NAMES[d.id!],
          // From its dot rightwards: centred, it ran into the y axis's labels when Vicuna costs $100. From v5 beside
          // its dot, where v4's place below it stood 40 px off.
          dx: namesByDots ? 10 : -8,
          dy: namesByDots ? 0 : 18,
          textAnchor: 'start',
          fill: color,
          fontWeight: 600,
          ...HALO,
        }),
      ),
    ],
  } as Plot.PlotOptions;
}
