/**
 * Texts side by side too close to read apart (issue 19: on a phone open-closed-compute v4's year ticks ran
 * together as "20182019202020212022…"). overlappingText (problems.ts) lets boxes share a pixel across, so labels
 * that only touch passed; a reader still reads them as one word. Two texts on one line need at least a word
 * space between their boxes:
 *  - a word space in the sans-serif faces a figure is set in is 0.2–0.32 em (Source Sans 3's 0.2, DejaVu Sans's
 *    0.32): 2.4–3.8 px at the figures' 12 px (render.ts's PAGE_FONT_PX), the gap a reader takes to part two words;
 *  - a text's box (getBoundingClientRect) spans its glyphs' advances, whose side bearings add about half a pixel
 *    of air at each end, so a 3 px gap between boxes shows about 4 px between the inks: a little more than a space,
 *    so two labels do not read as one phrase; and well under the gaps between texts that read apart in the figures
 *    today: measured over every latest version's reachable states at 390 and 1280 px (2026-12-07), the tightest
 *    such pair was 6.1 px apart (device-fit at 390 px, "● AMD" and "RTX 4090"); the one pair under 3 px was
 *    wall-capability-curve's key line "dotted: log-linear, no wall" running into its "2035" label.
 * Texts stacked in rows are left to overlappingText: their boxes carry the font's spare ascent and descent, air
 * enough between two rows that touch.
 *
 * @example
 * crowdedText([tick('2018', 40), tick('2019', 64)]) // ['text "2018" runs into "2019" (under 3 px apart)']
 */
import type { TextBox } from './read-drawing.ts';
import { quote } from './quote.ts';

/** Least gap between two texts on one line, in CSS pixels: about a word space at 12 px (above). */
export const MIN_GAP_PX = 3;
/** Two texts are on one line when their boxes share at least this much of the shorter one's height. */
const SAME_LINE = 0.5;
/** Overlap across that overlappingText already reports (problems.ts's OVERLAP_PX.across). */
const OVERLAPS_PX = 1;

/** Pairs of texts on one line whose boxes are under MIN_GAP_PX apart and do not already overlap. */
export function crowdedText(texts: readonly TextBox[]): string[] {
  const found: string[] = [];
  texts.forEach((a, i) => {
    for (const b of texts.slice(i + 1)) {
      const shared = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (shared < SAME_LINE * Math.min(a.bottom - a.top, b.bottom - b.top)) continue;
      const gap = Math.max(a.left, b.left) - Math.min(a.right, b.right);
      if (gap < -OVERLAPS_PX || gap >= MIN_GAP_PX) continue;
      const [first, second] = a.left <= b.left ? [a, b] : [b, a];
      found.push(`text ${quote(first.text)} runs into ${quote(second.text)} (under ${MIN_GAP_PX} px apart)`);
    }
  });
  return found;
}
