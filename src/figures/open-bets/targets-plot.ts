/**
 * What open-bets draws from v2 (targets.ts): bets a year on a moving target (falling lines, open colour) and on
 * a fixed one (rising lines, frontier colour), each with hardware improving (solid) and flat (dashed), over the
 * rule at one bet a year. From v3 the labels go through one LabelLayout that keeps them off the four lines
 * (issue 19: on a phone "one bet a year" was crossed by the lines drawn after it, and the two targets' names lay
 * along the other target's line).
 *
 * @example betTargetsPlot(params, spec.table(params, data), true) // Plot options, v3's labels
 */
import * as Plot from '@observablehq/plot';
import { nearestYear } from '../budget-frontier/anchor.ts';
import { formatNumber, formatYear, quantity } from '../format.ts';
import { LabelLayout } from '../layout/direct-labels.ts';
import { offAxisNote, offAxisSide, type OffAxisSide } from '../layout/off-axis.ts';
import { theme } from '../theme.ts';
import type { TableRow } from '../spec.ts';

export const FIRST_YEAR = 2025;
export const LAST_YEAR = 2035;
const Y_DOMAIN: [number, number] = [1e-3, 1e4];
const HALO = { stroke: theme.background, strokeWidth: 3 } as const;
/** A line of the top-left key, and its height in pixels. */
const NOTE = { frameAnchor: 'top-left', dx: 6, textAnchor: 'start', ...HALO } as const;
const LINE_PX = 17;

/** The four lines: column, colour, and whether it is the flat-hardware (dashed) one, in drawing order. */
const LINES = [
  ['moving_flat', theme.open, true],
  ['moving', theme.open, false],
  ['fixed_flat', theme.frontier, true],
  ['fixed', theme.frontier, false],
] as const;

/**
 * The plot options of v2 and, with `labelsOffLines`, v3. With `ruleNameSlides` (v4), "one bet a year" names its
 * rule wherever it goes: it slides along the rule to a clear place (LabelLayout.placeAlongRules). v3 moved it off
 * the lines like any label, and on a phone with a $100K budget it sat two label heights below the rule, nearer the
 * grid line at 0.1 than the rule it names.
 */
export function betTargetsPlot(
  p: { readonly capability_year: number; readonly lag_years: number },
  rows: readonly TableRow[],
  labelsOffLines: boolean,
  ruleNameSlides = false,
  offAxisSaid = false,
  namesByLines = false,
  width = 640,
  namesAlongLines = false,
) {
  const shown = (key: string) => rows.filter((r) => r[key]! >= Y_DOMAIN[0] && r[key]! <= Y_DOMAIN[1]);
  const layout = labelsOffLines ? new LabelLayout({ ownLines: namesByLines }) : undefined;
  for (const [key, stroke] of LINES) layout?.avoid(shown(key), 'year', key, stroke);
  const text = (data: string[], options: Plot.TextOptions) => Plot.text(data, layout ? layout.place(options) : options);
  // A note drawn where it is asked to be, which the labels after it keep off (LabelLayout.hold).
  const held = (options: Plot.TextOptions) => (layout ? layout.hold(options) : options);
  const lines = LINES.map(([key, stroke, flat]) =>
    Plot.line(shown(key), {
      x: 'year',
      y: key,
      stroke,
      strokeWidth: flat ? 1.5 : 2.5,
      ...(flat ? { strokeDasharray: '5,3' } : {}),
    }),
  );
  // v3 draws the labels after the lines, so no line is painted over a label.
  const oneBetOptions = {
    x: LAST_YEAR,
    y: 1,
    dx: -4,
    dy: -8,
    textAnchor: 'end',
    fill: theme.ink,
    ...HALO,
  } as const;
  const oneBet =
    layout && ruleNameSlides
      ? Plot.text(['one bet a year'], layout.placeAlongRules(oneBetOptions))
      : text(['one bet a year'], oneBetOptions);
  const fixedName = `Fixed target: the ${formatYear(nearestYear(p.capability_year))} frontier`;
  const movingName =
    p.lag_years > 0 ? `Moving target: ${quantity(p.lag_years, 'years')} behind` : 'Moving target: the frontier itself';
  // From v5, a target with both its lines off the axis is said so in muted ink: named in its colour, it named nothing.
  const fixedOff = offAxisSaid ? offAxis(rows, ['fixed', 'fixed_flat']) : undefined;
  const movingOff = offAxisSaid ? offAxis(rows, ['moving', 'moving_flat']) : undefined;
  const cornerNames = () => [
    text([fixedOff ? offAxisText(fixedName, fixedOff) : fixedName], {
      frameAnchor: 'top-left',
      dx: 6,
      dy: 6,
      textAnchor: 'start',
      fill: fixedOff ? theme.mutedInk : theme.frontier,
      fontWeight: fixedOff ? 400 : 600,
      ...HALO,
    }),
    movingOff
      ? // Under the fixed target's name, where the falling moving-target lines would start: they are not drawn.
        Plot.text([offAxisText(movingName, movingOff)], held({ ...NOTE, dy: 6 + LINE_PX, fill: theme.mutedInk }))
      : text([movingName], {
          frameAnchor: 'bottom-left',
          dx: 6,
          dy: -6,
          textAnchor: 'start',
          fill: theme.open,
          fontWeight: 600,
          ...HALO,
        }),
  ];
  const names =
    layout && namesByLines
      ? lineNames(layout, rows, [fixedName, movingName], [fixedOff, movingOff], width < NARROW, namesAlongLines)
      : cornerNames();
  return {
    width: 640,
    height: 360,
    marginLeft: 56,
    marginRight: 16,
    x: { label: null, domain: [FIRST_YEAR, LAST_YEAR], tickFormat: (d: number) => formatYear(d) },
    y: {
      type: 'log',
      label: '↑ Bets a year (training runs)',
      domain: Y_DOMAIN,
      ticks: [1e-3, 1e-2, 1e-1, 1, 10, 100, 1e3, 1e4],
      grid: true,
      tickFormat: (d: number) => formatNumber(d, 1),
    },
    marks: [
      Plot.ruleY([1], { stroke: theme.ink }),
      ...(labelsOffLines ? [...lines, oneBet] : [oneBet, ...lines]),
      ...names,
    ],
  } as Plot.PlotOptions;
}

/** A target's name, its colour, and its lines: solid first. */
type Target = readonly [name: string, fill: string, keys: readonly [string, string]];

/**
 * v6: each target named beside its own line, where the corners of v5 named it up to 150 px from its lines (with every
 * slider at its maximum, "Moving target: 4 years behind" sat at the bottom left and its lines at the top right). The
 * name stands by the middle of the solid line's part on the axis (the dashed line's, when the solid one is off it),
 * within REACH pixels of it, else joined to it by a leader; it keeps off every line, its own too, and the rule's
 * name. A target with both lines off the axis is said so in muted ink at the top left, as in v5.
 */
function lineNames(
  layout: LabelLayout,
  rows: readonly TableRow[],
  [fixedName, movingName]: readonly [string, string],
  [fixedOff, movingOff]: readonly [OffAxisSide | undefined, OffAxisSide | undefined],
  narrow: boolean,
  alongLines = false,
) {
  // On a phone a name on one line is most of the plot's width: its kind and its aim on two lines find room.
  const shown = (name: string) => (narrow ? name.replace(': ', ':\n') : name);
  const targets: Target[] = [
    [shown(fixedName), theme.frontier, ['fixed', 'fixed_flat']],
    [shown(movingName), theme.open, ['moving', 'moving_flat']],
  ];
  const offNotes = [fixedOff && offAxisText(fixedName, fixedOff), movingOff && offAxisText(movingName, movingOff)]
    .filter((note): note is string => Boolean(note))
    .map((note, i) => Plot.text([note], layout.hold({ ...NOTE, dy: 6 + i * LINE_PX, fill: theme.mutedInk })));
  const named = targets.flatMap(([name, fill, keys]) => {
    const at = midPoint(rows, keys);
    if (!at) return [];
    const options = { x: 'year', y: 'value', text: () => name, fill, fontWeight: 600, dy: -10, ...HALO } as const;
    if (!alongLines) return [Plot.text([at], layout.place(options, 'frame', REACH, LEADER))];
    // v7: each point along the lines in turn, until the name finds a place by one or a short leader to it.
    const placed = { done: false };
    const tries = layout.place(options, 'frame', REACH, SHORT_LEADER);
    return [
      Plot.text(alongPoints(rows, keys), firstPlaced(layout, tries, placed)),
      Plot.text([at], unlessPlaced(layout.place(options, 'frame', REACH, LEADER), placed)),
    ];
  });
  return [...offNotes, ...named];
}

/** Pixels from its point within which a target's name must stand before a leader joins them. */
const REACH = 14;
/**
 * A leader to the name's line, short if it can be, else as long as it must be to reach clear space (on a phone four
 * lines can leave no room near the middle of one); only where none is found, the name anywhere clear.
 */
const LEADER = { length: 60, onLine: true, then: { length: 400, onLine: true }, keep: true } as const;
/** v7's leader from a name to one of the points along its lines: as LEADER's first try, and no name far off. */
const SHORT_LEADER = { length: 60, onLine: true, then: { length: 120, onLine: true } } as const;
/** Where along its part on the axis v7 tries a line's points, the middle first (a share of that part). */
const ALONG = [0.5, 0.35, 0.65, 0.2, 0.8] as const;

/**
 * The points v7 tries a target's name by, in turn: along its solid line's part on the axis (ALONG), then its
 * dashed line's. v6 tried the middle of one line only, and on a phone, where the rule's name or the other target's
 * lines took the room by it, set the name wherever there was room, up to 118 px from its lines.
 */
function alongPoints(rows: readonly TableRow[], keys: readonly string[]): { year: number; value: number }[] {
  return keys.flatMap((key) => {
    const on = rows.filter((r) => r[key]! >= Y_DOMAIN[0] && r[key]! <= Y_DOMAIN[1]);
    const picked = new Set(ALONG.map((share) => on[Math.round(share * (on.length - 1))]).filter(Boolean));
    return [...picked].map((r) => ({ year: r!.year!, value: r![key]! }));
  });
}

/**
 * Text options that place their points one at a time, in order, and draw the first that `layout` places (it places
 * a label as it renders: one more box among its placed ones), marking `placed`; the others are not drawn.
 */
function firstPlaced<T extends Plot.TextOptions>(layout: LabelLayout, options: T, placed: { done: boolean }): T {
  const render = options.render!;
  return {
    ...options,
    render(index, scales, values, dimensions, context, next) {
      for (const i of index) {
        const before = layout.placed.length;
        const drawn = render.call(
          this,
          Object.assign([i], panelKeys(index)),
          scales,
          values,
          dimensions,
          context,
          next,
        );
        if (layout.placed.length > before) {
          placed.done = true;
          return drawn;
        }
      }
      return null;
    },
  };
}

/** Text options drawn only when `placed` says no earlier mark placed the same name. */
function unlessPlaced<T extends Plot.TextOptions>(options: T, placed: { done: boolean }): T {
  const render = options.render!;
  return {
    ...options,
    render(...args) {
      return placed.done ? null : render.apply(this, args);
    },
  };
}

/** The panel an index carries (Plot's fx, fy, fi), for a subset of it. */
const panelKeys = (index: object) =>
  Object.fromEntries(Object.entries(index).filter(([key]) => ['fx', 'fy', 'fi'].includes(key)));

/** Drawings narrower than this (a phone's) set a target's name on two lines. */
const NARROW = 480;

/** The middle of the first of `keys`' lines with points on the axis, by year, or undefined when none has. */
function midPoint(rows: readonly TableRow[], keys: readonly string[]): { year: number; value: number } | undefined {
  for (const key of keys) {
    const on = rows.filter((r) => r[key]! >= Y_DOMAIN[0] && r[key]! <= Y_DOMAIN[1]);
    const mid = on[Math.floor((on.length - 1) / 2)];
    if (mid) return { year: mid.year!, value: mid[key]! };
  }
  return undefined;
}

/** Where a target's lines lie when none of their points is on the axis: all below it, all above, or either side. */
function offAxis(rows: readonly TableRow[], keys: readonly string[]): OffAxisSide | undefined {
  return offAxisSide(
    rows.flatMap((r) => keys.map((key) => r[key])),
    Y_DOMAIN,
  );
}

/**
 * "▼ Moving target: under 0.001 bets a year": a target said off the axis, by its kind alone (its aim, "the frontier
 * itself", made the line too long for a phone; the slider beside the figure shows it). The arrow is off-axis.ts's.
 */
function offAxisText(name: string, where: OffAxisSide): string {
  const target = name.split(': ')[0]!;
  const said = {
    below: `${target}: under ${formatNumber(Y_DOMAIN[0], 1)} bets a year`,
    above: `${target}: over ${formatNumber(Y_DOMAIN[1], 1)} bets a year`,
    off: `${target}: off this axis`,
  };
  return offAxisNote(where, said[where]);
}
