import { describe, expect, it } from 'vitest';
import { separates } from './line-obstacles.ts';
import { linesBetween } from './lines-between.ts';

const rule = (x: number) => [
  { x, y: 0 },
  { x, y: 400 },
];
const home = { x: 50, y: 20 };
/** Boxes 20 px wide at left = 0, 30, …, 570. */
const boxes = Array.from({ length: 20 }, (_, i) => ({ left: i * 30, top: 10, right: i * 30 + 20, bottom: 30 }));

describe('linesBetween', () => {
  it('sums the weights of the lines between home and each box, indexed or not', () => {
    const lines = [rule(100), rule(200), rule(300)];
    const weights = [1, 10, 0.1];
    for (const indexed of [false, true]) {
      const cost = linesBetween({ lines, weights }, home, indexed);
      for (const box of boxes) {
        const to = { x: Math.min(Math.max(home.x, box.left), box.right), y: 20 };
        const sum = lines.reduce((total, line, i) => total + (separates(line, home, to) ? weights[i]! : 0), 0);
        expect(cost(box, Infinity, false)).toBe(sum);
      }
    }
  });

  it('answers undefined once the sum reaches the limit, or passes it when a match is enough', () => {
    const cost = linesBetween({ lines: [rule(100), rule(200)], weights: [1, 10] }, home, true);
    const beyondBoth = boxes[10]!;
    expect(cost(beyondBoth, Infinity, false)).toBe(11);
    expect(cost(beyondBoth, 11, false)).toBeUndefined();
    expect(cost(beyondBoth, 11, true)).toBe(11);
    expect(cost(beyondBoth, 10.5, true)).toBeUndefined();
    // A box before both lines costs nothing whatever the limit.
    expect(cost(boxes[1]!, 0, true)).toBe(0);
  });

  it('weighs a line with no weight given as 1 and refuses a weight below 0 or not a number', () => {
    expect(linesBetween({ lines: [rule(100)] }, home, false)(boxes[5]!, Infinity, false)).toBe(1);
    expect(() => linesBetween({ lines: [rule(100)], weights: [-1] }, home, false)).toThrow(
      /weight must be a number ≥ 0/,
    );
    expect(() => linesBetween({ lines: [rule(100)], weights: [Number.NaN] }, home, false)).toThrow(/not NaN/);
  });
});
