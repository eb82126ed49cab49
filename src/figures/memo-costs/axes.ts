/**
 * memo-costs' frame and axes, the same in every version (plot-v1.ts, plot-v2.ts): training cost on a log scale
 * from $50 to $100M, MMLU from 20% to 80%. Only the cost ticks differ: v1 asked Plot for about seven, v2 on set
 * one every two decades ("$10M$100M" ran together at 320 px).
 *
 * @example
 * ({ ...memoCostsAxes(7), marks }) // v1's frame, axes and marks
 */
import { formatUsd } from '../format.ts';

/** The frame and axes with `ticks` on the cost axis: a count for Plot to aim at, or the ticks themselves. */
export function memoCostsAxes(ticks: number | readonly number[]) {
  return {
    width: 640,
    height: 360,
    marginLeft: 56,
    marginRight: 24,
    x: {
      type: 'log',
      label: 'Training cost (US$) →',
      domain: [50, 1e8],
      tickFormat: (d: number) => formatUsd(d),
      ticks,
    },
    y: { label: '↑ MMLU', domain: [0.2, 0.8], grid: true, tickFormat: (d: number) => `${Math.round(d * 100)}%` },
  } as const;
}
