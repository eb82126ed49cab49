/**
 * Whether two computed colours are one colour to a reader: both painted and under SAME_COLOUR apart in contrast
 * ratio (a halo in the background's colour, a label in its line's). Shared by the rules that ask it
 * (over-marks.ts, names-without-marks.ts).
 *
 * @example sameColour('rgb(29, 95, 166)', 'rgb(29, 95, 167)') // true
 */
import { contrastRatio, parseColour } from '../../../src/figures/contrast.ts';

/** Colours this close (contrast ratio) are one colour. */
export const SAME_COLOUR = 1.05;

export function sameColour(a: string, b: string): boolean {
  const [x, y] = [parseColour(a), parseColour(b)];
  return x !== undefined && y !== undefined && x.a > 0 && y.a > 0 && contrastRatio(x, y) < SAME_COLOUR;
}
