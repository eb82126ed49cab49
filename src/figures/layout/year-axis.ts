/**
 * A year axis that fits its width: whole-year ticks only, never two with the same label, as many as fit without
 * touching, each written by formatYear ("2030", never "2,030"). Plot's own ticks on a short domain are fractional
 * (2025, 2025.2, …) and `tickFormat: 'd'` wrote them "2025 2025 2025 2026" (issue 19, the wall's figure 2).
 *
 * @example Plot.plot({ x: yearAxis([2025, 2045], frame.width), marks })
 */
import { formatYear } from '../format.ts';

/** Room a year label needs, in CSS pixels: four 12 px digits (about 29 px) and a gap. */
export const YEAR_LABEL_PX = 48;
/** Steps between year ticks, smallest first. */
const STEPS = [1, 2, 5, 10, 20, 25, 50, 100] as const;
/** The margins Plot leaves when a spec sets none, and the default width of a drawing. */
export const DEFAULT_WIDTH = 640;

/**
 * Whole years from `from` to `to` at the smallest step whose labels fit `width` pixels of plot (the frame
 * less its margins): at most one label per YEAR_LABEL_PX, never fewer than two when the domain holds two.
 *
 * @example yearTicks(2025, 2045, 320) // [2025, 2030, 2035, 2040, 2045]
 * @example yearTicks(2025.2, 2026.8, 640) // [2026]
 */
export function yearTicks(from: number, to: number, plotWidth: number): number[] {
  const [low, high] = from <= to ? [from, to] : [to, from];
  const room = Math.max(2, Math.floor(plotWidth / YEAR_LABEL_PX));
  for (const step of STEPS) {
    const first = Math.ceil(low / step) * step;
    const count = first > high ? 0 : Math.floor((high - first) / step) + 1;
    if (count <= room) return Array.from({ length: count }, (_, i) => first + i * step);
  }
  const step = STEPS[STEPS.length - 1]!;
  const first = Math.ceil(low / step) * step;
  return Array.from({ length: Math.floor((high - first) / step) + 1 }, (_, i) => first + i * step);
}

/** Where the plot sits in its frame: the figure's width and its left and right margins. */
export interface AxisFrame {
  readonly width?: number;
  readonly marginLeft?: number;
  readonly marginRight?: number;
}

/**
 * Plot scale options for an x axis of calendar years over `domain`, drawn `frame.width` wide: a fixed domain,
 * whole-year ticks that fit (yearTicks) and formatYear labels. Spread other scale options over it.
 *
 * @example x: { ...yearAxis([2025, 2045], { width: frame.width, marginLeft: 50 }), label: null }
 */
export function yearAxis(
  domain: readonly [number, number],
  frame: AxisFrame = {},
): { domain: [number, number]; ticks: number[]; tickFormat: (year: number) => string } {
  const { width = DEFAULT_WIDTH, marginLeft = 40, marginRight = 20 } = frame;
  return {
    domain: [domain[0], domain[1]],
    ticks: yearTicks(domain[0], domain[1], width - marginLeft - marginRight),
    tickFormat: formatYear,
  };
}
