/**
 * A parameter value as a screen reader should say it (a slider's
 * aria-valuetext): numbers and units in words, "1 thousand US dollars" rather
 * than "$1K" (read "dollar one K") and "2.4 times per year" rather than "2.4×/yr".
 */
import { formatNumber, formatYear } from './format.ts';

const compactLong = new Intl.NumberFormat('en-US', {
  notation: 'compact',
  compactDisplay: 'long',
  maximumSignificantDigits: 3,
});

const SUPERSCRIPT_DIGITS: Record<string, string> = {
  '⁻': '-',
  '⁰': '0',
  '¹': '1',
  '²': '2',
  '³': '3',
  '⁴': '4',
  '⁵': '5',
  '⁶': '6',
  '⁷': '7',
  '⁸': '8',
  '⁹': '9',
};

/** A number in words where formatNumber uses signs: "7.12 times 10 to the 17", "minus 3". */
export function spokenNumber(value: number): string {
  const text = formatNumber(value)
    .replace(/×10([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)/, (_, exponent: string) => {
      const digits = [...exponent].map((c) => SUPERSCRIPT_DIGITS[c] ?? c).join('');
      return ` times 10 to the ${digits.replace('-', 'minus ')}`;
    })
    .replace(/^[-−]/, 'minus ');
  return text === '∞' ? 'infinity' : text;
}

/** A unit in words: "/" is "per", "yr" is "year", "×" is "times". */
function spokenUnit(unit: string): string {
  return unit
    .replace(/\s*·\s*/g, ' times ')
    .replace(/\^/g, ' to the ')
    .replace(/\byr\b/g, 'year')
    .replace(/\s*\/\s*/g, ' per ')
    .replace(/US\$/g, 'US dollars')
    .replace(/^×\s*/, 'times ')
    .trim();
}

/**
 * Named positions ("0 NVIDIA, 1 Apple, 2 AMD / Framework") say the name at that
 * position; "1 = open" says "1, where 1 = open".
 */
function namedPosition(value: number, unit: string): string | undefined {
  const names = new Map<number, string>();
  for (const part of unit.split(/,\s*/)) {
    const match = /^(\d+) (.+)$/.exec(part);
    if (!match) return undefined;
    names.set(Number(match[1]), match[2]!);
  }
  return names.get(value) ?? spokenNumber(value);
}

/** The spoken value of a parameter with its unit. */
export function spokenParam(value: number, unit: string): string {
  if (unit === '') return spokenNumber(value);
  if (unit === 'US$') return `${Math.abs(value) >= 1000 ? compactLong.format(value) : spokenNumber(value)} US dollars`;
  if (unit === 'year' || unit === 'calendar year')
    return Number.isInteger(value) ? formatYear(value) : spokenNumber(value);
  if (/^\d+ = /.test(unit)) return `${spokenNumber(value)}, where ${unit}`;
  const named = /^\d+ [^=]/.test(unit) ? namedPosition(value, unit) : undefined;
  if (named !== undefined) return named;
  if (unit === '×') return `${spokenNumber(value)} times`;
  return `${spokenNumber(value)} ${spokenUnit(unit)}`;
}
