/** Words for a parameter's levels, shared by the /parameters/ page and its CSV. */
import type { Parameter, Published } from '../../model/parameters/index.ts';
import { distributionMedian } from '../../model/sampling.ts';

/** The probability the plausible range holds, in words. */
export function describeLevel(p: Parameter): string {
  if (p.level === 'bounds') return 'every draw within the bounds';
  const percent = Math.round(p.level * 100);
  const tail = (100 - percent) / 2;
  return `${percent}% of draws within (low and high are the ${tail}th and ${100 - tail}th percentiles)`;
}

/** A published interval's level, in words. */
export function describePublishedLevel(level: Published['level']): string {
  return level === 'range' ? 'a range, stated without a level' : `${Math.round(level * 100)}% confidence interval`;
}

/** Whether Monte Carlo's median differs from the default by more than half a percent. */
export function medianDiffers(p: Parameter): boolean {
  return Math.abs(distributionMedian(p) - p.default) > 0.005 * Math.abs(p.default);
}
