/**
 * What is wrong with a drawing as the reader sees it: overlapping or cut-off text, and text or marks too faint
 * against the figure's background (WCAG 2.2: 3:1 for text in a graphic read as a label, 1.5:1 for marks here,
 * issue 19). Pure: it reads a Drawing (read-drawing.ts), so it is tested without a browser (problems.test.ts).
 */
import { composite, contrastRatio, parseColour } from '../../../src/figures/contrast.ts';
import type { Drawing, TextBox } from './read-drawing.ts';
import { quote } from './quote.ts';

export interface DrawingReading extends Drawing {
  readonly theme: 'light' | 'dark';
}

/** Least contrast of text, and of marks, against the background. */
export const TEXT_CONTRAST = 3;
export const MARK_CONTRAST = 1.5;
/** Marks this translucent or fainter are tints drawn faint on purpose (bands, highlights): not checked. */
const TINT_OPACITY = 0.5;
/** A mark this close to the background is drawn in the background's colour on purpose (a knockout). */
const KNOCKOUT = 1.1;
/** Overlap two text boxes may share, in pixels: glyph boxes include the font's full ascent and descent. */
const OVERLAP_PX = { across: 1, down: 3 };
/** How far text may reach past the drawing's edge (antialiasing). */
const EDGE_PX = 1;
/**
 * Least room between a text's box and the drawing's left or right edge, in CSS pixels. A box that touches the edge
 * reads as cut off, whether or not a glyph is: on a 390 px phone open-closed-benchmark-lag v2's "2026" ended 0.8 px
 * inside it, which the cut-off rule (EDGE_PX past the edge) let pass. The box holds the glyphs' side bearings, so
 * 2 px between box and edge leaves about 2.5 px of air by the ink. Top and bottom are left to the cut-off rule: a
 * box's spare ascent and descent are air already.
 */
export const EDGE_AIR_PX = 2;

/** Pairs of text boxes that overlap. */
export function overlappingText(texts: readonly TextBox[]): string[] {
  const found: string[] = [];
  texts.forEach((a, i) => {
    for (const b of texts.slice(i + 1)) {
      const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const down = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (across > OVERLAP_PX.across && down > OVERLAP_PX.down)
        found.push(`text ${quote(a.text)} overlaps ${quote(b.text)}`);
    }
  });
  return found;
}

/** Texts that reach past the drawing's edge, where the SVG cuts them off. */
export function clippedText(texts: readonly TextBox[], svg: Drawing['svg']): string[] {
  return texts
    .filter(
      (t) =>
        t.left < svg.left - EDGE_PX ||
        t.right > svg.right + EDGE_PX ||
        t.top < svg.top - EDGE_PX ||
        t.bottom > svg.bottom + EDGE_PX,
    )
    .map((t) => `text ${quote(t.text)} is cut off by the drawing's edge`);
}

/**
 * Texts inside the drawing whose box comes within EDGE_AIR_PX of its left or right edge: they touch it. Not yet in
 * problemsIn, which the legibility test applies to every figure: on 2026-12-08 it also found the tick labels
 * "2040" (budget-frontier v4), "2035" (open-bets v7), "2026" (open-closed-compute v7), "100,000" (meek-horizon-gap
 * v3), "1.7000"…"1.7010" (meek-loss-gap v9), and over-training v7's "7.98B on 1.6×10¹³", all at 390 px;
 * tests/browser/edge-and-dots.test.ts applies it.
 */
export function textAtEdge(texts: readonly TextBox[], svg: Drawing['svg']): string[] {
  return texts
    .filter((t) => {
      const [left, right] = [t.left - svg.left, svg.right - t.right];
      return (left >= -EDGE_PX && left < EDGE_AIR_PX) || (right >= -EDGE_PX && right < EDGE_AIR_PX);
    })
    .map(
      (t) => `text ${quote(t.text)} touches the drawing's ${t.left - svg.left < EDGE_AIR_PX ? 'left' : 'right'} edge`,
    );
}

/** Texts and marks too faint against the background, and halos that stand out from it. */
export function faintColours(reading: DrawingReading): string[] {
  const background = parseColour(reading.background);
  if (!background) return [`the figure's background ${reading.background} cannot be read`];
  const found: string[] = [];
  for (const text of reading.texts) {
    const fill = parseColour(text.fill);
    if (!fill) continue;
    const ratio = contrastRatio(composite(fill, background, text.opacity), background);
    if (ratio < TEXT_CONTRAST)
      found.push(`${reading.theme}: text ${quote(text.text)} has contrast ${ratio.toFixed(2)}:1 (${text.fill})`);
    const halo = parseColour(text.halo);
    if (halo && halo.a > 0 && contrastRatio(composite(halo, background), background) >= MARK_CONTRAST)
      found.push(`${reading.theme}: the halo of ${quote(text.text)} (${text.halo}) stands out from the background`);
  }
  const seen = new Set<string>();
  for (const mark of reading.marks) {
    const colour = parseColour(mark.colour);
    if (!colour || mark.opacity * colour.a < TINT_OPACITY) continue;
    const ratio = contrastRatio(composite(colour, background, mark.opacity), background);
    if (ratio < KNOCKOUT) continue; // checked across themes: fixedLightFills
    const message = `${reading.theme}: ${mark.mark} mark in ${mark.colour} has contrast ${ratio.toFixed(2)}:1`;
    if (ratio < MARK_CONTRAST && !seen.has(message)) {
      seen.add(message);
      found.push(message);
    }
  }
  return found;
}

/**
 * Marks drawn in the light background's colour whatever the theme: a knockout or a hollow mark filled 'white'
 * that glows on the dark background (issue 19: "hollow marks become white-filled"). `light` and `dark` are one
 * drawing read in each theme, so their marks come in the same order.
 */
export function fixedLightFills(light: Drawing, dark: Drawing): string[] {
  const [lightBack, darkBack] = [parseColour(light.background), parseColour(dark.background)];
  if (!lightBack || !darkBack || light.marks.length !== dark.marks.length) return [];
  const found = new Set<string>();
  light.marks.forEach((mark, i) => {
    const [inLight, inDark] = [parseColour(mark.colour), parseColour(dark.marks[i]!.colour)];
    if (!inLight || !inDark) return;
    const knockout = contrastRatio(composite(inLight, lightBack, mark.opacity), lightBack) < KNOCKOUT;
    const stillKnockout = contrastRatio(composite(inDark, darkBack, dark.marks[i]!.opacity), darkBack) < KNOCKOUT;
    if (knockout && !stillKnockout)
      found.add(
        `dark: ${mark.mark} mark filled ${dark.marks[i]!.colour}, the light background's colour: use theme.background or fill 'none'`,
      );
  });
  return [...found];
}

/** Every problem of one drawing read in one theme; geometry is checked once (light), colours in both. */
export function problemsIn(reading: DrawingReading): string[] {
  const geometry =
    reading.theme === 'light' ? [...overlappingText(reading.texts), ...clippedText(reading.texts, reading.svg)] : [];
  return [...geometry, ...faintColours(reading)];
}
