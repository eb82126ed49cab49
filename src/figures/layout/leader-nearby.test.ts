import { describe, expect, it } from 'vitest';
import { mayMeet, nearbyBoxes, nearbyLines, SegmentBands } from './leader-nearby.ts';
import { crossesLine, separates, type Polyline } from './line-obstacles.ts';

const region = { left: 100, top: 100, right: 200, bottom: 160 };
/** A zigzag from far left to far right through the region, and a line wholly above it. */
const zigzag: Polyline = Array.from({ length: 61 }, (_, i) => ({ x: i * 5, y: i % 2 ? 90 : 170 }));
const above: Polyline = [
  { x: 0, y: 10 },
  { x: 300, y: 20 },
];

/** A small deterministic generator (no Math.random: the same boxes every run). */
function numbers(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

describe('nearbyBoxes', () => {
  it('keeps the boxes that meet the region or come within the margin, and drops the rest', () => {
    const boxes = [
      { left: 90, top: 90, right: 101, bottom: 101 },
      { left: 203, top: 120, right: 210, bottom: 130 },
      { left: 230, top: 120, right: 240, bottom: 130 },
    ];
    expect(nearbyBoxes(boxes, region, 1)).toEqual([boxes[0]]);
    expect(nearbyBoxes(boxes, region, 5)).toEqual([boxes[0], boxes[1]]);
    expect(mayMeet({ left: NaN, top: 120, right: NaN, bottom: 121 }, region, 0)).toBe(true);
  });
});

describe('nearbyLines', () => {
  it('keeps a line as the runs of its segments that may reach the region, and no piece of a line beside it', () => {
    const [pieces, none] = nearbyLines([zigzag, above], region);
    expect(none).toEqual([]);
    expect(pieces).toHaveLength(1);
    const kept = pieces![0]!;
    expect(kept.length).toBeLessThan(zigzag.length);
    expect(kept[0]!.x).toBeLessThan(region.left);
    expect(kept.at(-1)!.x).toBeGreaterThan(region.right);
  });

  it('answers as the whole line for boxes and leaders inside the region', () => {
    const [pieces] = nearbyLines([zigzag], region);
    const next = numbers(7);
    for (let n = 0; n < 400; n++) {
      const [x, y] = [region.left + next() * 80, region.top + next() * 50];
      const box = { left: x, top: y, right: x + 4 + next() * 16, bottom: y + 2 + next() * 8 };
      expect(pieces!.some((piece) => crossesLine(box, piece))).toBe(crossesLine(box, zigzag));
      const [a, b] = [
        { x, y },
        { x: region.left + next() * 100, y: region.top + next() * 60 },
      ];
      expect(pieces!.some((piece) => separates(piece, a, b))).toBe(separates(zigzag, a, b));
    }
  });
});

describe('SegmentBands', () => {
  it('tells whether any line crosses a box, as crossesLine does line by line', () => {
    const all = [zigzag, above, [{ x: 150, y: 130 }]];
    const tops = Array.from({ length: 30 }, (_, row) => region.top + row * 2);
    const bands = new SegmentBands(
      nearbyLines(all, region),
      tops,
      tops.map((top) => top + 6),
    );
    const next = numbers(11);
    for (const [row, top] of tops.entries())
      for (let n = 0; n < 20; n++) {
        const left = region.left + next() * 90;
        const box = { left, top, right: left + 3 + next() * 20, bottom: top + 6 };
        expect(bands.crosses(row, box)).toBe(all.some((line) => crossesLine(box, line)));
      }
  });
});
