import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { boxOf, LabelLayout, overlaps, placeLabel, type LabelShape } from './direct-labels.ts';
import { textWidth } from './text-width.ts';

const bounds = { left: 40, top: 20, right: 300, bottom: 200 };
const shape = (x: number, y: number, text = 'open models'): LabelShape => ({
  x,
  y,
  width: textWidth(text, 12),
  height: 14,
  textAnchor: 'start',
  lineAnchor: 'middle',
});

describe('placeLabel', () => {
  it('keeps a label where it is when it is free', () => {
    expect(placeLabel(shape(100, 100), bounds, [])).toEqual({ dx: 0, dy: 0 });
  });

  it('pulls a label that would leave the plot back inside it', () => {
    const at = placeLabel(shape(280, 100), bounds, [])!;
    const box = boxOf({ ...shape(280, 100), x: 280 + at.dx, y: 100 + at.dy });
    expect(box.right).toBeLessThanOrEqual(bounds.right + 0.5);
    expect(at.dy).toBe(0);
  });

  it('moves a label off one placed before it, a line at a time', () => {
    const first = boxOf(shape(100, 100));
    const at = placeLabel(shape(100, 100), bounds, [first])!;
    expect(Math.abs(at.dy)).toBe(14 + 4);
    expect(overlaps(boxOf({ ...shape(100, 100), y: 100 + at.dy }), first)).toBe(false);
  });

  it('drops a label with no free place', () => {
    const wall = { left: 0, top: 0, right: 400, bottom: 400 };
    expect(placeLabel(shape(100, 100), bounds, [wall])).toBeUndefined();
  });
});

describe('LabelLayout in a drawing', () => {
  const draw = (labels: { x: number; y: number; name: string }[], width: number) => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const layout = new LabelLayout();
    Plot.plot({
      document: document as unknown as Document,
      width,
      height: 200,
      x: { domain: [0, 10] },
      y: { domain: [0, 10] },
      marks: [Plot.text(labels, layout.place({ x: 'x', y: 'y', text: 'name', textAnchor: 'start', dx: 4 }))],
    });
    return layout.placed;
  };

  it('places labels at one point without overlap, all inside the plot, at 320 and 1280 px', () => {
    const labels = ['RTX 3090', 'RTX 4090', 'Mac Studio', '2030 home machine'].map((name) => ({ x: 9.5, y: 5, name }));
    for (const width of [320, 1280]) {
      const placed = draw(labels, width);
      expect(placed.length).toBeGreaterThanOrEqual(3);
      for (const [i, a] of placed.entries()) {
        expect(a.right).toBeLessThanOrEqual(width - 20 + 0.5);
        for (const b of placed.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
      }
    }
  });

  it('gives the same layout every time (no measuring)', () => {
    const labels = [1, 2, 3].map((i) => ({ x: 5, y: 5, name: `label ${i}` }));
    expect(draw(labels, 390)).toEqual(draw(labels, 390));
  });
});

describe('LabelLayout.placeAlongRules', () => {
  const tiers = [2, 5, 8].map((y) => ({ y, name: `tier at ${y}` }));
  const diagonal = [
    { x: 0, y: 0 },
    { x: 10, y: 10 },
  ];
  const draw = (dots: { x: number; y: number }[] = []) => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const layout = new LabelLayout().avoid(diagonal, 'x', 'y', 'blue').avoidRuleY(tiers, 'y', 'grey');
    layout.avoidDots(dots, 'x', 'y', 4);
    const svg = Plot.plot({
      document: document as unknown as Document,
      width: 320,
      height: 200,
      x: { domain: [0, 10] },
      y: { domain: [0, 10] },
      marks: [
        Plot.text(
          tiers,
          layout.placeAlongRules({ x: 0, y: 'y', text: 'name', textAnchor: 'start', lineAnchor: 'bottom', dy: -3 }),
        ),
      ],
    });
    const ruleY = (y: number) => 20 + ((10 - y) / 10) * (200 - 20 - 30);
    return { placed: layout.placed, svg, ruleY };
  };

  it('keeps each name beside its own rule, clear of the line across them', () => {
    const { placed, ruleY } = draw();
    expect(placed).toHaveLength(3);
    // The diagonal crosses the lowest rule's name where it was set, at the rule's left end: it slid along.
    expect(placed[0]!.left).toBeGreaterThan(80);
    for (const [i, box] of placed.entries()) {
      const rule = ruleY(tiers[i]!.y);
      // Just above or just below its rule, not a line or more away from it.
      expect(Math.min(Math.abs(box.bottom - rule), Math.abs(box.top - rule))).toBeLessThanOrEqual(1.5);
    }
  });

  it('leaves a name out rather than move it off its rule', () => {
    // Dots all along the rule at 5, on both sides of it: no place beside that rule is free.
    const dots = Array.from({ length: 41 }, (_, i) => ({ x: i / 4, y: 5 }));
    const { svg } = draw(dots);
    const names = [...svg.querySelectorAll('g[aria-label="text"] text')].map((t) => t.textContent);
    expect(names).toEqual(['tier at 2', 'tier at 8']);
  });
});

describe('LabelLayout: the lines its labels keep off', () => {
  it('puts each panel’s lines through the scales once per drawing, however many text marks it places', () => {
    const rows = [0, 1].flatMap((panel) =>
      Array.from({ length: 20 }, (_, i) => ({ panel, year: 2025 + i, value: i * i, name: 'x' })),
    );
    let read = 0;
    // Every read of a row's `value` is the layout (or Plot) putting a point through the y scale.
    const counted = rows.map((row) =>
      Object.defineProperty({ ...row }, 'value', {
        enumerable: true,
        get: () => {
          read++;
          return row.value;
        },
      }),
    );
    const draw = (texts: number) => {
      const layout = new LabelLayout().avoid(counted, 'year', 'value', 'red', { fx: 'panel' });
      const { document } = parseHTML('<!doctype html><html><body></body></html>');
      read = 0;
      Plot.plot({
        document: document as unknown as Document,
        fx: { axis: null },
        marks: Array.from({ length: texts }, (_, k) =>
          Plot.text(
            [0, 1].map((panel) => ({ panel, year: 2030 + k, value: 100 })),
            layout.place({ fx: 'panel', x: 'year', y: 'value', text: () => `label ${k}`, fill: 'blue' }),
          ),
        ),
        x: { domain: [2025, 2045] },
        y: { domain: [0, 400] },
      });
      return read;
    };
    const one = draw(1);
    expect(one).toBe(rows.length);
    expect(draw(7)).toBe(one);
  });
});
