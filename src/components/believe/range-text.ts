/**
 * A "what would you have to believe" line's interval in words (made at build by believe/range.ts), saying when
 * the value on show lies outside it. Import-free, so the browser's Believe code stays small.
 *
 * @example rangeText({ text: 'published 90% interval 2×/yr to 2.9×/yr, Cottier et al. 2024', low: 2, high: 2.9 }, 3.6)
 * // 'published 90% interval 2×/yr to 2.9×/yr, Cottier et al. 2024; the value now is outside it'
 */
export interface BelieveRange {
  /** The interval and its source, in words. */
  readonly text: string;
  readonly low: number;
  readonly high: number;
}

/** A number as the box prints it (three significant digits): a value shown as an end of the range is not outside it. */
const shown = (v: number) => Number(v.toPrecision(3));

/** The range in words, saying when `now` lies outside it as printed. */
export function rangeText(range: BelieveRange, now: number): string {
  const outside = shown(now) < shown(range.low) || shown(now) > shown(range.high);
  return `${range.text}${outside ? '; the value now is outside it' : ''}`;
}
