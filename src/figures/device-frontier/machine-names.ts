/**
 * device-frontier's machine names: the text each dot's name reads ("M3 Ultra", "Spark +2" for machines sharing a
 * dot), its maker's colour, and the order names are placed in (the essay's machines first, so theirs keep their
 * places). Apart from the drawing (plot.ts), which decides where each name stands; the off-axis note and the
 * labels' tests name machines the same way (tinyName).
 *
 * @example
 * tinyName('MacBook Pro M4 Max', true)   // 'M4 Max'
 * machineLabels(machines, true, NAMED)    // [{ x, y, text: 'Spark +2', fill: theme.nvidia, named: true }, …]
 */
import { labelOf } from '../edge-data.ts';
import type { LabelPoint } from '../edge-labels.ts';
import type { TableRow } from '../spec.ts';
import { theme } from '../theme.ts';

/** The machines the essay names, labelled first so theirs are the labels that keep their places. */
export const NAMED = ['Spark', 'RTX 5090', 'M3 Ultra'];
/**
 * From v7 with the RTX 3090 too, which the essay names as where memory growth starts: on a phone at 10¹¹ training
 * tokens v6 left its name out, its place taken by later machines' names.
 */
export const NAMED_V7 = [...NAMED, 'RTX 3090'];

/** Vendor colours, by the table's vendor code (device-fit uses the same). */
export const VENDOR_FILL = [theme.nvidia, theme.apple, theme.amd] as const;
export const VENDOR_NAMES = ['NVIDIA', 'Apple', 'AMD'] as const;

/**
 * The shortest name that tells machines apart on this chart. From v4 (`macsByChip`) a MacBook is named by its chip
 * alone, as the Mac Studios are: "MacBook M4 Max" (115 px) found no place on either side of its dot nearer it
 * than the M2 Ultra's and the 2025 machines', 48 px away at 640 px; "M4 Max" (about 45 px) fits under it.
 */
export function tinyName(name: string, macsByChip = false): string {
  return name
    .replace(/^Mac Studio /, '')
    .replace(/^MacBook Pro /, macsByChip ? '' : 'MacBook ')
    .replace(/^Ryzen AI Max\+ 395$/, 'Ryzen')
    .replace(/^DGX /, '');
}

export interface Label extends LabelPoint {
  readonly fill: string;
  readonly weight?: number;
  /** From v3: how far from its point the label may be placed (layoutLabels). */
  readonly reach?: number;
  /** A machine the essay names (from v7 its leader may be longer: NAMED_LEADER). */
  readonly named?: boolean;
}

/** Machines at the same point share one label. */
export function machineLabels(machines: readonly TableRow[], macsByChip: boolean, essayNames = NAMED): Label[] {
  const byPoint = new Map<string, { row: TableRow; names: string[] }>();
  for (const m of machines) {
    const key = `${m.year}:${m.matched_year!.toFixed(3)}`;
    const entry = byPoint.get(key) ?? { row: m, names: [] };
    entry.names.push(tinyName(labelOf(m), macsByChip));
    byPoint.set(key, entry);
  }
  // Named machines first, in the essay's order; then the rest, latest first.
  const named = (names: readonly string[]) => {
    const i = essayNames.findIndex((m) => names.some((n) => n.includes(m)));
    return i < 0 ? essayNames.length : i;
  };
  return [...byPoint.values()]
    .sort(
      (a, b) =>
        named(a.names) - named(b.names) || b.row.year! - a.row.year! || b.row.matched_year! - a.row.matched_year!,
    )
    .map(({ row, names }) => ({
      x: row.year!,
      y: row.matched_year!,
      // Machines sharing a dot: the named one and how many more, which fits a phone (the table lists all).
      text: names.length > 1 ? `${names.sort((a, b) => named([a]) - named([b]))[0]} +${names.length - 1}` : names[0]!,
      fill: VENDOR_FILL[row.vendor!] ?? theme.ink,
      named: named(names) < essayNames.length,
    }));
}
