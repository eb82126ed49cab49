import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { boxOf, LabelLayout, placeLabel, type LabelShape } from './direct-labels.ts';
import { crossesLine, segmentCrosses, separates } from './line-obstacles.ts';
import { textWidth } from './text-width.ts';

const box = { left: 0, top: 0, right: 10, bottom: 10 };

describe('segmentCrosses', () => {
  it('finds a segment through, into or inside the box, and leaves one beside or short of it alone', () => {
    expect(segmentCrosses(box, { x: -5, y: 5 }, { x: 15, y: 5 })).toBe(true);
    expect(segmentCrosses(box, { x: -5, y: -5 }, { x: 5, y: 5 })).toBe(true);
    expect(segmentCrosses(box, { x: 2, y: 2 }, { x: 3, y: 3 })).toBe(true);
    expect(segmentCrosses(box, { x: -5, y: 12 }, { x: 15, y: 12 })).toBe(false);
    expect(segmentCrosses(box, { x: -5, y: 5 }, { x: -1, y: 5 })).toBe(false);
    // Diagonal that passes the corner outside.
    expect(segmentCrosses(box, { x: 5, y: -10 }, { x: 25, y: 10 })).toBe(false);
  });

  it('crossesLine reads a polyline segment by segment', () => {
    expect(
      crossesLine(box, [
        { x: -20, y: 20 },
        { x: -10, y: 20 },
        { x: 5, y: 5 },
      ]),
    ).toBe(true);
    expect(
      crossesLine(box, [
        { x: -20, y: 20 },
        { x: 20, y: 20 },
      ]),
    ).toBe(false);
  });
});

describe('separates', () => {
  const line = [
    { x: 0, y: 5 },
    { x: 5, y: 5 },
    { x: 10, y: 5 },
  ];

  it('finds a line between two points, also where the way between them meets one of its points', () => {
    expect(separates(line, { x: 2, y: 0 }, { x: 2, y: 10 })).toBe(true);
    expect(separates(line, { x: 5, y: 0 }, { x: 5, y: 10 })).toBe(true);
    expect(separates(line, { x: 2, y: 0 }, { x: 8, y: 4 })).toBe(false);
  });

  it('does not separate a point on the line from either side', () => {
    expect(separates(line, { x: 5, y: 5 }, { x: 5, y: 10 })).toBe(false);
    expect(separates(line, { x: 2, y: 5 }, { x: 3, y: 0 })).toBe(false);
  });
});

describe('placeLabel with lines to keep off', () => {
  const bounds = { left: 40, top: 20, right: 300, bottom: 200 };
  const label: LabelShape = {
    x: 60,
    y: 30,
    width: textWidth('Widest in 2028: 35 points', 12),
    height: 14,
    textAnchor: 'start',
    lineAnchor: 'top',
  };
  // A line across the top of the plot and one down its left side: the label's own place and the lines near it
  // are taken, so it is searched for.
  const lines = [
    [
      { x: 40, y: 40 },
      { x: 300, y: 40 },
    ],
    [
      { x: 50, y: 20 },
      { x: 50, y: 200 },
    ],
  ];

  it('moves the label to the nearest place clear of the lines, inside the plot', () => {
    const at = placeLabel(label, bounds, [], lines)!;
    const placed = boxOf({ ...label, x: label.x + at.dx, y: label.y + at.dy });
    expect(lines.some((line) => crossesLine(placed, line))).toBe(false);
    expect(placed.left).toBeGreaterThanOrEqual(bounds.left);
    expect(placed.bottom).toBeLessThanOrEqual(bounds.bottom);
  });

  it('places it as without lines when no place is clear of them, so a line never drops a label', () => {
    const everywhere = Array.from({ length: 40 }, (_, i) => [
      { x: 40, y: 20 + i * 5 },
      { x: 300, y: 20 + i * 5 },
    ]);
    expect(placeLabel(label, bounds, [], everywhere)).toEqual(placeLabel(label, bounds, []));
  });
});

describe('LabelLayout.avoid in a drawing', () => {
  const draw = (fill: string) => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const rows = [0, 10].map((x) => ({ x, y: 5 }));
    const layout = new LabelLayout().avoid(rows, 'x', 'y', 'blue');
    Plot.plot({
      document: document as unknown as Document,
      width: 320,
      height: 200,
      x: { domain: [0, 10] },
      y: { domain: [0, 10] },
      marks: [
        Plot.lineY(rows, { x: 'x', y: 'y', stroke: 'blue' }),
        Plot.text([{ x: 5, y: 5 }], layout.place({ x: 'x', y: 'y', text: () => 'label', fill })),
      ],
    });
    return layout.placed[0]!;
  };

  it('moves a label off a line of another colour, and leaves one on its own line where it is', () => {
    const moved = draw('orange');
    const kept = draw('blue');
    // The line runs at y = 5 of 0–10: the middle of the plot.
    const lineY = kept.top + (kept.bottom - kept.top) / 2;
    expect(moved.bottom <= lineY || moved.top >= lineY).toBe(true);
    expect(kept.top < lineY && lineY < kept.bottom).toBe(true);
  });
});
