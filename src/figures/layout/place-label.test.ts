import { describe, expect, it } from 'vitest';
import { crossesLine } from './line-obstacles.ts';
import { boxOf, placeLabel, type LabelShape } from './place-label.ts';

const bounds = { left: 0, top: 0, right: 300, bottom: 200 };
const across = (y: number) => [
  { x: 0, y },
  { x: 300, y },
];
// Meant just above line A (y = 100), its box reaching over it; line B above it.
const label: LabelShape = { x: 150, y: 92, width: 60, height: 14, textAnchor: 'middle', lineAnchor: 'middle' };
const placed = (at: { dx: number; dy: number } | undefined) => boxOf({ ...label, x: 150 + at!.dx, y: 92 + at!.dy });

describe('placeLabel keeping a label on its side of the lines (side)', () => {
  it('moves a label across a line when nothing keeps it on its side, and not when side does', () => {
    const [a, b] = [across(100), across(70)];
    const free = placed(placeLabel(label, bounds, [], [a, b]));
    expect(free.top).toBeGreaterThanOrEqual(100); // the nearest free place was below A
    const kept = placed(placeLabel(label, bounds, [], [a, b], [], undefined, { lines: [a, b] }));
    expect(kept.top).toBeGreaterThan(70);
    expect(kept.bottom).toBeLessThan(100);
    expect([a, b].some((line) => crossesLine(kept, line))).toBe(false);
  });

  it('counts lines it may touch (its own colour) for its side, though it need not keep off them', () => {
    const own = across(100);
    const kept = placed(placeLabel(label, bounds, [], [across(70)], [], undefined, { lines: [own, across(70)] }));
    // Not moved below its own line: on its side, between the two.
    expect(kept.bottom).toBeLessThanOrEqual(101);
    expect(kept.top).toBeGreaterThan(70);
  });

  it('when no place on its side is free, crosses the lightest line', () => {
    // No room between A and B: the label must cross one of them.
    const [a, b] = [across(100), across(88)];
    const overB = placed(placeLabel(label, bounds, [], [a, b], [], undefined, { lines: [a, b], weights: [10, 1] }));
    expect(overB.bottom).toBeLessThanOrEqual(88);
    const underA = placed(placeLabel(label, bounds, [], [a, b], [], undefined, { lines: [a, b], weights: [1, 10] }));
    expect(underA.top).toBeGreaterThanOrEqual(100);
  });
});
