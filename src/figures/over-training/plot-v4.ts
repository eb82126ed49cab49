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
import { formatNumber, formatYear } from '../format.ts';
import { LabelLayout } from '../layout/direct-labels.ts';
import { offAxisEnd, offAxisNote } from '../layout/off-axis.ts';
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
 * From v7 a leader that crosses no line wins over any that crosses one (layout/leader.ts, lineCost), and the name
 * may stand in the top margin beside the y axis's title: at 390 px with the 400B model, v6's 60 px leader crossed
 * the grey lines, as a line crossed cost only 16 px, and the only clear place in reach was above the frame. Where
 * no place within reach is clear (the dot in a narrow band between two grey lines, its name too long for the
 * band), the leader crossing the fewest lines is taken, the shortest of those.
 */
const CLEAR_NAME_LEADER = { ...NAME_LEADER, lineCost: 1000 } as const;
/** The y axis's title, where Plot sets it (3 px in from the drawing's top left corner), held from v7 (above). */
const Y_TITLE = { frameAnchor: 'top-left', dx: 3 - FRAME.marginLeft, dy: 3 - FRAME.marginTop } as const;

/**
 * From v6, a size's name keeps within END_REACH of its line's end, or stands in clear space joined to it by a
 * leader up to END_LEADER long: at every slider's maximum on a phone, v5 moved the names along the crowded ends
 * until "8B" stood beside the 70B line.
 */
const END_REACH = 4;
const END_LEADER = { length: 60, onLine: true } as const;

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
  offAxisSaid = false,
  clearLeader = false,
): Plot.PlotOptions {
  const frontier = frontierOf(rows, p);
  const n = p.model_billions * 1e9;
  const axes = overTrainingAxes(width);
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
  // From v6 the sizes' line ends count as their names' points among one another (point-labels.ts, nearestItsDot):
  // each name's middle nearer its own end than another's, where four ends crowd on a phone.
  if (offAxisSaid) layout.avoidDots(ends, xy.x, xy.y, 1);
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
  const name = `${formatNumber(p.model_billions, 3)}B on ${formatNumber(p.training_tokens, 2)}`;
  const chosenName = Plot.text(
    dotShown ? [dot] : [],
    layout.place(
      {
        ...xy,
        // Short enough for a phone: the tokens' unit is the axis's and the caption's.
        text: () => name,
        dx: -8,
        dy: -12,
        textAnchor: 'end',
        fill: theme.open,
        fontWeight: 600,
        ...text,
      },
      clearLeader ? 'frame and top margin' : 'frame',
      nameByLeader ? NAME_REACH : undefined,
      clearLeader ? CLEAR_NAME_LEADER : nameByLeader ? NAME_LEADER : undefined,
    ),
  );
  return {
    ...FRAME,
    ...(clearLeader ? { ...axes, y: { ...axes.y, label: null } } : axes),
    marks: [
      // v7: the y axis's title as a held label (Y_TITLE), drawn and marked as Plot's, before the names placed by it.
      ...(clearLeader
        ? [
            Plot.text(
              [axes.y!.label as string],
              layout.hold({ ...Y_TITLE, textAnchor: 'start', lineAnchor: 'top', ariaLabel: 'y-axis label' }),
            ),
          ]
        : []),
      Plot.ruleX([CHINCHILLA_TOKENS_PER_PARAMETER], { stroke: theme.mutedInk, strokeDasharray: '2,3' }),
      Plot.line(grey, { ...xy, z: 'parameters', stroke: theme.reference }),
      ...(limits.length
        ? [Plot.ruleY(limits, { y: 'matched_year', stroke: theme.open, strokeDasharray: '5,3', strokeOpacity: 0.7 })]
        : []),
      Plot.line(chosen, { ...xy, stroke: theme.open, strokeWidth: 2.5 }),
      ...(dotShown ? [Plot.dot([dot], { ...xy, r: 5, fill: theme.open })] : []),
      // Up to v5 placed first, so no other label takes its place under the frame's top; from v6 the chosen
      // model's name, or its note, comes first: at every slider's maximum on a phone "compute-optimal" had taken
      // the only clear place near the dot.
      ...(offAxisSaid
        ? [chosenName, ...offAxisMarks(name, ratio, dot.matched_year, layout), optimal]
        : [optimal, chosenName]),
      // The sizes' names at their lines' ends, in the right margin; from v6 from the highest end down, so each
      // takes the place beside its end before a lower one is pushed up into it.
      Plot.text(
        offAxisSaid ? [...ends].sort((a, b) => b.matched_year - a.matched_year) : ends,
        layout.place(
          { ...xy, text: 'text', dx: 4, textAnchor: 'start', fill: theme.mutedInk, ...text },
          'frame and right margin',
          offAxisSaid ? END_REACH : undefined,
          offAxisSaid ? END_LEADER : undefined,
        ),
      ),
    ],
  } as Plot.PlotOptions;
}

/**
 * From v6, where the chosen model's dot is off the axes, a note says so in muted ink, where its name would be (the
 * dot's name in the series' colour would name nothing on show; layout/off-axis.ts): "▼ 0.4B on 1×10¹¹" over
 * "matches a frontier before 2012", or "← 400B on 1×10¹¹" over "under 2 tokens per parameter". Its line may still
 * be partly on show, under its size's name at its end being the grey ones' only.
 */
function offAxisMarks(name: string, ratio: number, year: number, layout: LabelLayout): Plot.Text[] {
  const across = offAxisEnd(ratio, [MIN_RATIO, MAX_RATIO]);
  const up = offAxisEnd(year, [Y_MIN, Y_MAX]);
  if (!across && !up) return [];
  const words = across
    ? `${offAxisNote(across, name, 'x')}\n${across === 'below' ? 'under' : 'over'} ${formatNumber(across === 'below' ? MIN_RATIO : MAX_RATIO, 1)} tokens per parameter`
    : `${offAxisNote(up!, name)}\nmatches a frontier ${up === 'below' ? 'before' : 'after'} ${formatYear(up === 'below' ? Y_MIN : Y_MAX)}`;
  // Where the dot went: the frame's foot or head, its left or right; moved clear of the lines if they are there.
  const vertical = up === 'above' ? 'top' : up === 'below' ? 'bottom' : '';
  const side = across === 'above' ? 'right' : 'left';
  const anchor = (vertical ? `${vertical}-${side}` : side) as 'top-left';
  return [
    Plot.text(
      [words],
      layout.place({
        frameAnchor: anchor,
        dx: side === 'left' ? 6 : -6,
        dy: vertical === 'top' ? 6 : vertical === 'bottom' ? -6 : 0,
        textAnchor: side === 'left' ? 'start' : 'end',
        lineAnchor: vertical === 'top' ? 'top' : vertical === 'bottom' ? 'bottom' : 'middle',
        fill: theme.mutedInk,
        fontSize: 12,
        stroke: theme.background,
        strokeWidth: 3,
        paintOrder: 'stroke',
      }),
    ),
  ];
}
