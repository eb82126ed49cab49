/**
 * meek-gap-band's title, "Across the published ranges, the gap still rises and falls", is written at its defaults,
 * where the peak years of 90% of draws fall inside the figure (issue 19: every claim at the state on screen). With a
 * large head start the median draw has peaked before the figure begins (the peakSpread case 'mostBefore', from a
 * head start of about 38×): then every line the figure draws, the band's edges, its median and the line at the
 * defaults, only falls. The sentence is the meek essay's for that case, with the median draw's peak year.
 *
 * @example gapBandTitleFails(2025, [2012.4, 2014.2, 2015.9]) // 'With this head start the gap is already shrinking …'
 */
import { formatYear } from '../format.ts';

/**
 * @param startYear The figure's first year.
 * @param peakYears The 5th, 50th and 95th percentiles of the peak year over draws.
 */
export function gapBandTitleFails(startYear: number, peakYears: readonly number[]): string | undefined {
  const median = peakYears[1]!;
  if (median >= startYear) return undefined;
  return `With this head start the gap is already shrinking at the start in most draws: the median draw peaked in ${formatYear(Math.floor(median))}, before the figure begins, so the band only falls.`;
}
