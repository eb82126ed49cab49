/**
 * The width a line of text takes, estimated from character classes: label layout must give the same answer at
 * build time (linkedom has no layout) and in the browser, so it cannot measure. Text is drawn in system-ui,
 * which is DejaVu Sans in this project's Chromium and in the PNG, and Helvetica, Arial or Segoe UI elsewhere;
 * DejaVu Sans is the widest of these, so each class takes its widest DejaVu Sans character (measured in
 * Chromium: digits 0.636 em, lower case up to 0.635 (r, t, f and i 0.28–0.41), capitals up to 0.787, m and W 0.97–0.99, → × + = 0.838).
 * The estimate errs wide, so a label that might touch moves. (Helvetica's widths, used before, came out up to
 * 14% short: "Gap peaks in 2035: 0.15 nats" drew 177 px against an estimate of 161, over the axis ticks.)
 * Bold (weight 600 and up) is about 1.1× wider in DejaVu Sans Bold.
 *
 * @example textWidth('2030', 12) // 30.72 (four digits at 0.64 em)
 */
const NARROW = /[iljrI.,:;'’|!ft()[\]]/;
const WIDE = /[mwMW%@—]/;
const SYMBOL = /[→×+=<>~^#≈±−]/;
const CAPITAL = /[A-Z]/;

/** Width in em of one character. */
function advance(char: string): number {
  if (char === ' ') return 0.32;
  if (NARROW.test(char)) return 0.41;
  if (WIDE.test(char)) return 1;
  if (SYMBOL.test(char)) return 0.84;
  if (CAPITAL.test(char)) return 0.79;
  // Digits, $ and lower case: 0.636 at most.
  return 0.64;
}

/** How much wider bold text is than regular (DejaVu Sans Bold against Book, 1.08–1.13 by class). */
const BOLD = 1.13;

/** Estimated width in pixels of `text` (its longest line) at `fontSize` pixels; `weight` 600 and up is bold. */
export function textWidth(text: string, fontSize: number, weight: number | string = 400): number {
  const lines = text.split('\n');
  const bold = weight === 'bold' || Number(weight) >= 600 ? BOLD : 1;
  return Math.max(...lines.map((line) => [...line].reduce((sum, char) => sum + advance(char), 0) * fontSize * bold));
}
