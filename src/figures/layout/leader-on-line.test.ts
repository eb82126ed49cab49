/** Leaders to a point on a line (LeaderOptions.onLine, dashed) and labels that hold their place (LabelLayout.hold). */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { boxOf, LabelLayout, type Box, type LabelShape } from './direct-labels.ts';
import { drawLeaders, leaderPlace, type LeaderObstacles } from './leader.ts';
import { dotBox, gapTo } from './point-labels.ts';
import { segmentCrosses } from './line-obstacles.ts';

const bounds = { left: 0, top: 0, right: 300, bottom: 200 };
/** A step of a record line, at (150, 100): its name asked just above-left of it. */
const step = { x: 150, y: 100 };
const shape: LabelShape = { x: 146, y: 92, width: 80, height: 13.8, textAnchor: 'end', lineAnchor: 'bottom' };
const home = boxOf(shape);
/** A ring on every side of the step, 10 px out: no place next to it is clear, and every way out passes a ring. */
const rings: Box[] = [];
for (let a = 0; a < 360; a += 30) {
  const r = (a * Math.PI) / 180;
  rings.push(dotBox(step.x + 10 * Math.cos(r), step.y + 10 * Math.sin(r), 3));
}
const scatter: LeaderObstacles = { taken: [], dots: rings, lines: [], leaders: [] };

describe('leaderPlace for a point on a line', () => {
  it('finds no place round a ring of dots for a dot’s name, and one for a line’s point, its leader over a ring', () => {
    expect(leaderPlace(home, step, { length: 40, gap: 2 }, bounds, scatter, shape.height)).toBeUndefined();
    const at = leaderPlace(home, step, { length: 40, gap: 2, onLine: true }, bounds, scatter, shape.height)!;
    const box = {
      left: home.left + at.dx,
      top: home.top + at.dy,
      right: home.right + at.dx,
      bottom: home.bottom + at.dy,
    };
    expect(
      rings.some((d) => d.left < box.right && box.left < d.right && d.top < box.bottom && box.top < d.bottom),
    ).toBe(false);
    const [from, to] = at.leader as [{ x: number; y: number }, { x: number; y: number }];
    expect(gapTo(from, box)).toBeCloseTo(0, 6);
    expect(Math.hypot(to.x - step.x, to.y - step.y)).toBeCloseTo(2, 6);
    expect(rings.some((d) => segmentCrosses(d, from, to))).toBe(true);
  });
});

describe('drawLeaders', () => {
  it('dashes the leaders when asked, and only then', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const leader = [
      [
        { x: 1, y: 2 },
        { x: 3, y: 4 },
      ],
    ];
    const plain = drawLeaders(leader, 'orange', null, document as unknown as Document);
    const dashed = drawLeaders(leader, 'orange', null, document as unknown as Document, true);
    expect(plain.querySelector('g')!.getAttribute('stroke-dasharray')).toBeNull();
    expect(dashed.querySelector('g')!.getAttribute('stroke-dasharray')).toBe('3 2');
  });
});

describe('LabelLayout.hold', () => {
  const draw = (count: (options: Plot.TextOptions, layout: LabelLayout) => Plot.TextOptions) => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const layout = new LabelLayout().avoidDots([{ x: 6, y: 6 }], 'x', 'y', 4);
    const svg = Plot.plot({
      document: document as unknown as Document,
      width: 400,
      height: 200,
      x: { domain: [0, 10] },
      y: { domain: [0, 10] },
      marks: [
        Plot.text(['count'], count({ x: 6, y: 6, dy: -4, fill: 'blue' }, layout)),
        Plot.text(['next'], layout.place({ x: 6, y: 6, dy: -4, fill: 'orange' })),
      ],
    }) as unknown as Element;
    const at = (name: string) =>
      [...svg.querySelectorAll('text')].find((t) => t.textContent === name)!.getAttribute('transform');
    return { at, placed: layout.placed };
  };

  it('draws a label where it was asked, over a dot, and the labels after it keep off it', () => {
    const plain = draw((options) => options);
    const held = draw((options, layout) => layout.hold(options));
    const placed = draw((options, layout) => layout.place(options));
    expect(held.at('count')).toBe(plain.at('count'));
    expect(placed.at('count')).not.toBe(plain.at('count'));
    const [count, next] = held.placed as [Box, Box];
    expect(
      count.left < next.right && next.left < count.right && count.top < next.bottom && next.top < count.bottom,
    ).toBe(false);
  });
});
