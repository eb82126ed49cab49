/**
 * Formatting leaks in what a reader reads of a figure (issue 19): NaN, Infinity, undefined, a year written with
 * a group separator ("2,029"), and internal names where a symbol or words belong (parameter keys such as g_i,
 * or symbols typed in ASCII such as T_g, c_ft, C^(−α)). Used by the figure-state browser test on the page's text
 * and by reader-text.test.ts on every latest spec's captions and labels.
 *
 * @example leaksIn(['highest in 2,029']) // ['grouped year "2,029" in "highest in 2,029"']
 */
const NON_VALUES = /\b(NaN|Infinity|undefined|null)\b/;
/** A year 1800–2199 with a thousands separator, not part of a larger number or an amount of money. */
const GROUPED_YEAR = /(?<![\d$€£.,])(1,[89]\d\d|2,[01]\d\d)(?![\d,])/;
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
    const year = GROUPED_YEAR.exec(text)?.[0];
    if (year) found.add(`grouped year "${year}" in ${quoted}`);
    const name = INTERNAL_NAME.exec(text)?.[0];
    if (name) found.add(`internal name "${name}" in ${quoted}`);
  }
  return [...found];
}
