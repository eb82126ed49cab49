/**
 * open-closed-compute from v4: the recent end of the race, which the median lag hides (issue 20.7). The
 * closed records at the end of the data that no open model has matched, shaded from the first of them to
 * the end of the data between the open record and the closed one, and the open record's flat line labelled
 * with its date. recentRecords() (src/data/estimates/recent-records.ts) finds both.
 */
import * as Plot from '@observablehq/plot';
import { decimalYear } from '../../data/estimates/decimal-year.ts';
import { recentRecords, type RecentRecords } from '../../data/estimates/recent-records.ts';
import { theme } from '../theme.ts';
import type { TableRow } from '../spec.ts';
import type { LabelLayout } from '../layout/direct-labels.ts';
import { MONTH_NAMES } from '../../data/estimates/month-names.ts';

/**
 * A decimal year as its month: 2024.56 → "July 2024".
 *
 * @example monthOf(decimalYear('2023-12-06')) // 'December 2023'
 */
export function monthOf(year: number): string {
  const whole = Math.floor(year);
  return `${MONTH_NAMES[Math.min(11, Math.floor((year - whole) * 12))]} ${whole}`;
}

/** The same, abbreviated for labels on a phone: "Jul 2024". */
export const shortMonthOf = (year: number) => monthOf(year).replace(/^(\w{3})\w*/, '$1');

interface Row {
  readonly date: number;
  readonly value: number;
  readonly open: boolean;
}

/** The window's recent records, at the end of the data (`dataEnd`, YYYY-MM-DD). */
export function widening(rows: readonly TableRow[], dataEnd: string): RecentRecords<Row> {
  const releases: Row[] = rows.map((r) => ({ date: r.year!, value: r.training_compute_flop!, open: r.open === 1 }));
  return recentRecords(releases, decimalYear(dataEnd));
}

/** v5: how near the open record's step its date counts as next to it, in px, and how long its leader may be. */
const NEXT_TO = 4;
const LEADER = { length: 64, gap: 2, keep: true, onLine: true, dashed: true } as const;
/** v6: at most 30 px, so the date reads as its step's on a phone (v5's ran 40 to 60 px there). */
const NEAR_LEADER = { ...LEADER, length: 30 } as const;
/** v7: failing that, up to v5's 64 px, joined by a leader: on a 320 px phone v6 found no place within 30 px. */
const NEAR_LEADER_V7 = { ...NEAR_LEADER, then: { ...LEADER, length: LEADER.length } } as const;
/** v6: how much higher than v5 the count of unmatched records stands, in px. */
const NEAR_LIFT = 22;

/**
 * The marks: the unmatched span shaded, the unmatched records ringed, and the open record's date. With `layout`
 * (v5, labels-v5.ts) both labels are placed by it clear of the marks it keeps off, each joined to what it names
 * by a leader line when it must move away from it.
 */
export function wideningMarks(
  recent: RecentRecords<Row>,
  lastYear: number,
  layout?: LabelLayout,
  near = false,
  joined = false,
) {
  // v5: the count stays over the highest rings, partly in the top margin, as in v4 (`hold`); the open record's
  // date takes a clear place next to the step where that record was set or, failing that, one up to LEADER.length
  // px off, joined to the step by a leader line (layout/leader.ts).
  const count = (data: string[], options: Plot.TextOptions) => Plot.text(data, layout ? layout.hold(options) : options);
  const date = (data: string[], options: Plot.TextOptions) =>
    Plot.text(
      data,
      layout ? layout.place(options, 'frame', NEXT_TO, joined ? NEAR_LEADER_V7 : near ? NEAR_LEADER : LEADER) : options,
    );
  const open = recent.openRecord;
  const first = recent.unmatched[0];
  if (!open || !first) return [];
  const top = Math.max(...recent.unmatched.map((r) => r.value));
  const marks = [
    Plot.rect([{ x1: first.date, x2: lastYear, y1: open.value, y2: top }], {
      x1: 'x1',
      x2: 'x2',
      y1: 'y1',
      y2: 'y2',
      fill: theme.frontier,
      fillOpacity: 0.08,
    }),
    Plot.dot(recent.unmatched, { x: 'date', y: 'value', r: 5.5, stroke: theme.frontier, strokeWidth: 1.5 }),
  ];
  // v5: on two short lines, which fit the gaps between the closed models' rings on a phone.
  const dateLabel = date([`open record${layout ? '\n' : ' '}since ${shortMonthOf(open.date)}`], {
    // v5: asked for just above the step where the record was set; v4: above the line's right end.
    x: layout ? open.date : lastYear,
    y: open.value,
    ...(layout ? { dy: -8, lineAnchor: 'bottom' } : { dy: -6 }),
    dx: -4,
    textAnchor: 'end',
    fill: theme.open,
    stroke: theme.background,
    strokeWidth: 3,
    fontSize: 11,
  });
  const countLabel = count(
    // v6: on one line again, a line higher than v5's two: the lag's line in the top margin keeps clear above it.
    [`${recent.unmatched.length} unmatched${layout && !near ? '\n' : ' '}since ${shortMonthOf(first.date)}`],
    {
      x: lastYear,
      y: top,
      // v5: on two lines, its last over the highest ring as v4's one line was: it leaves the open record's date room.
      // v6: a line higher, in the decade v6 adds to the axis: the open record's date finds room under it, near its
      // step.
      ...(layout ? { dy: near ? -8 - NEAR_LIFT : -8, lineAnchor: 'bottom' } : { dy: -14 }),
      dx: -4,
      textAnchor: 'end',
      fill: theme.frontier,
      stroke: theme.background,
      strokeWidth: 3,
      fontSize: 11,
    },
  );
  // v5 places the count first: it keeps v4's place, and the date's leader must not cross it.
  return [...marks, ...(layout ? [countLabel, dateLabel] : [dateLabel, countLabel])];
}

/** v4's top margin: the y label, a legend row and the lag's row, clear of the dots. */
export const HEADER_MARGIN = 70;

/**
 * v4's header, in the top margin from the drawing's left edge so it fits a phone's 320 px: a short legend
 * (the caption says what "closed" covers) and the lag in a short line of its own.
 */
export function headerMarks(lagLine: string, colours: { open: string; closed: string }) {
  const items = [
    { label: 'Open weights', fill: colours.open, stroke: 'none', dx: 0 },
    { label: 'Closed', fill: 'none', stroke: colours.closed, dx: 104 },
  ];
  const left = -50;
  return [
    ...items.flatMap((item) => [
      Plot.dot([item], {
        frameAnchor: 'top-left',
        dx: left + item.dx + 4,
        dy: -48,
        r: 3.5,
        fill: item.fill,
        stroke: item.stroke,
      }),
      Plot.text([item.label], {
        frameAnchor: 'top-left',
        dx: left + item.dx + 12,
        dy: -48,
        textAnchor: 'start',
        fill: theme.ink,
      }),
    ]),
    Plot.text([lagLine], { frameAnchor: 'top-left', dx: left, dy: -30, textAnchor: 'start', fill: theme.ink }),
  ];
}

/** v4's lag line: short enough for a phone. */
export function lagLine(l: { months: number; matched: number; censored: number }): string {
  if (l.matched === 0) return 'No closed record matched in this window';
  if (!Number.isFinite(l.months))
    return `Median catch-up not reached (${l.censored} of ${l.matched + l.censored} unmatched)`;
  return `Median catch-up ${l.months < 1 ? 'under a month' : `${Math.round(l.months)} months`} (${l.censored} unmatched)`;
}
