/**
 * A label joined to its point by a leader line, for LabelLayout (direct-labels.ts): when no clear place comes
 * within `reach` of a dot, its name may stand a little farther off, in clear space, with a short line from its box
 * to the dot (issue 19: on a phone over-training v4 set the chosen model's name 30 to 50 px from its dot, where a
 * reader could not tell what it named, and device-frontier v4 left "M3 Ultra" out in most states rather than set
 * it beside another machine's dot). The place taken is the one whose leader is shortest, a line of another colour
 * crossed on the way counting as LINE_COST pixels more; the leader crosses no label, no other dot and no other
 * leader, and later labels keep off it (LabelLayout passes it to them as a line). Deterministic, as every place.
 * Here the search is set up and its places taken in order; each place is tested in leader-search.ts, and its
 * leader's line crossings counted in leader-lines.ts.
 *
 * @example
 * leaderPlace(home, { x: 120, y: 80 }, { length: 60, gap: 6 }, bounds, { taken, dots, lines, leaders }, 14)
 * // { dx: 0, dy: 34, leader: [{ x: 120, y: 86 }, { x: 120, y: 96 }] }: 34 px down, a 10 px line up to the dot
 */
import { LeaderLines } from './leader-lines.ts';
import { PlaceTests, type Nearby } from './leader-search.ts';
import type { Polyline } from './line-obstacles.ts';
import { nearbyBoxes, nearbyLines, SegmentBands } from './leader-nearby.ts';
import { asRowOrderChose, LeaderRings } from './leader-order.ts';
import { inkBox, type Box } from './point-labels.ts';

/** How a label may be joined to its point. */
export interface LeaderOptions {
  /** The longest leader, in pixels, from the label's box to its point's end of the leader. */
  readonly length: number;
  /** Pixels the leader stops short of the point: a dot's radius and some air (default 3, for a point on a line). */
  readonly gap?: number;
  /**
   * When no place within `length` is clear either: true keeps the label, placed as one that names no point
   * (placeLabel without `near`); by default it is left out, as a name too far from its dot would name another.
   */
  readonly keep?: boolean;
  /**
   * For a point on a line, not a dot (open-closed-compute v5's record step): no dot's name, so the label need not
   * keep DOT_CLEARANCE from other dots, only off them; and the leader may pass over dots on its way (in a dense
   * scatter every way out crosses one), each costing LINE_COST as a line does.
   */
  readonly onLine?: boolean;
  /**
   * Draw the leader dashed: in a drawing of step lines in the label's colour, a solid vertical or level leader from
   * a step reads as the line itself (open-closed-compute v5 on a phone: the record seemed to drop at its step).
   */
  readonly dashed?: boolean;
  /**
   * Pixels each line the leader crosses costs (default LINE_COST). Longer than `length`, a leader crossing no line
   * wins over any that crosses one, and where every place within `length` crosses some, the one crossing the fewest
   * wins (over-training v7: on a phone v6's 60 px leader crossed four grey lines where a clear place was 80 px off).
   */
  readonly lineCost?: number;
  /**
   * A second try when no place within `length` is found, before `keep` (open-closed-compute v7: on a 320 px
   * phone, from 2020 on, no place within v6's 30 px was clear, and the date stood 40 to 79 px off with no leader).
   */
  readonly then?: LeaderOptions;
}

type Point = { readonly x: number; readonly y: number };

/** What a leader's label and line keep off, in the panel's pixels. */
export interface LeaderObstacles {
  /** Boxes of the labels placed before (padded, as LabelLayout keeps them). */
  readonly taken: readonly Box[];
  /** Boxes of every dot (dotBox), the label's own among them. */
  readonly dots: readonly Box[];
  /** Lines of another colour: the label's ink keeps off them; the leader may cross them, at LINE_COST each. */
  readonly lines: readonly Polyline[];
  /** Leaders drawn before: neither the label nor its leader may cross one. */
  readonly leaders: readonly Polyline[];
}

/** Step of the search, in pixels (nearPointPlace's). */
const STEP = 2;
/** Pixels a leader's crossing of a line costs: a leader over a line is harder to follow than a longer clear one. */
const LINE_COST = 16;
/**
 * Pixels a label with a leader keeps from any other dot: set against one, it would still read as its name (on a
 * phone, at 6 px, device-frontier's "M4 Max" stood beside the RTX 4090's dot, its leader running off to its own).
 */
const DOT_CLEARANCE = 12;

/**
 * Where to move a label (from `home`, its box where it was asked to be; its text `height` pixels tall) so that it
 * is inside `bounds` and clear of `obstacles`, and a leader from the nearest point of its box to within
 * `options.gap` of `point` is at least MIN_LEADER (leader-search.ts) and at most `options.length` long and clear
 * (module doc): the move and the leader, from the box to the point, or undefined when there is no such place.
 */
export function leaderPlace(
  home: Box,
  point: Point,
  options: LeaderOptions,
  bounds: Box,
  obstacles: LeaderObstacles,
  height: number,
): { dx: number; dy: number; leader: Polyline } | undefined {
  const gap = options.gap ?? 3;
  const lineCost = options.lineCost ?? LINE_COST;
  const reach = options.length + gap;
  const [width, tall] = [home.right - home.left, home.bottom - home.top];
  const pad = (tall - height) / 2;
  const clearance = options.onLine ? 0 : DOT_CLEARANCE;
  // The moves tried, as the search this replaced tried them: each row (dy) in turn, each column (dx) along it.
  const columns: number[] = [];
  for (let dx = step(point.x - reach - width - home.left); dx <= point.x + reach - home.left; dx += STEP)
    if (home.left + dx >= bounds.left && home.right + dx <= bounds.right) columns.push(dx);
  const rows: number[] = [];
  for (let dy = step(point.y - reach - tall - home.top); dy <= point.y + reach - home.top; dy += STEP)
    if (home.top + dy >= bounds.top && home.bottom + dy <= bounds.bottom) rows.push(dy);
  if (columns.length === 0 || rows.length === 0) return undefined;
  // Every box and leader tried lies in this rectangle: what lies beside it is left out of the tests (leader-nearby).
  // (The ink's box moves with the label's box, and mostly lies inside it.)
  const ink = inkBox(home, height, pad);
  const region = {
    left: Math.min(Math.min(home.left, ink.left) + columns[0]!, point.x),
    right: Math.max(Math.max(home.right, ink.right) + columns.at(-1)!, point.x),
    top: Math.min(Math.min(home.top, ink.top) + rows[0]!, point.y),
    bottom: Math.max(Math.max(home.bottom, ink.bottom) + rows.at(-1)!, point.y),
  };
  const own = (d: Box) => Math.hypot((d.left + d.right) / 2 - point.x, (d.top + d.bottom) / 2 - point.y) >= 0.5;
  const lines = nearbyLines(obstacles.lines, region);
  // Each row's ink, as inkBox gives it for every box of the row.
  const inkRows = rows.map((dy) => inkBox({ ...home, top: home.top + dy, bottom: home.bottom + dy }, height, pad));
  const others = nearbyBoxes(obstacles.dots.filter(own), region, clearance + 1);
  const leaders = nearbyLines(obstacles.leaders, region);
  const near: Nearby = {
    taken: nearbyBoxes(obstacles.taken, region, 1),
    dots: nearbyBoxes(obstacles.dots, region, 1),
    others,
    centres: Float64Array.from(others.flatMap((d) => [(d.left + d.right) / 2, (d.top + d.bottom) / 2])),
    lines: new LeaderLines(lines),
    bands: new SegmentBands(
      lines,
      inkRows.map((row) => row.top),
      inkRows.map((row) => row.bottom),
    ),
    leaders,
    leaderLines: new LeaderLines(leaders),
  };
  // Each place's box and ink edges by column and by row: the sums once made at each place, made once.
  const f64 = (values: readonly number[]) => Float64Array.from(values);
  const rings = new LeaderRings(home, point, gap, columns, rows);
  const places = new PlaceTests(
    {
      point,
      columns: f64(columns),
      rows: f64(rows),
      lefts: f64(columns.map((dx) => home.left + dx)),
      rights: f64(columns.map((dx) => home.right + dx)),
      tops: f64(rows.map((dy) => home.top + dy)),
      bottoms: f64(rows.map((dy) => home.bottom + dy)),
      inkTops: f64(inkRows.map((row) => row.top)),
      inkBottoms: f64(inkRows.map((row) => row.bottom)),
      pad,
      across: rings.across,
      down: rings.down,
      gap,
      length: options.length,
      lineCost,
      clearance,
      overDots: options.onLine ?? false,
    },
    near,
  );
  // Places by leader length, shortest first. A place costs its length and LINE_COST for each line its leader
  // crosses, so once the length passes the least cost found no place can match it: every place that costs the
  // least is among those tried. Ring by ring: before the ring of leaders shorter than `pixels`, every place left is
  // at least pixels - 1 long.
  const ring: number[] = [];
  for (let pixels = 1; pixels - 1.001 <= Math.min(places.least, options.length); pixels++) {
    ring.length = 0;
    rings.widen(pixels, ring);
    for (const k of ring) places.try(k);
  }
  const best = asRowOrderChose(places.cheapest);
  return best && { dx: best.dx, dy: best.dy, leader: best.leader };
}

/** The first multiple of STEP at or after `from`. */
function step(from: number): number {
  return Math.ceil(from / STEP) * STEP;
}

const SVG = 'http://www.w3.org/2000/svg';
/** A dashed leader's dashes and gaps, in pixels: short enough to tell from a data line at a glance. */
const LEADER_DASH = '3 2';

/**
 * The leaders of one text mark drawn under its text (`text`, what Plot drew for the mark): one group of lines,
 * 1 px in the labels' colour `stroke` (a colour, not a channel; otherwise the text's own colour), named "leader"
 * so that the legibility check tells it from the data's lines, and the text after it.
 */
export function drawLeaders(
  leaders: readonly Polyline[],
  stroke: unknown,
  text: SVGElement | null,
  document: Document,
  dashed = false,
): SVGElement {
  const group = document.createElementNS(SVG, 'g');
  const lines = document.createElementNS(SVG, 'g');
  lines.setAttribute('aria-label', 'leader');
  lines.setAttribute('stroke', typeof stroke === 'string' ? stroke : 'currentColor');
  lines.setAttribute('stroke-width', '1');
  lines.setAttribute('fill', 'none');
  if (dashed) lines.setAttribute('stroke-dasharray', LEADER_DASH);
  for (const [a, b] of leaders) {
    const line = document.createElementNS(SVG, 'line');
    line.setAttribute('x1', String(round(a!.x)));
    line.setAttribute('y1', String(round(a!.y)));
    line.setAttribute('x2', String(round(b!.x)));
    line.setAttribute('y2', String(round(b!.y)));
    lines.append(line);
  }
  group.append(lines);
  if (text) group.append(text);
  return group;
}

/** A coordinate to a hundredth of a pixel: the file's bytes stay short and the same on every platform. */
function round(v: number): number {
  return Math.round(v * 100) / 100;
}
