/**
 * The width a line of text takes, estimated from character classes of a sans-serif face (system-ui, DejaVu Sans
 * in the PNG): label layout must give the same answer at build time (linkedom has no layout) and in the browser,
 * so it cannot measure. The classes follow Helvetica/Arial advance widths (narrow i l ., digits 0.56 em, capitals
 * about 0.67 em, m and W 0.83–0.94 em), rounded up so an estimate errs wide: a label that might touch moves.
 *
 * @example textWidth('2030', 12) // 26.88 (four digits at 0.56 em)
 */
const NARROW = /[iljI.,:;'|!ft()[\]\s]/;
const WIDE = /[mwMW%@]/;
const CAPITAL = /[A-Z]/;
const DIGIT = /[0-9$]/;

/** Width in em of one character. */
function advance(char: string): number {
  if (char === ' ') return 0.28;
  if (NARROW.test(char)) return 0.3;
  if (WIDE.test(char)) return 0.9;
  if (CAPITAL.test(char)) return 0.7;
  if (DIGIT.test(char)) return 0.56;
  return 0.56;
}

/** Estimated width in pixels of `text` (its longest line) at `fontSize` pixels. */
export function textWidth(text: string, fontSize: number): number {
  const lines = text.split('\n');
  return Math.max(...lines.map((line) => [...line].reduce((sum, char) => sum + advance(char), 0) * fontSize));
}
