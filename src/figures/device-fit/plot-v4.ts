/**
 * device-fit's dots and names from v4, where every machine can be told apart at every setting, on a phone and in
 * either theme (session 8: at v3's defaults on a phone the Ryzen AI Max+ 395's red dot lay over the DGX Spark's green
 * one, "DGX Spark" stood beside the red dot and the AMD machine was named nowhere; at 16 bits the RTX 4090 and 3090
 * lost their names). The machines' dots keep one pattern at every setting (the sliders move them all together on
 * the log axes), and some lie within a few pixels of each other:
 *  - machines of different makers that nearly coincide (DGX Spark and Ryzen AI Max+ 395: the same memory, bandwidth
 *    6% apart) are drawn a dot apart, upward in order of speed, so that both colours show; the table keeps their
 *    values;
 *  - machines of one maker that nearly coincide (RTX 4090 and 3090; MacBook Pro and Mac Studio M4 Max) share a name;
 *  - each name is placed by LabelLayout next to its own dot, nearer it than any other dot (its middle too), or
 *    joined to it by a leader; a name with no place at all is counted in a note in the drawing ("1 machine not
 *    named here: see the table").
 *
 * @example plotFromV4(rows, 390, Y) // { marks: [dots by maker, names, key] }
 */
import * as Plot from '@observablehq/plot';
import { labelOf } from '../edge-data.ts';
import { quantity } from '../format.ts';
import { LabelLayout, type LeaderOptions } from '../layout/direct-labels.ts';
import { frameAt, toPixels, type AxisScale, type LabelFrame } from '../layout/frame.ts';
import type { TableRow } from '../spec.ts';
import { theme } from '../theme.ts';

/** Dots whose centres are this close, in pixels, read as one: they are drawn apart or share a name. */
const COINCIDE_PX = 6;
/** Pixels between the centres of nearly coinciding dots of different makers: a dot's width, both colours on show. */
const DODGE_PX = 9;
/** Radius of a machine's dot. */
const DOT_R = 4.5;
/** How far a name may stand from its dot, and the leader that may join one farther off (device-frontier's). */
const DOT_REACH = 8;
const DOT_LEADER: LeaderOptions = { length: 56, gap: 7 };
/**
 * A name is asked to stand on its dot's left when another dot lies this close on its right (and within half this
 * above or below): at 16 bits on a phone, names asked on the right of the Apple and NVIDIA clusters took each
 * other's places.
 */
const RIGHT_PX = 48;

interface Drawn {
  readonly x: number;
  /** Speed as drawn: the machine's own, or moved a dot's width from a nearly coinciding machine of another maker. */
  readonly y: number;
  readonly vendor: number;
  readonly names: readonly string[];
  /** Order its name is placed in (the essay's machines first). */
  readonly rank: number;
  /** The side its name is asked to stand on: the left where another machine's dot lies close on its right. */
  readonly side: 'left' | 'right';
}

/** The value a pixel stands for on a scale (toPixels inverted). */
function fromPixels(pixel: number, scale: AxisScale, from: number, to: number): number {
  const [a, b] = scale.domain;
  const t = (pixel - from) / (to - from);
  return scale.type === 'log' ? Math.exp(Math.log(a) + t * (Math.log(b) - Math.log(a))) : a + t * (b - a);
}

/** A Mac by its chip alone, as the key says Apple ("Mac Studio M3 Ultra" → "M3 Ultra"): short enough for a phone. */
const byChip = (name: string) => name.replace(/^Mac(Book Pro| Studio) /, '');

/**
 * One name for machines of one maker sharing a dot: the part their names share said once ("RTX 3090 / 4090"), and
 * machines of one name counted ("M4 Max ×2": the MacBook Pro's and the Mac Studio's; the table names both).
 */
export function sharedName(fullNames: readonly string[]): string {
  const names = fullNames.map(byChip);
  const distinct = [...new Set(names)];
  if (distinct.length === 1) return names.length > 1 ? `${distinct[0]} ×${names.length}` : distinct[0]!;
  const words = distinct.map((n) => n.split(' '));
  let head = 0;
  while (words.every((w) => w[head] !== undefined && w[head] === words[0]![head])) head++;
  let tail = 0;
  while (words.every((w) => w.length - tail - 1 > head && w.at(-1 - tail) === words[0]!.at(-1 - tail))) tail++;
  const middles = words.map((w) => w.slice(head, w.length - tail).join(' '));
  return [...words[0]!.slice(0, head), middles.join(' / '), ...words[0]!.slice(words[0]!.length - tail)].join(' ');
}

/**
 * The machines as drawn at `width`: nearly coinciding machines of one maker together under one name, of different
 * makers a dot's width apart (module doc). `rank` orders the names (the essay's machines first).
 */
export function drawnMachines(
  rows: readonly TableRow[],
  frameSpec: LabelFrame,
  X: AxisScale,
  Y: AxisScale,
  width: number,
  rank: (names: readonly string[]) => number,
): Drawn[] {
  const frame = frameAt(frameSpec, width);
  const [left, right] = [frame.marginLeft, frame.width - frame.marginRight];
  const [bottom, top] = [frame.height - frame.marginBottom, frame.marginTop];
  const points = rows.map((r) => ({
    row: r,
    px: toPixels(r.max_parameters!, X, left, right),
    py: toPixels(r.tokens_per_second!, Y, bottom, top),
  }));
  // Groups of dots within COINCIDE_PX of one another, chained.
  const group = points.map((_, i) => i);
  const find = (i: number): number => (group[i] === i ? i : (group[i] = find(group[i]!)));
  points.forEach((p, i) =>
    points.forEach((q, j) => {
      if (j > i && Math.hypot(p.px - q.px, p.py - q.py) < COINCIDE_PX) group[find(j)] = find(i);
    }),
  );
  const drawn: (Omit<Drawn, 'side'> & { px: number; py: number })[] = [];
  for (const root of new Set(points.map((_, i) => find(i)))) {
    const members = points.filter((_, i) => find(i) === root);
    const makers = [...new Set(members.map((m) => m.row.vendor!))].map((vendor) => {
      const own = members.filter((m) => m.row.vendor === vendor);
      const mean = (f: (m: (typeof own)[number]) => number) => own.reduce((s, m) => s + f(m), 0) / own.length;
      return { vendor, own, px: mean((m) => m.px), py: mean((m) => m.py) };
    });
    // Fastest at the top, a dot's width apart, centred where the group is.
    makers.sort((a, b) => a.py - b.py);
    const middle = makers.reduce((s, m) => s + m.py, 0) / makers.length;
    makers.forEach((maker, k) => {
      const py = makers.length > 1 ? middle + (k - (makers.length - 1) / 2) * DODGE_PX : maker.py;
      const names = maker.own.map((m) => labelOf(m.row));
      drawn.push({
        x: fromPixels(maker.px, X, left, right),
        y: fromPixels(py, Y, bottom, top),
        vendor: maker.vendor,
        names,
        rank: rank(names),
        px: maker.px,
        py,
      });
    });
  }
  const crowdedOnRight = (m: (typeof drawn)[number]) =>
    drawn.some((o) => o.px - m.px > 0 && o.px - m.px < RIGHT_PX && Math.abs(o.py - m.py) < RIGHT_PX / 2);
  return drawn
    .map(({ px: _px, py: _py, ...m }, i) => ({ ...m, side: crowdedOnRight(drawn[i]!) ? 'left' : 'right' }) as const)
    .sort((a, b) => a.rank - b.rank || b.y - a.y);
}

/** A text mark in a maker's colour with a halo in the background's. */
function named(options: Plot.TextOptions): Plot.TextOptions {
  return { ...options, stroke: theme.background, strokeWidth: 3, paintOrder: 'stroke', fontSize: 12 };
}

/**
 * The dots, their names, the key to the makers' colours in the top-left corner and, where some name finds no place,
 * a note in the top-right corner (fast and large: no machine is there) that says how many are not named. `fills`
 * are the makers' colours by vendor code, `key` their names; `corners` the plot's top-left and top-right, in data.
 */
export function machineMarks(
  machines: readonly Drawn[],
  fills: readonly string[],
  key: readonly string[],
  corners: { readonly left: { x: number; y: number }; readonly right: { x: number; y: number } },
): Plot.Markish[] {
  const layout = new LabelLayout().avoidDots(machines, 'x', 'y', DOT_R);
  const keyMarks = key.map((name, i) =>
    Plot.text(
      [corners.left],
      layout.hold(
        named({ x: 'x', y: 'y', text: () => `● ${name}`, fill: fills[i], dx: 6, dy: 8 + 16 * i, textAnchor: 'start' }),
      ),
    ),
  );
  // Machines whose name found a place, counted as Plot draws the names (LabelLayout decides then).
  let namedCount = 0;
  const nameMarks = machines.map((m) => {
    const options = layout.place(
      named({
        x: 'x',
        y: 'y',
        text: (d: Drawn) => sharedName(d.names),
        fill: fills[m.vendor],
        dx: m.side === 'left' ? -8 : 8,
        textAnchor: m.side === 'left' ? 'end' : 'start',
      }),
      'frame',
      DOT_REACH,
      DOT_LEADER,
    );
    const place = options.render!;
    return Plot.text([m], {
      ...options,
      render(index, scales, values, dimensions, context, next) {
        return place.call(this, index, scales, values, dimensions, context, (kept, ...rest) => {
          namedCount += kept.length > 0 ? m.names.length : 0;
          return next ? next(kept, ...rest) : null;
        });
      },
    });
  });
  // Drawn after the names, so it knows how many found a place.
  const note = Plot.text([corners.right], {
    x: 'x',
    y: 'y',
    // Replaced as it is drawn: Plot leaves out a text whose channel is empty.
    text: () => 'not named',
    dx: -4,
    dy: 8,
    textAnchor: 'end',
    fill: theme.mutedInk,
    fontSize: 12,
    render(index, scales, values, dimensions, context, next) {
      const left = machines.reduce((n, m) => n + m.names.length, 0) - namedCount;
      if (left <= 0 || !next) return null;
      const text = [`${quantity(left, 'machines', 1)} not named here`];
      return next(index, scales, { ...values, text } as unknown as typeof values, dimensions, context);
    },
  });
  return [
    ...fills.map((fill, vendor) =>
      Plot.dot(
        machines.filter((m) => m.vendor === vendor),
        { x: 'x', y: 'y', r: DOT_R, fill, stroke: theme.background, strokeWidth: 1 },
      ),
    ),
    ...keyMarks,
    ...nameMarks,
    note,
  ];
}
