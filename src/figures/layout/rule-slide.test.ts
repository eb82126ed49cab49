import { describe, expect, it } from 'vitest';
import { lengthInside, ruleNamePlace, slideAlongRule } from './rule-slide.ts';

const plot = { left: 0, top: 0, right: 300, bottom: 200 };
// A name set just above the rule at y = 100, at the rule's left end: 80 × 18 px, its box ending 1 px above the rule.
const home = { left: 0, top: 81, right: 80, bottom: 99 };
const moved = (at: { dx: number; dy: number } | undefined) => ({
  left: home.left + at!.dx,
  top: home.top + at!.dy,
  right: home.right + at!.dx,
  bottom: home.bottom + at!.dy,
});
const vertical = (x: number) => [
  { x, y: 0 },
  { x, y: 200 },
];

describe('slideAlongRule', () => {
  it('keeps a name where it is when its place is clear', () => {
    expect(slideAlongRule(home, 100, plot, () => true)).toEqual({ dx: 0, dy: 0 });
  });

  it('slides the name along its rule, nearest first, to the first clear place', () => {
    const at = slideAlongRule(home, 100, plot, (box) => box.left >= 40);
    expect(at).toEqual({ dx: 42, dy: 0 });
  });

  it('mirrors the name to the other side of its rule before sliding it further', () => {
    // Only below the rule is clear: the mirrored box starts 1 px below it, as the name ended 1 px above it.
    const at = slideAlongRule(home, 100, plot, (box) => box.top > 100);
    expect(moved(at)).toEqual({ left: 0, top: 101, right: 80, bottom: 119 });
  });

  it('pulls a name that sticks out of the plot back inside before sliding', () => {
    const out = { left: 250, top: 81, right: 330, bottom: 99 };
    expect(slideAlongRule(out, 100, plot, () => true)).toEqual({ dx: -30, dy: 0 });
  });

  it('never leaves its rule: undefined when no place on it is clear', () => {
    expect(slideAlongRule(home, 100, plot, (box) => box.top < 50)).toBeUndefined();
  });
});

describe('lengthInside', () => {
  it('measures the stretch of a line inside a box', () => {
    const box = { left: 0, top: 0, right: 10, bottom: 10 };
    expect(
      lengthInside(box, [
        { x: -5, y: 5 },
        { x: 15, y: 5 },
      ]),
    ).toBeCloseTo(10);
    expect(
      lengthInside(box, [
        { x: 0, y: 0 },
        { x: 20, y: 20 },
      ]),
    ).toBeCloseTo(Math.SQRT2 * 10);
    expect(
      lengthInside(box, [
        { x: 20, y: 0 },
        { x: 20, y: 20 },
      ]),
    ).toBe(0);
  });
});

describe('ruleNamePlace', () => {
  const around = { taken: [], dots: [], height: 14, haloed: false };

  it('keeps a name off a line of another colour, sliding it past the line', () => {
    const at = ruleNamePlace(home, 100, plot, { ...around, lines: [vertical(40)] });
    expect(moved(at).left).toBeGreaterThan(40);
  });

  it('keeps clear of the labels placed before and of dots', () => {
    const taken = [{ left: 0, top: 70, right: 150, bottom: 99 }];
    const dots = [{ left: 0, top: 95, right: 150, bottom: 130 }];
    const at = ruleNamePlace(home, 100, plot, { ...around, lines: [], taken, dots });
    expect(moved(at).left).toBeGreaterThanOrEqual(150);
  });

  it('lets a steep line cross a haloed name where nothing on its rule is clear', () => {
    // Steep lines every 50 px: no 80 px stretch of the rule is clear of them.
    const lines = [0, 50, 100, 150, 200, 250, 300].map(vertical);
    expect(ruleNamePlace(home, 100, plot, { ...around, lines })).toBeUndefined();
    expect(ruleNamePlace(home, 100, plot, { ...around, lines, haloed: true })).toEqual({ dx: 0, dy: 0 });
  });

  it('never lets a line run along a haloed name', () => {
    // A shallow line through the name's letters on every place beside the rule, above and below it.
    const shallow = [
      [
        { x: 0, y: 90 },
        { x: 300, y: 89 },
      ],
      [
        { x: 0, y: 110 },
        { x: 300, y: 111 },
      ],
    ];
    expect(ruleNamePlace(home, 100, plot, { ...around, lines: shallow, haloed: true })).toBeUndefined();
  });
});
