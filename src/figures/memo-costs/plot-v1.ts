/**
 * memo-costs v1's drawing, as published: the three models' dots with their long names ("PaLM 540B (closed)"),
 * the memo's two figures as dashed rings each named beside it, and the greys of the legacy palette
 * (legacy-colours.ts). From v2 the figure draws with plot-v2.ts, which is legible on a phone and in the dark; this
 * file only keeps v1's frozen drawing reproducible. Apart from the spec (figure.ts), as plot-v2.ts is.
 *
 * @example
 * memoCostsPlotV1(rows, memo, { palm: 0, vicuna: 2 })   // the Plot options v1 drew these rows with
 */
import * as Plot from '@observablehq/plot';
import { LEGACY } from '../legacy-colours.ts';
import type { TableRow } from '../spec.ts';
import { theme } from '../theme.ts';
import { memoCostsAxes } from './axes.ts';

const OPEN_COLOR = theme.open;
const CLOSED_COLOR = theme.frontier;
/** By row id (figure.ts PALM, LLAMA, VICUNA). */
const NAMES = ['PaLM 540B (closed)', 'LLaMA-13B pre-training (open)', 'Vicuna-13B (open fine-tune)'];

export function memoCostsPlotV1(
  rows: readonly TableRow[],
  memo: readonly { cost_usd: number; mmlu: number; text: string }[],
  ids: { palm: number; vicuna: number },
): Plot.PlotOptions {
  const byId = (id: number) => rows.find((r) => r.id === id)!;
  const label = (d: TableRow) => NAMES[d.id!] ?? '';
  const color = (d: TableRow) => (d.id === ids.palm ? CLOSED_COLOR : OPEN_COLOR);
  return {
    ...memoCostsAxes(7),
    marks: [
      Plot.ruleY([0.25], { stroke: LEGACY.grey999, strokeDasharray: '2,3' }),
      Plot.text(['chance: 25%'], {
        frameAnchor: 'bottom-right',
        dx: -4,
        dy: -4,
        fill: LEGACY.grey777,
        fontSize: 11,
      }),
      Plot.dot(memo, { x: 'cost_usd', y: 'mmlu', r: 5, stroke: LEGACY.grey777, strokeDasharray: '2,2' }),
      Plot.text(memo, {
        x: 'cost_usd',
        y: 'mmlu',
        text: 'text',
        dx: 10,
        textAnchor: 'start',
        fill: LEGACY.grey777,
        fontSize: 11,
      }),
      Plot.line([byId(ids.vicuna), byId(ids.palm)], { x: 'cost_usd', y: 'mmlu', stroke: LEGACY.greyBbb }),
      Plot.dot(rows, { x: 'cost_usd', y: 'mmlu', r: 6, fill: color }),
      Plot.text(
        rows.filter((d) => d.id !== ids.vicuna),
        { x: 'cost_usd', y: 'mmlu', text: label, dy: -12, fill: color, fontWeight: 600, fontSize: 12 },
      ),
      Plot.text(
        rows.filter((d) => d.id === ids.vicuna),
        { x: 'cost_usd', y: 'mmlu', text: label, dy: 18, fill: color, fontWeight: 600, fontSize: 12 },
      ),
    ],
  } as Plot.PlotOptions;
}
