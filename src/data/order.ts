/**
 * The one text order every dataset sorts by. `a.localeCompare(b)` follows the
 * machine's locale (LANG), so the same inputs could give different bytes on
 * another machine; this collator is pinned to en-US, and the ICU data that
 * implements it is pinned with Node itself (the `node` devDependency).
 */
const collator = new Intl.Collator('en-US');

/**
 * Compares two strings in the datasets' fixed order.
 *
 * @example ['b', 'A', 'a'].sort(compareText) // ['a', 'A', 'b']
 */
export function compareText(a: string, b: string): number {
  return collator.compare(a, b);
}
