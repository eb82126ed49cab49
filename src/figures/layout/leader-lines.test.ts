import { describe, expect, it } from 'vitest';
import { LeaderLines } from './leader-lines.ts';
import { separates, type Polyline } from './line-obstacles.ts';

/** A small deterministic generator (no Math.random: the same lines every run). */
function numbers(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** separates()' count, line by line: what LeaderLines.crossed must answer. */
const separating = (
  lines: readonly (readonly Polyline[])[],
  a: { x: number; y: number },
  b: { x: number; y: number },
) => lines.filter((pieces) => pieces.some((piece) => separates(piece, a, b))).length;

describe('LeaderLines', () => {
  it('counts the lines that separate a leader’s ends, as separates() does, over random lines and leaders', () => {
    const next = numbers(11);
    const walk = (length: number, step: number): Polyline => {
      let [x, y] = [next() * 300, next() * 200];
      return Array.from({ length }, () => ({ x: (x += (next() - 0.3) * step), y: (y += (next() - 0.5) * step) }));
    };
    const lines = Array.from({ length: 12 }, (_, n) =>
      n % 3 === 0 ? [walk(30, 20), walk(5, 40)] : n % 3 === 1 ? [walk(60, 8)] : [walk(1, 0)],
    );
    const index = new LeaderLines(lines);
    let crossings = 0;
    for (let n = 0; n < 3000; n++) {
      const a = { x: next() * 300, y: next() * 200 };
      const b = { x: a.x + (next() - 0.5) * 120, y: a.y + (next() - 0.5) * 120 };
      const count = separating(lines, a, b);
      crossings += count;
      expect(index.crossed(a.x, a.y, b.x, b.y)).toBe(count);
    }
    expect(crossings).toBeGreaterThan(1000);
  });

  it('answers as separates() for leaders along a segment, through its ends, and lines meeting it at a point', () => {
    const line: Polyline = [
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 20, y: 10 },
    ];
    const index = new LeaderLines([[line]]);
    const leaders = [
      [5, -5, 5, 5],
      [10, -5, 10, 5],
      [0, 0, 10, 0],
      [-5, 1e-9, 15, 1e-9],
      [12, 0, 30, 0],
      [10, 0, 10, 8],
      [25, 0, 25, 20],
      [15, 6, 15, 4],
    ] as const;
    for (const [ax, ay, bx, by] of leaders)
      expect(index.crossed(ax, ay, bx, by), `${ax},${ay} to ${bx},${by}`).toBe(
        separates(line, { x: ax, y: ay }, { x: bx, y: by }) ? 1 : 0,
      );
  });

  it('tests every segment of a line beyond the proven range, or of no numbers', () => {
    const far: Polyline = [
      { x: -1e5, y: 5 },
      { x: 1e5, y: 5.0001 },
    ];
    const broken: Polyline = [
      { x: 0, y: NaN },
      { x: 10, y: 5 },
    ];
    const index = new LeaderLines([[far], [broken]]);
    expect(index.crossed(3, 0, 3, 10)).toBe(separating([[far], [broken]], { x: 3, y: 0 }, { x: 3, y: 10 }));
    expect(index.crossed(3, 0, 3, 10)).toBe(1);
  });

  it('stops once the cost passes the limit, and counts from a base', () => {
    const rungs = Array.from({ length: 5 }, (_, i) => [
      [
        { x: 0, y: i * 10 + 5 },
        { x: 100, y: i * 10 + 5 },
      ],
    ]);
    const index = new LeaderLines(rungs);
    expect(index.crossed(50, 0, 50, 60)).toBe(5);
    expect(index.crossed(50, 0, 50, 60, 2)).toBe(7);
    // 20 px and 16 for each of 5 lines is 100: within a limit of 100, over one of 99.
    expect(index.crossed(50, 0, 50, 60, 0, 20, 16, 100)).toBe(5);
    expect(index.crossed(50, 0, 50, 60, 0, 20, 16, 99)).toBe(-1);
  });
});
