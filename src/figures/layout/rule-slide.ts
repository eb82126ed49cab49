/**
 * Where a rule's name goes when its place is taken (issue 19: on a phone "Academic lab $1M" was written under the
 * frontier's line and "Your budget $200M" along the tier rule above it). A name that, failing its place, is moved
 * one to three lines up or down or searched for over the whole plot drifts off its rule and reads as the name of
 * the rule next to it. Here it slides along its own rule, nearest first, on its own side of the rule and then
 * mirrored to the other side, so it stays beside what it names, or is left out. LabelLayout.placeAlongRules.
 *
 * @example
 * slideAlongRule({ left: 40, top: 84, right: 120, bottom: 98 }, 100, plot, (box) => !crossesLine(box, bill))
 * // { dx: 12, dy: 0 }: two steps along the rule, where the bill no longer crosses it
 */

import { crossesLine, type Polyline } from './line-obstacles.ts';
import { overlaps, type Box } from './place-label.ts';

/** Step of the slide, in pixels. */
const STEP = 6;

/**
 * The offset of the first place for the label's box `home` along the rule at y = `rule`, inside `bounds`, where
 * `clear` holds: moved sideways by 0, ±STEP, ±2·STEP … (nearest first, rightwards first among equals; from inside
 * the plot, when the box sticks out at an end of its rule), at each offset first on its own side of the rule,
 * then mirrored about it. Undefined when there is none.
 */
export function slideAlongRule(
  home: Box,
  rule: number,
  bounds: Box,
  clear: (box: Box) => boolean,
): { dx: number; dy: number } | undefined {
  // A box sticking out of the plot at an end of its rule is pulled back inside first.
  const pull =
    home.left < bounds.left ? bounds.left - home.left : home.right > bounds.right ? bounds.right - home.right : 0;
  const offsets = [pull];
  for (let k = STEP; k <= bounds.right - bounds.left; k += STEP) offsets.push(pull + k, pull - k);
  const mirrored = 2 * rule - home.bottom - home.top;
  for (const dx of offsets)
    for (const dy of mirrored === 0 ? [0] : [0, mirrored]) {
      const box = { left: home.left + dx, right: home.right + dx, top: home.top + dy, bottom: home.bottom + dy };
      const inside =
        box.left >= bounds.left - 0.5 &&
        box.right <= bounds.right + 0.5 &&
        box.top >= bounds.top - 0.5 &&
        box.bottom <= bounds.bottom + 0.5;
      if (inside && clear(box)) return { dx, dy };
    }
  return undefined;
}

/**
 * Longest stretch of a line a haloed rule name may have inside its ink, in ink heights. The legibility check
 * (tests/browser/legibility/over-marks.ts) allows 1.5: a line crossing the letters steeply shows as a stub between
 * two of them, blanked by the halo next to each glyph, while one running along them reads as strike-through.
 * Text widths are estimated, so a little is kept in hand.
 */
const STEEP = 1.4;
/** Share of a text's line height its letters ink (as tests/browser/legibility/read-crossings.ts reads it). */
const INK = 0.62;

/** Length of the part of the segment from a to b inside the box, in pixels (Liang–Barsky clipping). */
function segmentLengthInside(box: Box, a: { x: number; y: number }, b: { x: number; y: number }): number {
  const [dx, dy] = [b.x - a.x, b.y - a.y];
  let [from, to] = [0, 1];
  const edges: [number, number][] = [
    [-dx, a.x - box.left],
    [dx, box.right - a.x],
    [-dy, a.y - box.top],
    [dy, box.bottom - a.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return 0;
      continue;
    }
    const t = q / p;
    if (p < 0) from = Math.max(from, t);
    else to = Math.min(to, t);
    if (from > to) return 0;
  }
  return (to - from) * Math.hypot(dx, dy);
}

/** Length of the part of the line inside the box, in pixels. */
export function lengthInside(box: Box, line: Polyline): number {
  let length = 0;
  for (let i = 1; i < line.length; i++) length += segmentLengthInside(box, line[i - 1]!, line[i]!);
  return length;
}

/**
 * Where a rule's name goes (LabelLayout.placeAlongRules): the label's box `home` slid along its rule at y = `rule`
 * (slideAlongRule) to the first place clear of the labels placed before it (`taken`), of `dots` and of `lines`.
 * Failing that, when the label has a halo in the background colour (`haloed`), to the first place where lines
 * only cross its letters steeply, each for at most STEEP times the height of their ink (its text is `height`
 * pixels tall): on a phone the frontier's bill crosses every tier's rule somewhere, and a rule's name beside
 * its rule, the bill passing steeply behind its halo, reads better than one moved off to the rule above or below.
 * Undefined when neither is found on the rule.
 *
 * @example
 * ruleNamePlace(home, 120, plot, { taken: [], lines: [bill], dots: [], height: 14, haloed: true })
 */
export function ruleNamePlace(
  home: Box,
  rule: number,
  bounds: Box,
  around: {
    readonly taken: readonly Box[];
    readonly lines: readonly Polyline[];
    readonly dots: readonly Box[];
    readonly height: number;
    readonly haloed: boolean;
  },
): { dx: number; dy: number } | undefined {
  const { taken, lines, dots, height } = around;
  const pad = (home.bottom - home.top - height) / 2;
  const free = (box: Box) => !taken.some((other) => overlaps(box, other)) && !dots.some((dot) => overlaps(box, dot));
  const clear = (box: Box) => free(box) && !lines.some((line) => crossesLine(box, line));
  // The letters' ink as the check reads it: the text's box less the font's spare ascent and descent.
  const most = STEEP * INK * height;
  const steep = (box: Box) => {
    const top = (box.top + box.bottom - height) / 2;
    const ink = { left: box.left + pad, right: box.right - pad, top: top + 0.18 * height, bottom: top + 0.8 * height };
    return free(box) && lines.every((line) => lengthInside(ink, line) <= most);
  };
  return (
    slideAlongRule(home, rule, bounds, clear) ?? (around.haloed ? slideAlongRule(home, rule, bounds, steep) : undefined)
  );
}
