/**
 * Saying in the figure where a series is when a fixed axis cannot show it (issue 19: moved to the ends of their
 * sliders, over-training's chosen model, device-frontier's machines and open-bets' targets leave their axes, and a
 * figure that said nothing left the reader looking for marks that were nowhere on show). An axis stays fixed across
 * the states a reader reaches, so the figure says it instead: a note in muted ink, not in the series' colour (a
 * name in its colour would name nothing on show), pointing the way the marks went. Shared by device-frontier (from
 * v6), open-bets (from v5) and over-training (from v6); the notes of their published versions are the same strings.
 *
 * @example
 * const side = offAxisSide(rows.map((r) => r.moving), [0.001, 1e4]); // 'below'
 * if (side) offAxisNote(side, 'Moving target: under 0.001 bets a year'); // '▼ Moving target: under 0.001 bets a year'
 */

/** Where a value lies against an axis's domain: under its first end, past its last, or on it (undefined). */
export type OffAxisEnd = 'below' | 'above';
/** Where a series lies when none of it is on the axis: wholly under it, wholly past it, or on both sides. */
export type OffAxisSide = OffAxisEnd | 'off';
export type Domain = readonly [number, number];

/**
 * The arrow a note starts with, pointing the way the marks went: down or up off a y axis, left or right off an
 * x axis ('below' is the domain's first end). The x arrows are the axis titles' (the site fonts have them).
 */
const ARROWS: Record<'y' | 'x', Record<OffAxisEnd, string>> = {
  y: { below: '▼', above: '▲' },
  x: { below: '←', above: '→' },
};

/**
 * Every arrow a note may start with: the legibility check (tests/browser/legibility/names-kept.ts) reads a text in
 * muted ink that starts with one as a note that a series is off the axis.
 */
export const OFF_AXIS_ARROWS: readonly string[] = [...Object.values(ARROWS.y), ...Object.values(ARROWS.x)];

/** Where one value lies against the domain; undefined when it is on the axis (ends included) or not a number. */
export function offAxisEnd(value: number, domain: Domain): OffAxisEnd | undefined {
  if (value < domain[0]) return 'below';
  if (value > domain[1]) return 'above';
  return undefined;
}

/**
 * Where a series of values lies when none of them is on the axis; undefined when one is (the series is on show)
 * or when there is no value to show (NaN and undefined are skipped).
 *
 * @example offAxisSide([1, 5], [2, 4]) // 'off'
 */
export function offAxisSide(values: Iterable<number | undefined>, domain: Domain): OffAxisSide | undefined {
  let below = 0;
  let above = 0;
  for (const value of values) {
    if (value === undefined || Number.isNaN(value)) continue;
    const end = offAxisEnd(value, domain);
    if (end === undefined) return undefined;
    if (end === 'below') below++;
    else above++;
  }
  if (below + above === 0) return undefined;
  return above === 0 ? 'below' : below === 0 ? 'above' : 'off';
}

/**
 * How many of the values lie under the domain and how many past it (for a note that counts: "9 machines").
 *
 * @example offAxisCounts([1, 3, 5, 6], [2, 4]) // { below: 1, above: 2 }
 */
export function offAxisCounts(values: Iterable<number>, domain: Domain): Record<OffAxisEnd, number> {
  const counts = { below: 0, above: 0 };
  for (const value of values) {
    const end = offAxisEnd(value, domain);
    if (end) counts[end]++;
  }
  return counts;
}

/**
 * The note's text: its arrow (the axis's, `axis` 'y' unless told) and the words; a series on both sides has no
 * one way to point, and its words stand alone.
 *
 * @example offAxisNote('below', '9 machines match a frontier before 2018') // '▼ 9 machines match a frontier before 2018'
 * @example offAxisNote('below', '400B on 10¹¹: under 2 tokens per parameter', 'x') // '← 400B on 10¹¹: under 2 …'
 */
export function offAxisNote(side: OffAxisSide, words: string, axis: 'x' | 'y' = 'y'): string {
  return side === 'off' ? words : `${ARROWS[axis][side]} ${words}`;
}
