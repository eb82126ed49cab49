/**
 * Labels over data marks (issue 19: on a phone, a line's name written across the other line, legible only where
 * its halo hid the crossing). Pure: it judges the crossings read by read-crossings.ts, so the rule is tested
 * without a browser (legibility-checks.test.ts). The rule, mark by mark:
 *  - A mark in the text's own colour is the text's own series (a line's name at its end, a marker's rule and
 *    its value): the reader reads them together. Not a collision.
 *  - A tint (opacity under 0.5: bands, the shaded gap) lies under text as a background; text stays readable.
 *  - A mark in another colour painted after the text (over it) strikes glyphs whatever the halo: a collision.
 *  - A filled mark in another colour under more than a tenth of the text's ink: a collision; the text's
 *    contrast was checked against the background, not against that fill, and a halo rings glyphs only.
 *  - A line or outline in another colour under the text: legible only when the text has a halo in the opaque
 *    background colour at least 2 px wide AND the crossing is short, at most 1.5 times the ink's height inside
 *    the ink box (a line steeper than about 40°). The halo blanks the line only next to each glyph: a line
 *    crossing the text steeply shows as a stub between two letters, one running along it shows again in every
 *    gap between letters and reads as strike-through. A crossing of a pixel or less only touches the text.
 *  - A leader line (Plot mark "leader": LabelLayout joining a label to its dot, src/figures/layout/leader.ts)
 *    runs from the edge of its label's box to its point, in the label's colour: its label's own mark, so it
 *    enters no text's ink. One that does points at or strikes that text whatever the colours (through a label
 *    of its own colour it reads as that label's leader): a collision, halo or not.
 *
 * @example
 * labelsOverMarks(crossings, 'rgb(253, 252, 249)') // ['text "Frontier" lies along a line mark in rgb(…) …']
 */
import { parseColour } from '../../../src/figures/contrast.ts';
import type { Crossing } from './read-crossings.ts';
import { quote } from './quote.ts';
import { sameColour } from './same-colour.ts';

/** Marks this translucent or fainter are tints that text may sit on (as in problems.ts). */
const TINT_OPACITY = 0.5;
/** Share of a text's ink box a filled mark in another colour may cover. */
const COVERED = 0.1;
/** Longest crossing a halo makes legible, in ink heights; and the least halo width that counts, in px. */
const SHORT_CROSSING = 1.5;
const HALO_PX = 2;
/** A crossing this short, in px, only touches the text. */
const TOUCH_PX = 1;

/** Why a text over a mark is not legible, or undefined when it is (the rule above). */
export function overMark(crossing: Crossing, background: string): string | undefined {
  const { text, mark, length, covered, above, inkHeight } = crossing;
  const fillCounts =
    crossing.fillColour !== 'none' &&
    crossing.fillOpacity >= TINT_OPACITY &&
    !sameColour(crossing.fillColour, crossing.fill) &&
    !sameColour(crossing.fillColour, background);
  const strokeCounts =
    crossing.stroke !== 'none' &&
    crossing.strokeOpacity >= TINT_OPACITY &&
    !sameColour(crossing.stroke, crossing.fill) &&
    !sameColour(crossing.stroke, background);
  if (mark === 'leader' && crossing.stroke !== 'none' && length > TOUCH_PX)
    return `text ${quote(text)} is crossed by a leader line in ${crossing.stroke}`;
  if (fillCounts && covered > COVERED)
    return `text ${quote(text)} sits on ${mark === 'area' ? 'an' : 'a'} ${mark} mark filled ${crossing.fillColour}${above ? ' drawn over it' : ''}`;
  if (!strokeCounts || length <= TOUCH_PX) return undefined;
  if (above) return `text ${quote(text)} is crossed by a ${mark} mark in ${crossing.stroke} drawn over it`;
  const haloed =
    crossing.halo !== 'none' && crossing.haloWidth >= HALO_PX && parseColour(crossing.halo)?.a === 1
      ? sameColour(crossing.halo, background)
      : false;
  if (!haloed) return `text ${quote(text)} is crossed by a ${mark} mark in ${crossing.stroke} (no background halo)`;
  if (length > SHORT_CROSSING * inkHeight)
    return `text ${quote(text)} lies along a ${mark} mark in ${crossing.stroke}: a crossing too long for its halo`;
  return undefined;
}

/**
 * Texts touched by a dot: a filled dot in another colour (not a tint, not the background's colour) that reaches into
 * a text's ink by more than TOUCH_PX, however little of the ink it covers. Beside the letters it reads as one of
 * them, or the text reads as the dot's name. On a 390 px phone open-closed-benchmark-lag v2's "median from 2020:
 * 7.4 months" had an open record's dot in its last word, which overMark's tenth of the ink, sampled on a grid of
 * points 25 px apart across that label (read-crossings.ts), did not see. Not yet part of overMark, which the
 * legibility test applies to every figure: on 2026-12-08 it also found device-fit v4's key entry "● AMD" 2.2 px
 * into a green dot (390 px, random combination 4 of seed 19); tests/browser/edge-and-dots.test.ts applies it.
 *
 * @example dotsTouchingText([{ ...crossing, mark: 'dot', into: 5 }], back) // ['text "median …" touches a dot filled …']
 */
export function dotsTouchingText(crossings: readonly Crossing[], background: string): string[] {
  const found = new Set<string>();
  for (const c of crossings) {
    if (c.mark !== 'dot' || !((c.into ?? 0) > TOUCH_PX) || c.fillColour === 'none') continue;
    if (c.fillOpacity < TINT_OPACITY || sameColour(c.fillColour, c.fill) || sameColour(c.fillColour, background))
      continue;
    found.add(`text ${quote(c.text)} touches a dot filled ${c.fillColour}${c.above ? ' drawn over it' : ''}`);
  }
  return [...found];
}

/** Every text over a mark that is not legible, each once. */
export function labelsOverMarks(crossings: readonly Crossing[], background: string): string[] {
  const found = new Set<string>();
  for (const crossing of crossings) {
    const problem = overMark(crossing, background);
    if (problem) found.add(problem);
  }
  return [...found];
}
