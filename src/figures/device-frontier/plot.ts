/**
 * device-frontier's drawing: machines by release year against the frontier
 * year their best model matches, the same-year diagonal, the anchor
 * frontier, and the projected home machine. Labels move or drop rather than
 * overlap on a phone: up to v2 placed by edge-labels.ts, which kept them off
 * dots and other labels only; from v3 by LabelLayout, which also keeps them
 * off the diagonal, the frontier's rule and the projection (on a phone
 * "2030 machine", "M3 Ultra" and "RTX 4090" lay along the diagonal), and
 * keeps each machine's name within a few pixels of its dot; from v4 with its
 * middle nearer its own dot than any other (v3 at 1280 px: "MacBook M4 Max" and
 * "M2 Ultra" each read as the other's). What each name reads and the order
 * names are placed in: machine-names.ts.
 */
import * as Plot from '@observablehq/plot';
import { labelOf } from '../edge-data.ts';
import { placeDataLabels } from '../edge-labels.ts';
import { LabelLayout, type LeaderOptions } from '../layout/direct-labels.ts';
import type { DotNameRule } from '../layout/point-labels.ts';
import { frameAt, type AxisScale, type LabelFrame } from '../layout/frame.ts';
import { yearAxis, yearTicks } from '../layout/year-axis.ts';
import { formatYear } from '../format.ts';
import type { TableRow } from '../spec.ts';
import { theme } from '../theme.ts';
import { DEVICE, PROJECTION } from './frontier.ts';
import { machineDots } from './machine-dots.ts';
import { NAMED, NAMED_V7, VENDOR_FILL, VENDOR_NAMES, machineLabels, tinyName, type Label } from './machine-names.ts';
import { offAxisNotes } from './off-axis-notes.ts';
import { sideBySide, type Pixels } from './side-by-side.ts';
import { TARGET_YEAR } from './params.ts';

const X_FIRST = 2019.5;
/** Axes fixed across every state the sliders reach; points outside them are left out (the table keeps them). */
const X: AxisScale = { domain: [X_FIRST, TARGET_YEAR + 1.5], type: 'linear' };
const Y: AxisScale = { domain: [2018, TARGET_YEAR + 2], type: 'linear' };
/**
 * From v7, a drawing narrower than this says where off-axis machines are in fewer words ("below 2018"): at 290 px
 * (a 320 px screen) "matches a frontier before 2018" found no clear place.
 */
const NARROW_PX = 330;
const FRAME: LabelFrame = {
  width: 640,
  height: 440,
  marginTop: 28,
  marginRight: 16,
  marginBottom: 40,
  marginLeft: 48,
};

const inside = (scale: AxisScale, v: number) => v >= scale.domain[0] && v <= scale.domain[1];

/** Gap in pixels a name may keep from its dot (v3 on): farther, it reads as a neighbour's. */
const DOT_REACH = 10;
/**
 * Gap the projected machine's name may keep from its dot (v3 on): on a phone the diagonal above and the frontier's
 * rule below leave no room beside the dot, and the name, in its line's colour, still reads as the line's.
 */
const TARGET_REACH = 32;
/** Gap in pixels the frontier's and the diagonal's names may keep from where they are asked to be (v3 on). */
const LINE_REACH = 16;
/**
 * From v5, a machine's name with no clear place within DOT_REACH of its dot may stand up to this far off, joined to
 * the dot by a leader line stopping 2 px short of it (layout/leader.ts): on a phone v4 left "M3 Ultra" out in most
 * states, its dot among others on the diagonal.
 */
const DOT_LEADER: LeaderOptions = { length: 48, gap: 6 };
/**
 * From v7, the leader of a machine the essay names may be longer: on a phone the RTX 3090's dot sits in the corner
 * between the diagonal, the frame's foot and the RTX 4090, and v6 left its name out.
 */
const NAMED_LEADER: LeaderOptions = { length: 96, gap: 6 };

/**
 * Plot options for the table at the given anchor date, drawn `width` pixels wide; from v3 (`labelRules`) with its labels
 * placed by LabelLayout, clear of the lines as well as of the dots and one another: `dotNames` is the DotNameRule
 * ('box' in v3, 'box and middle' from v4) and `macsByChip` names a MacBook by its chip (tinyName; from v4).
 */
export function plotFrontier(
  rows: readonly TableRow[],
  anchorDate: number,
  anchorYear: number,
  width: number,
  labelRules?: {
    readonly dotNames: DotNameRule;
    readonly macsByChip: boolean;
    readonly leaders?: boolean;
    readonly offAxis?: boolean;
    /** From v7: the RTX 3090 named too (NAMED_V7), here and in the off-axis notes. */
    readonly allNamed?: boolean;
    /** From v8: machines of different makers at one point as nested rings (machine-dots.ts). */
    readonly nestedDots?: boolean;
    /** From v9: no dot's middle under another maker's dot: machines moved across their year (side-by-side.ts). */
    readonly sideBySide?: boolean;
  },
): Plot.PlotOptions {
  const macsByChip = labelRules?.macsByChip ?? false;
  const visible = (r: TableRow) => inside(Y, r.matched_year!) && inside(X, r.year!);
  const onAxes = rows.filter((r) => r.series === DEVICE && visible(r));
  const essayNames = labelRules?.allNamed ? NAMED_V7 : NAMED;
  // From v9 the dots, their names and what the names keep off all stand where the dots are drawn.
  const machines = labelRules?.sideBySide ? sideBySide(onAxes, pixelsAt(width), essayNames) : onAxes;
  const projection = rows.filter((r) => r.series === PROJECTION && visible(r));
  const target = projection.find((r) => r.year === TARGET_YEAR);
  const diagonalEnd = Math.min(X.domain[1], Y.domain[1]) - 0.3;
  const offAxis = labelRules?.offAxis
    ? offAxisNotes(
        rows.filter((r) => r.series === DEVICE),
        Y.domain,
        // Below: the foot's left, under the diagonal's start. Above: the head's right, clear of the key.
        { below: X_FIRST, above: X.domain[1] },
        labelRules.allNamed
          ? { named: essayNames, nameOf: (m) => tinyName(labelOf(m), macsByChip), narrow: width < NARROW_PX }
          : undefined,
      )
    : [];
  // From v6 the key names only the makers with a dot on show.
  const keyed = VENDOR_NAMES.map((_, vendor) => vendor).filter(
    (vendor) => !labelRules?.offAxis || machines.some((m) => m.vendor === vendor),
  );
  // Labels in order of importance: an earlier one keeps its place, a later one moves or drops.
  // From v7 the machines the essay names come before the off-axis note: at 290 px the note took the RTX 5090's place.
  const machineNames = labelRules ? machineLabels(machines, macsByChip, essayNames) : [];
  const noteLate = labelRules?.allNamed === true;
  const labels: Label[] = [
    ...(noteLate ? [] : offAxis),
    // The key to the dots' colours, in the empty top-left corner.
    ...keyed.map((vendor, i) => ({
      x: X_FIRST,
      y: Y.domain[1],
      text: `● ${VENDOR_NAMES[vendor]!}`,
      fill: VENDOR_FILL[vendor]!,
      dot: false,
      // From v3 a line apart as LabelLayout measures one (its boxes are padded), and the first a pixel lower, so
      // none is pushed down: inside the plot and clear of the one above.
      places: [{ dx: 6, dy: labelRules ? 9 + 19 * i : 8 + 16 * i, textAnchor: 'start' as const }],
    })),
    ...(target
      ? [
          {
            x: target.year!,
            y: target.matched_year!,
            text: `${formatYear(TARGET_YEAR)} machine`,
            fill: theme.open,
            weight: 600,
            reach: TARGET_REACH,
          },
        ]
      : []),
    // Up to v2 the machines' names before the lines' (v3 places them after: see below).
    ...(labelRules ? [] : machineLabels(machines, macsByChip, essayNames)),
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
    // From v3 the lines' names before the machines': a machine's name had taken "the 2025 frontier"'s place.
    ...(noteLate
      ? [...machineNames.filter((m) => m.named), ...offAxis, ...machineNames.filter((m) => !m.named)]
      : machineNames),
  ];
  const diagonal = [
    { x: X_FIRST, y: X_FIRST },
    { x: X.domain[1], y: X.domain[1] },
  ];
  const textMarks = labelRules
    ? layoutLabels(
        labels,
        { diagonal, machines, projection, anchorDate },
        labelRules.dotNames,
        labelRules.leaders,
        labelRules.allNamed,
      )
    : firstPlacerLabels(labels, width);
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
      Plot.line(diagonal, { x: 'x', y: 'y', stroke: theme.reference, strokeDasharray: '4,3' }),
      Plot.ruleY([anchorDate], { stroke: theme.frontier, strokeOpacity: 0.6 }),
      Plot.line(projection, { x: 'year', y: 'matched_year', stroke: theme.open, strokeWidth: 2 }),
      ...(target ? [Plot.dot([target], { x: 'year', y: 'matched_year', r: 5, fill: theme.open })] : []),
      ...machineDots(machines, labelRules?.nestedDots ?? false),
      ...textMarks,
    ],
  };
}

/** Where a drawing `width` wide puts a year and a frontier year, in pixels (side-by-side.ts). */
function pixelsAt(width: number): Pixels {
  const frame = frameAt(FRAME, width);
  const [left, right] = [FRAME.marginLeft, width - FRAME.marginRight];
  const [top, bottom] = [FRAME.marginTop, frame.height - FRAME.marginBottom];
  return {
    x: (year) => left + ((year - X.domain[0]) / (X.domain[1] - X.domain[0])) * (right - left),
    y: (matched) => bottom - ((matched - Y.domain[0]) / (Y.domain[1] - Y.domain[0])) * (bottom - top),
    left,
    right,
  };
}

/** A label's text mark: its colour, weight and a halo in the background's colour. */
function textMark(label: Label, place: Plot.TextOptions): Plot.Text {
  return Plot.text([label], {
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
  });
}

/** v1–v2: places decided before drawing by edge-labels.ts at the drawing's width (published; never changes). */
function firstPlacerLabels(labels: readonly Label[], width: number): Plot.Text[] {
  const places = placeDataLabels(labels, FRAME, X, Y, width);
  return labels.flatMap((label, i) => {
    const place = places[i];
    return place ? [textMark(label, place)] : [];
  });
}

/**
 * v3 on: LabelLayout places each label as Plot draws it, in order (the first keeps its place), clear of the
 * earlier labels, of every dot, and of each line in another colour than its own: the dashed diagonal, the
 * frontier's rule and the projected machine's line. A machine's name keeps within DOT_REACH of its dot, or is left
 * out (the table and the description list every machine).
 */
function layoutLabels(
  labels: readonly Label[],
  marks: {
    diagonal: readonly { x: number; y: number }[];
    machines: readonly TableRow[];
    projection: readonly TableRow[];
    anchorDate: number;
  },
  dotNames: DotNameRule,
  leaders = false,
  longLeaders = false,
): Plot.Text[] {
  const rule = [
    { x: X.domain[0], y: marks.anchorDate },
    { x: X.domain[1], y: marks.anchorDate },
  ];
  const layout = new LabelLayout({ dotNames })
    .avoid(marks.diagonal, 'x', 'y', theme.reference)
    .avoid(rule, 'x', 'y', theme.frontier)
    .avoid(marks.projection, 'year', 'matched_year', theme.open)
    .avoidDots(marks.machines, 'year', 'matched_year', 4)
    .avoidDots(
      marks.projection.filter((r) => r.year === TARGET_YEAR),
      'year',
      'matched_year',
      5,
    );
  return labels.map((label) => {
    // The first of a label's places (edge-labels.ts's order) is where it is asked to be.
    const first = label.places?.[0] ?? { dx: 7, dy: 0, textAnchor: 'start' as const };
    // The key keeps its one place (nothing is drawn there); the lines' names keep near their lines' ends.
    const reach = label.reach ?? (label.places ? (label.places.length === 1 ? undefined : LINE_REACH) : DOT_REACH);
    const leader =
      leaders && reach === DOT_REACH ? (label.named && longLeaders ? NAMED_LEADER : DOT_LEADER) : undefined;
    return textMark(
      label,
      layout.place({ ...first, fill: label.fill, fontWeight: label.weight ?? 400 }, 'frame', reach, leader),
    );
  });
}
