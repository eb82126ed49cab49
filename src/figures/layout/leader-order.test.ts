import { describe, expect, it } from 'vitest';
import { asRowOrderChose, LeaderRings, type CheapPlace } from './leader-order.ts';
import { gapTo } from './point-labels.ts';

const leader = [
  { x: 0, y: 0 },
  { x: 1, y: 1 },
];
const place = (k: number, dx: number, dy: number, crossed: boolean): CheapPlace => ({ k, dx, dy, crossed, leader });

describe('LeaderRings', () => {
  const home = { left: 100, top: 100, right: 140, bottom: 112 };
  const dot = { x: 120, y: 90 };
  const columns = Array.from({ length: 40 }, (_, i) => -40 + 2 * i);
  const rows = Array.from({ length: 30 }, (_, i) => -30 + 2 * i);
  const lengthOf = (k: number) => {
    const [dx, dy] = [columns[k % columns.length]!, rows[Math.floor(k / columns.length)]!];
    return (
      gapTo(dot, { left: home.left + dx, top: home.top + dy, right: home.right + dx, bottom: home.bottom + dy }) - 3
    );
  };

  it('gives each place once, in the ring of its leader length, and that length as gapTo does', () => {
    const rings = new LeaderRings(home, dot, 3, columns, rows);
    const seen = new Set<number>();
    for (let pixels = 1; pixels <= 80; pixels++) {
      const ring: number[] = [];
      rings.widen(pixels, ring);
      for (const k of ring) {
        expect(seen.has(k)).toBe(false);
        seen.add(k);
        expect(lengthOf(k)).toBeLessThan(pixels + 1e-9);
        // The first ring holds every place up to a pixel, those nearer the dot than the gap too.
        expect(lengthOf(k)).toBeGreaterThan((pixels === 1 ? -3 : pixels - 1) - 1e-9);
        const [c, r] = [k % columns.length, Math.floor(k / columns.length)];
        expect(Math.hypot(rings.across[c]!, rings.down[r]!) - 3).toBe(lengthOf(k));
      }
    }
    expect(seen.size).toBe(columns.length * rows.length);
  });
});

describe('asRowOrderChose', () => {
  it('keeps the first place in rows, then only a nearer one whose leader crosses a line', () => {
    expect(asRowOrderChose([place(7, 30, 0, false), place(3, 40, 0, false), place(9, 2, 2, false)])).toEqual(
      place(3, 40, 0, false),
    );
    expect(asRowOrderChose([place(7, 30, 0, true), place(3, 40, 0, false), place(9, 2, 2, false)])).toEqual(
      place(7, 30, 0, true),
    );
    expect(asRowOrderChose([place(7, 30, 0, true), place(3, 40, 0, false), place(9, 0, 2, true)])).toEqual(
      place(9, 0, 2, true),
    );
  });

  it('keeps the earlier of two places as near, and finds none among none', () => {
    expect(asRowOrderChose([place(5, 0, 10, true), place(4, 50, 0, false), place(8, 10, 0, true)])).toEqual(
      place(5, 0, 10, true),
    );
    expect(asRowOrderChose([])).toBeUndefined();
  });
});
