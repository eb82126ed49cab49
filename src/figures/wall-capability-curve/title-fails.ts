/**
 * wall-capability-curve's title, "The same lead in compute buys less capability near a wall", is written at its
 * defaults, where the 2035 gap is smaller than the 2025 one (issue 19: every claim at the state on screen). It is
 * false where the figure shows the same lead buying as much or more in 2035: with no wall (σ = 0), or where the
 * ceiling rises as fast as the frontier climbs towards it or faster (high σ and λ with little algorithmic progress).
 * The sentences are the wall essay's for the figure's bend cases ('none', 'steepens', 'nearly').
 *
 * @example wallTitleFails({ ...defaults, saturation: 0 }, 1.5, 1.5)
 *   // 'With the saturation at zero there is no wall: every tenfold step buys a full point, so the same compute …'
 */
import { formatYear } from '../format.ts';
import { points } from '../wall-shared/units.ts';

/**
 * @param saturation σ: zero means no wall.
 * @param gaps The capability gap, in points, the same compute lead is worth in each of the two `years`.
 * @param bend The figure's bend case at these settings.
 */
export function wallTitleFails(
  saturation: number,
  gaps: { readonly start: number; readonly later: number },
  years: { readonly start: number; readonly later: number },
  bend: string,
): string | undefined {
  const [start, later] = [formatYear(years.start), formatYear(years.later)];
  if (saturation === 0)
    return `With the saturation at zero there is no wall: every tenfold step buys a full point, so the same compute lead is worth ${points(gaps.start)} in ${start} and exactly as much in ${later}.`;
  if (gaps.later < gaps.start) return undefined;
  return bend === 'steepens'
    ? `The ceiling rises faster than the frontier climbs towards it, so the same compute lead is worth ${points(gaps.start)} in ${start} and more, ${points(gaps.later)}, in ${later}.`
    : `The ceiling rises about as fast as the frontier climbs towards it, so the same compute lead buys no less capability in ${later} than in ${start}, about ${points(gaps.start)}.`;
}
