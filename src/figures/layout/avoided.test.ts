import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { avoidedLine, avoidedRules, isRightmost, panelKey, panelOf } from './avoided.ts';
import { LabelLayout } from './direct-labels.ts';
import { crossesLine } from './line-obstacles.ts';

const identity = { x: (v: unknown) => Number(v), y: (v: unknown) => Number(v) };
const frame = { left: 0, top: 0, right: 100, bottom: 50 };

describe('registered marks, panel by panel', () => {
  const rows = [
    { panel: 'a', series: 1, x: 0, y: 0 },
    { panel: 'a', series: 1, x: 10, y: 10 },
    { panel: 'a', series: 2, x: 0, y: 20 },
    { panel: 'a', series: 2, x: 10, y: 30 },
    { panel: 'b', series: 1, x: 0, y: 40 },
    { panel: 'b', series: 1, x: 10, y: 40 },
  ];

  it('draws a line only in the panel its rows name, one line per series', () => {
    const line = avoidedLine(rows, 'x', 'y', 'blue', { z: 'series', fx: 'panel' });
    expect(line.polylines(identity, frame, { fx: 'a' })).toEqual([
      [
        { x: 0, y: 0 },
        { x: 10, y: 10 },
      ],
      [
        { x: 0, y: 20 },
        { x: 10, y: 30 },
      ],
    ]);
    expect(line.polylines(identity, frame, { fx: 'b' })).toHaveLength(1);
  });

  it('draws a line registered without panels in every panel, and one without z as one line', () => {
    const line = avoidedLine(rows, 'x', 'y', 'blue');
    expect(line.polylines(identity, frame, { fx: 'a' })[0]).toHaveLength(6);
    expect(line.polylines(identity, frame, { fx: 'b' })[0]).toHaveLength(6);
  });

  it('draws rules across the plot area of their panel', () => {
    const starts = [
      { panel: 'b', year: 30 },
      { panel: 'a', year: 60 },
    ];
    expect(
      avoidedRules(starts, 'x', 'year', 'purple', { fx: 'panel' }).polylines(identity, frame, { fx: 'b' }),
    ).toEqual([
      [
        { x: 30, y: 0 },
        { x: 30, y: 50 },
      ],
    ]);
    expect(avoidedRules([{ level: 20 }], 'y', 'level', 'grey').polylines(identity, frame, {})).toEqual([
      [
        { x: 0, y: 20 },
        { x: 100, y: 20 },
      ],
    ]);
  });

  it('names panels from Plot’s index, and knows the rightmost', () => {
    const index = Object.assign([0, 1], { fx: 'b' });
    expect(panelOf(index)).toEqual({ fx: 'b', fy: undefined });
    expect(panelKey(panelOf([0]))).toBe('');
    expect(panelKey({ fx: 'a' })).not.toBe(panelKey({ fx: 'b' }));
    const scales = { fx: { domain: () => ['a', 'b'] } };
    expect([isRightmost({ fx: 'a' }, scales), isRightmost({ fx: 'b' }, scales), isRightmost({}, scales)]).toEqual([
      false,
      true,
      true,
    ]);
  });
});

describe('LabelLayout in a drawing of two panels side by side', () => {
  // Two panels; a line across the middle of the right one only; one label at the same spot in each.
  const draw = (region: 'frame' | 'frame and right margin' = 'frame', x = 5) => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const line = [0, 10].map((x) => ({ panel: 'right', x, y: 5 }));
    const labels = ['left', 'right'].map((panel) => ({ panel, x, y: 5, name: 'a label' }));
    const layout = new LabelLayout().avoid(line, 'x', 'y', 'blue', { fx: 'panel' });
    const plot = Plot.plot({
      document: document as unknown as Document,
      width: 640,
      height: 200,
      marginRight: 60,
      fx: { domain: ['left', 'right'], padding: 0.1 },
      x: { domain: [0, 10] },
      y: { domain: [0, 10] },
      marks: [
        Plot.lineY(line, { fx: 'panel', x: 'x', y: 'y', stroke: 'blue' }),
        Plot.text(labels, layout.place({ fx: 'panel', x: 'x', y: 'y', text: 'name', fill: 'orange' }, region)),
      ],
    });
    return {
      left: layout.placedIn({ fx: 'left' })[0]!,
      right: layout.placedIn({ fx: 'right' })[0]!,
      lineY: plot.scale('y')!.apply(5) as number,
    };
  };

  it('lays each panel out on its own: the same label in each stays unless that panel’s own line is under it', () => {
    const { left, right, lineY } = draw();
    // Left: no line there, and the right panel's label does not count: it stays on its anchor.
    expect(left.top < lineY && lineY < left.bottom).toBe(true);
    // Right: moved off the line drawn in that panel.
    expect(
      crossesLine(right, [
        { x: 0, y: lineY },
        { x: 1000, y: lineY },
      ]),
    ).toBe(false);
  });

  it('keeps a label at a panel’s right edge inside that panel, except in the rightmost, which has a margin', () => {
    const { left, right } = draw('frame and right margin', 10);
    // Each facet is drawn in its own pixels, the same frame for both: the left one's label is pulled in.
    expect(left.right).toBeLessThan(right.right);
  });
});
