import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { boxOf, LabelLayout, overlaps, type Box, type LabelShape } from './direct-labels.ts';
import { leaderPlace, type LeaderObstacles } from './leader.ts';
import { crossesLine, segmentCrosses, separates, type Polyline } from './line-obstacles.ts';
import { dotBox, gapTo } from './point-labels.ts';
import { textWidth } from './text-width.ts';

const bounds = { left: 0, top: 0, right: 300, bottom: 200 };
const dot = { x: 150, y: 100 };
/** A name asked to sit to the right of the dot, 7 px off, as device-frontier asks. */
const shape: LabelShape = {
  x: dot.x + 7,
  y: dot.y,
  width: textWidth('M3 Ultra', 12),
  height: 13.8,
  textAnchor: 'start',
  lineAnchor: 'middle',
};
const home = boxOf(shape);
const none: LeaderObstacles = { taken: [], dots: [dotBox(dot.x, dot.y, 4)], lines: [], leaders: [] };
/** Labels taken above, left and right of the dot, out to 20 px: no place beside it is free, and below is open. */
const walls: Box[] = [
  { left: 110, top: 60, right: 190, bottom: 94 },
  { left: 110, top: 94, right: 144, bottom: 106 },
  { left: 156, top: 94, right: 190, bottom: 140 },
];
const moved = (at: { dx: number; dy: number }) => ({
  left: home.left + at.dx,
  top: home.top + at.dy,
  right: home.right + at.dx,
  bottom: home.bottom + at.dy,
});

describe('leaderPlace', () => {
  it('sets a name past the labels round its dot, with a clear leader from its box to the dot', () => {
    const at = leaderPlace(home, dot, { length: 40, gap: 6 }, bounds, { ...none, taken: walls }, shape.height)!;
    const box = moved(at);
    expect(walls.some((t) => overlaps(box, t))).toBe(false);
    const [from, to] = at.leader as [{ x: number; y: number }, { x: number; y: number }];
    // From the nearest point of the box to 6 px short of the dot, crossing no label, at least 6 px long.
    expect(gapTo(from, box)).toBeCloseTo(0, 6);
    expect(Math.hypot(to.x - dot.x, to.y - dot.y)).toBeCloseTo(6, 6);
    const length = Math.hypot(to.x - from.x, to.y - from.y);
    expect(length).toBeGreaterThanOrEqual(6);
    expect(length).toBeLessThanOrEqual(40);
    expect(walls.some((t) => segmentCrosses(t, from, to))).toBe(false);
    expect(box.top).toBeGreaterThan(dot.y);
  });

  it('leaves a name out when no place within the leader’s length is clear', () => {
    const closed = [...walls, { left: 110, top: 106, right: 190, bottom: 140 }];
    expect(leaderPlace(home, dot, { length: 40, gap: 6 }, bounds, { ...none, taken: closed }, shape.height)).toBe(
      undefined,
    );
  });

  it('takes another way to the dot over one that crosses a line of another colour', () => {
    // A rule just right of the dot, where the name was asked to be.
    const rule: Polyline = [
      { x: 160, y: 80 },
      { x: 160, y: 120 },
    ];
    const plain = leaderPlace(home, dot, { length: 40, gap: 6 }, bounds, none, shape.height)!;
    const ruled = leaderPlace(home, dot, { length: 40, gap: 6 }, bounds, { ...none, lines: [rule] }, shape.height)!;
    expect(separates(rule, plain.leader[0]!, plain.leader[1]!)).toBe(true);
    expect(separates(rule, ruled.leader[0]!, ruled.leader[1]!)).toBe(false);
    expect(crossesLine(moved(ruled), rule)).toBe(false);
  });

  it('with a lineCost past its length, takes a clear place over any nearer one whose leader crosses a line', () => {
    // The dot in a stack of lines 6 px apart, too close for its name's letters between them: three above it, and
    // three below that end at x = 230. The only clear place is past that end, about 80 px off along the band; any
    // nearer place's leader crosses three lines, which at LINE_COST each still costs less than that length.
    const line = (y: number, right: number): Polyline => [
      { x: 0, y },
      { x: right, y },
    ];
    const lines = [97, 91, 85].map((y) => line(y, 300)).concat([103, 109, 115].map((y) => line(y, 230)));
    const obstacles = { ...none, lines };
    const crossed = (at: { leader: Polyline }) => lines.filter((l) => separates(l, at.leader[0]!, at.leader[1]!));
    const cheap = leaderPlace(home, dot, { length: 90, gap: 2 }, bounds, obstacles, shape.height)!;
    expect(crossed(cheap).length).toBeGreaterThan(0);
    const clear = leaderPlace(home, dot, { length: 90, gap: 2, lineCost: 1000 }, bounds, obstacles, shape.height)!;
    expect(crossed(clear)).toHaveLength(0);
    expect(moved(clear).left).toBeGreaterThan(220);
    // Where no clear place is in reach, the one crossing the fewest lines, as before.
    const short = leaderPlace(home, dot, { length: 40, gap: 2, lineCost: 1000 }, bounds, obstacles, shape.height)!;
    expect(crossed(short).length).toBeGreaterThan(0);
    expect(crossed(short).length).toBeLessThanOrEqual(crossed(cheap).length);
  });

  it('keeps a name off another dot and its leader off other leaders', () => {
    const other = { x: 150, y: 120 };
    const dots = [...none.dots, dotBox(other.x, other.y, 4)];
    const first = leaderPlace(home, dot, { length: 40, gap: 6 }, bounds, { ...none, dots }, shape.height)!;
    expect(gapTo(other, moved(first))).toBeGreaterThanOrEqual(12);
    const taken = [moved(first)];
    const next = leaderPlace(
      home,
      dot,
      { length: 40, gap: 6 },
      bounds,
      { ...none, taken, leaders: [first.leader] },
      14,
    )!;
    expect(separates(first.leader, next.leader[0]!, next.leader[1]!)).toBe(false);
    expect(crossesLine(moved(next), first.leader)).toBe(false);
    expect(overlaps(moved(next), moved(first))).toBe(false);
  });
});

describe('LabelLayout.place with a leader, in a drawing', () => {
  const draw = (leader: boolean) => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    // Three dots in a row 8 px apart and a diagonal through them: no name fits beside the middle one.
    const rows = [
      { x: 4, y: 5, name: 'RTX 4090' },
      { x: 5, y: 5, name: 'M3 Ultra' },
      { x: 6, y: 5, name: 'M2 Ultra' },
    ];
    const layout = new LabelLayout().avoidDots(rows, 'x', 'y', 4);
    const svg = Plot.plot({
      document: document as unknown as Document,
      width: 200,
      height: 200,
      x: { domain: [0, 20] },
      y: { domain: [0, 10] },
      marks: [
        Plot.dot(rows, { x: 'x', y: 'y', r: 4 }),
        ...rows.map((row) =>
          Plot.text(
            [row],
            layout.place(
              { x: 'x', y: 'y', text: 'name', textAnchor: 'start', dx: 7, fill: 'rgb(1, 2, 3)' },
              'frame',
              4,
              leader ? { length: 60, gap: 6 } : undefined,
            ),
          ),
        ),
      ],
    });
    return { svg: svg as unknown as Element, layout };
  };

  it('names a dot it left out before, its leader drawn under its name in its colour', () => {
    const without = draw(false).svg.querySelectorAll('text').length;
    const { svg, layout } = draw(true);
    const names = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    expect(names.length).toBeGreaterThan(without);
    const leaders = [...svg.querySelectorAll('g[aria-label="leader"]')];
    expect(leaders.length).toBeGreaterThan(0);
    for (const group of leaders) {
      expect(group.getAttribute('stroke')).toBe('rgb(1, 2, 3)');
      expect(group.nextElementSibling?.getAttribute('aria-label')).toBe('text');
    }
    expect(layout.leaders).toHaveLength(svg.querySelectorAll('g[aria-label="leader"] line').length);
    // A leader meets one label's box, its own, at its end; no two labels overlap.
    for (const line of layout.leaders) expect(layout.placed.filter((box) => crossesLine(box, line))).toHaveLength(1);
    for (const [i, a] of layout.placed.entries())
      for (const b of layout.placed.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
  });

  it('draws exactly as before for labels without a leader', () => {
    const { svg } = draw(false);
    expect(svg.querySelectorAll('g[aria-label="leader"]')).toHaveLength(0);
    expect(draw(false).svg.outerHTML).toBe(svg.outerHTML);
  });
});
