/**
 * over-training's drawing from v4: the same marks as plot.ts, with every label placed by one LabelLayout
 * (layout/direct-labels.ts) instead of edge-labels.ts, so that labels keep off the lines as well as off one another
 * (issue 19: on a phone "8B on 1.5×10¹³" was written along the 32B line, and the chosen size's line was drawn over
 * "compute-optimal"). Every text comes after the lines, rules and dot; the chosen size's label stays on its side of
 * every line (keepSide), so it is not read as another size's.
 *
 * @example plotOverTrainingV4(params, rows, 390)
 */
import * as Plot from '@observablehq/plot';
import { HOFFMANN_2022_TEX } from '../../model/chinchilla.ts';
import { frontierYearOfLoss } from '../../model/edge.ts';
import { sizeLimitedLoss } from '../../model/over-training.ts';
import { formatNumber } from '../format.ts';
import { LabelLayout } from '../layout/direct-labels.ts';
import type { Params, TableRow } from '../spec.ts';
import { theme } from '../theme.ts';
import { overTrainingAxes } from './axes.ts';
import type { Key } from './params.ts';
import {
  CHINCHILLA_TOKENS_PER_PARAMETER,
  FRAME,
  MAX_RATIO,
  MIN_RATIO,
  SIZES,
  Y_MAX,
  Y_MIN,
  frontierOf,
  matched,
} from './trend.ts';

/** What every label keeps off, besides lines of other colours: the chosen size's line and limit, and its dot. */
const CHOSEN = 'chosen size';

/** Gap in pixels the chosen model's name may keep from its dot without a leader (v5 on). */
const NAME_REACH = 6;
/**
 * The longest leader from the chosen model's name to its dot (v5 on), where it stops (the dot's radius and 2 px),
 * and a name with no clear place that near is kept, placed as in v4 (at both sliders' maxima on a phone, where
 * "compute-optimal" stands between the dot and the clear space below the lines).
 */
const NAME_LEADER = { length: 90, gap: 7, keep: true } as const;

/**
 * Plot options for these rows, drawn `width` pixels wide. From v5 (`nameByLeader`) the chosen model's name keeps
 * within NAME_REACH of its dot or, where no place there is clear of the lines, stands in clear space joined to the
 * dot by a leader line (layout/leader.ts): in v4 it kept to its side of the other sizes' lines, and on a phone that
 * put it 30 to 50 px from its dot, under lines it did not name.
 */
export function plotOverTrainingV4(
  p: Params<Key>,
  rows: readonly TableRow[],
  width: number,
  nameByLeader = false,
): Plot.PlotOptions {
  const frontier = frontierOf(rows, p);
  const n = p.model_billions * 1e9;
  const visible = (r: TableRow) => r.matched_year! >= Y_MIN && r.matched_year! <= Y_MAX;
  const grey = rows.filter((r) => r.chosen === 0 && visible(r));
  const chosen = rows.filter((r) => r.chosen === 1 && visible(r));
  const limit = frontierYearOfLoss(HOFFMANN_2022_TEX, sizeLimitedLoss(HOFFMANN_2022_TEX, n), frontier);
  const limits = limit >= Y_MIN && limit <= Y_MAX ? [{ matched_year: limit }] : [];
  const ratio = p.training_tokens / n;
  const dot = { tokens_per_parameter: ratio, matched_year: matched(n, p.training_tokens, frontier) };
  const dotShown = ratio >= MIN_RATIO && ratio <= MAX_RATIO && dot.matched_year >= Y_MIN && dot.matched_year <= Y_MAX;
  const ends = SIZES.map((s) => ({
    tokens_per_parameter: MAX_RATIO,
    matched_year: matched(s, MAX_RATIO * s, frontier),
    text: `${formatNumber(s / 1e9, 2)}B`,
  })).filter((e) => e.matched_year >= Y_MIN && e.matched_year <= Y_MAX);
  const xy = { x: 'tokens_per_parameter', y: 'matched_year' } as const;
  const layout = new LabelLayout({ keepSide: true })
    .avoid(grey, xy.x, xy.y, theme.reference, { z: 'parameters' })
    .avoid(chosen, xy.x, xy.y, CHOSEN)
    .avoidRuleY(limits, xy.y, CHOSEN)
    .avoidRuleX([{ ratio: CHINCHILLA_TOKENS_PER_PARAMETER }], 'ratio', theme.mutedInk);
  // v4 kept labels off the dot as off a line's point; from v5 it is the dot its name is placed beside.
  if (nameByLeader) layout.avoidDots(dotShown ? [dot] : [], xy.x, xy.y, 5);
  else layout.avoid(dotShown ? [dot] : [], xy.x, xy.y, CHOSEN);
  const text = { fontSize: 12, stroke: theme.background, strokeWidth: 3, paintOrder: 'stroke' } as const;
  const optimal = Plot.text(
    ['compute-optimal'],
    layout.place({
      x: CHINCHILLA_TOKENS_PER_PARAMETER,
      frameAnchor: 'top',
      dx: 4,
      dy: 6,
      textAnchor: 'start',
      fill: theme.mutedInk,
      ...text,
    }),
  );
  const chosenName = Plot.text(
    dotShown ? [dot] : [],
    layout.place(
      {
        ...xy,
        // Short enough for a phone: the tokens' unit is the axis's and the caption's.
        text: () => `${formatNumber(p.model_billions, 3)}B on ${formatNumber(p.training_tokens, 2)}`,
        dx: -8,
        dy: -12,
        textAnchor: 'end',
        fill: theme.open,
        fontWeight: 600,
        ...text,
      },
      'frame',
      nameByLeader ? NAME_REACH : undefined,
      nameByLeader ? NAME_LEADER : undefined,
    ),
  );
  return {
    ...FRAME,
    ...overTrainingAxes(width),
    marks: [
      Plot.ruleX([CHINCHILLA_TOKENS_PER_PARAMETER], { stroke: theme.mutedInk, strokeDasharray: '2,3' }),
      Plot.line(grey, { ...xy, z: 'parameters', stroke: theme.reference }),
      ...(limits.length
        ? [Plot.ruleY(limits, { y: 'matched_year', stroke: theme.open, strokeDasharray: '5,3', strokeOpacity: 0.7 })]
        : []),
      Plot.line(chosen, { ...xy, stroke: theme.open, strokeWidth: 2.5 }),
      ...(dotShown ? [Plot.dot([dot], { ...xy, r: 5, fill: theme.open })] : []),
      // Placed first, so no other label takes its place under the frame's top.
      optimal,
      chosenName,
      // The sizes' names at their lines' ends, in the right margin.
      Plot.text(
        ends,
        layout.place(
          { ...xy, text: 'text', dx: 4, textAnchor: 'start', fill: theme.mutedInk, ...text },
          'frame and right margin',
        ),
      ),
    ],
  } as Plot.PlotOptions;
}
