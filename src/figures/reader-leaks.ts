/**
 * Formatting leaks in what a reader reads of a figure (issue 19): NaN, Infinity, undefined, a year written with
 * a group separator ("2,029"), and internal names where a symbol or words belong (parameter keys such as g_i,
 * or symbols typed in ASCII such as T_g, c_ft, C^(−α)). Used by the figure-state browser test on the page's text
 * and by reader-text.test.ts on every latest spec's captions and labels.
 *
 * @example leaksIn(['highest in 2,029']) // ['grouped year "2,029" in "highest in 2,029"']
 */
const NON_VALUES = /\b(NaN|Infinity|undefined|null)\b/;
/** A number 1,800–2,199 with a thousands separator, not part of a larger number or an amount of money. */
const GROUPED_NUMBER = /(?<![\d$€£.,])(1,[89]\d\d|2,[01]\d\d)(?![\d,])/g;
/** Words that come before a year: "in 2,029", "from 2,020 to 2,030". */
const BEFORE_A_YEAR = /(?:\b(?:in|by|from|to|until|till|since|after|before|year|of)|[–-])\s*$/i;

/**
 * The first grouped year in `text`: a number 1,800–2,199 after a word that comes before a year, or one that is
 * not a round hundred and has no unit stuck to it ("2,019" beside a slider). A round 2,000 or 2,000B is a count.
 */
function groupedYear(text: string): string | undefined {
  for (const match of text.matchAll(GROUPED_NUMBER)) {
    const before = text.slice(0, match.index);
    const after = text.slice(match.index + match[0].length);
    const round = match[0].endsWith('00');
    if (BEFORE_A_YEAR.test(before) || (!round && !/^[A-Za-z×%]/.test(after))) return match[0];
  }
  return undefined;
}
/** A name with an underscore (g_i, T_g, c_ft, g_$) or a caret exponent (C^(−α)). */
export const INTERNAL_NAME = /(?<![\w/.-])[A-Za-z]+_[A-Za-z0-9$]+(?![\w/])|\^\(/;

/**
 * The leaks in `texts`, one message each. Parameter keys are names with an underscore (g_i, from_year); a key that
 * is an English word (lead, budget) cannot be told from prose, and its label is checked where it is written.
 */
export function leaksIn(texts: readonly (string | { readonly text: string })[]): string[] {
  const found = new Set<string>();
  for (const item of texts) {
    const text = typeof item === 'string' ? item : item.text;
    const quoted = JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}…` : text);
    const nonValue = NON_VALUES.exec(text)?.[0];
    if (nonValue) found.add(`"${nonValue}" in ${quoted}`);
    const year = groupedYear(text);
    if (year) found.add(`grouped year "${year}" in ${quoted}`);
    const name = INTERNAL_NAME.exec(text)?.[0];
    if (name) found.add(`internal name "${name}" in ${quoted}`);
  }
  return [...found];
}
