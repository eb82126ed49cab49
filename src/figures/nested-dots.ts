/**
 * Dots of different colours at one point, drawn nested so each colour shows (device-frontier v8: machines of
 * different makers sharing a point; wall-capability-curve v8: a year's frontier and open dots where they meet).
 * Ring 0 is the outermost, drawn first; each inner ring is RING_RATIO times as wide and drawn over it. The ratio is
 * under 0.7, so an inner ring leaves the samples the legibility check reads at 0.7 of the outer's radius uncovered
 * (tests/browser/legibility/dots-named.ts): every ring shows more than half its area. And a name beside the point
 * stands under 2 px nearer the outer ring than the inner one (5.5 − 3.8), which that check counts as a tie, so the
 * inner dot's name still reads as its own.
 *
 * @example nestedRadius(0) // 5.5, the outer ring; nestedRadius(1) // 3.795, the dot inside it
 */
const OUTER_RADIUS = 5.5;
const RING_RATIO = 0.69;

/** The radius, in pixels, of ring `ring` (0 outermost) of a nested point. */
export function nestedRadius(ring: number): number {
  return OUTER_RADIUS * RING_RATIO ** ring;
}
