/**
 * device-frontier's machine dots. Up to v7 one dot per machine, by maker, NVIDIA drawn last: the DGX Spark, the
 * Ryzen AI Max+ 395 and the Mac Studio M4 Max have the same memory and year, so they share one point, and the
 * Spark's green dot hid the other two makers' (edge8's dots-named rule found it in nearly every state). From v8
 * (`nested`) machines of different makers at one point are drawn as nested dots, one ring per maker, the outer one
 * of the maker whose machine the label names (nested-dots.ts): each ring shows more than half of its area, so every
 * maker's colour is on show where its machine is. The point is not moved: the machines do share it.
 *
 * @example machineDots(machines, true) // [dot marks of lone machines by maker, then the nested rings]
 */
import * as Plot from '@observablehq/plot';
import type { TableRow } from '../spec.ts';
import { nestedRadius } from '../nested-dots.ts';
import { theme } from '../theme.ts';
import { VENDOR_FILL } from './machine-names.ts';

export const LONE_RADIUS = 4;

/** Machines at one point: the same release year and frontier year (to a thousandth). */
export const pointOf = (m: TableRow) => `${m.year}:${m.matched_year!.toFixed(3)}`;

function dotsBy(machines: readonly TableRow[], r: number): Plot.Dot[] {
  // NVIDIA last, as up to v7.
  return [2, 1, 0].map((vendor) =>
    Plot.dot(
      machines.filter((m) => m.vendor === vendor),
      { x: 'year', y: 'matched_year', r, fill: VENDOR_FILL[vendor], stroke: theme.background, strokeWidth: 1 },
    ),
  );
}

export function machineDots(machines: readonly TableRow[], nested: boolean): Plot.Dot[] {
  if (!nested) return dotsBy(machines, LONE_RADIUS);
  const makersAt = new Map<string, number[]>();
  for (const m of machines) {
    const makers = makersAt.get(pointOf(m)) ?? [];
    if (!makers.includes(m.vendor!)) makers.push(m.vendor!);
    makersAt.set(pointOf(m), makers);
  }
  // In maker order, once: ring k of a point is its k-th maker (NVIDIA, the named Spark's maker, outermost).
  for (const makers of makersAt.values()) makers.sort((a, b) => a - b);
  const lone = machines.filter((m) => makersAt.get(pointOf(m))!.length === 1);
  // One mark per ring, outer first.
  const rings: Plot.Dot[] = [];
  for (let ring = 0; ring < VENDOR_FILL.length; ring++) {
    const inRing = machines.filter((m) => {
      const makers = makersAt.get(pointOf(m))!;
      return makers.length > 1 && makers[ring] === m.vendor;
    });
    if (inRing.length === 0) continue;
    rings.push(
      Plot.dot(inRing, {
        x: 'year',
        y: 'matched_year',
        r: nestedRadius(ring),
        fill: (m: TableRow) => VENDOR_FILL[m.vendor!],
        stroke: theme.background,
        strokeWidth: 1,
      }),
    );
  }
  return [...dotsBy(lone, LONE_RADIUS), ...rings];
}
