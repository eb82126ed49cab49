import { describe, expect, it } from 'vitest';
import { asRowOrderChose, byLength, type CheapPlace } from './leader-order.ts';
import { gapTo } from './point-labels.ts';

const leader = [
  { x: 0, y: 0 },
  { x: 1, y: 1 },
];
const place = (k: number, dx: number, dy: number, crossed: boolean): CheapPlace => ({ k, dx, dy, crossed, leader });

describe('byLength', () => {
  const home = { left: 100, top: 100, right: 140, bottom: 112 };
  const dot = { x: 120, y: 90 };
  const columns = Array.from({ length: 40 }, (_, i) => -40 + 2 * i);
  const rows = Array.from({ length: 30 }, (_, i) => -30 + 2 * i);
  const { order, across, down } = byLength(home, dot, 3, [6, 20], columns, rows);
  const lengthOf = (k: number) => {
    const [dx, dy] = [columns[k % columns.length]!, rows[Math.floor(k / columns.length)]!];
    return (
      gapTo(dot, { left: home.left + dx, top: home.top + dy, right: home.right + dx, bottom: home.bottom + dy }) - 3
    );
  };

  it('lists every place whose leader would be 6 to 20 px long, and no other', () => {
    const wanted = Array.from({ length: columns.length * rows.length }, (_, k) => k).filter(
      (k) => lengthOf(k) >= 6 && lengthOf(k) <= 20,
    );
    expect([...order].filter((k) => lengthOf(k) >= 6 && lengthOf(k) <= 20).sort((a, b) => a - b)).toEqual(wanted);
  });

  it('orders them by whole pixels of leader length, and gives each length as gapTo does', () => {
    const lengths = [...order].map(lengthOf);
    for (let i = 1; i < lengths.length; i++)
      expect(Math.floor(lengths[i]!)).toBeGreaterThanOrEqual(Math.floor(lengths[i - 1]!));
    for (const k of order)
      expect(Math.hypot(across[k % columns.length]!, down[Math.floor(k / columns.length)]!) - 3).toBe(lengthOf(k));
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
