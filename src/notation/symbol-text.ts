/**
 * How a parameter's symbol is written for readers. A symbol is stored as maths writes it: a base and, after "_", a
 * subscript ('g_C' frontier compute growth in the parameter registry, 'ℓ_C', 'g_$'), or already in Unicode ('gᵢ').
 * Unicode has subscript forms for a few letters only (gᵢ, gₐ, gₕ; no capital C, no $), so a stored 'g_C' reached
 * readers raw beside a slider (issue 19, "g_C" in the edge figures' controls). Every place that shows a symbol
 * writes it through here: as HTML (a real <sub>) where markup is possible, else as plain text (Unicode subscripts
 * where every character has one, the subscript set after the base where not: "gC", as "g$" is written). The
 * Astro component SymbolText.astro writes the HTML form with the page's own escaping. A symbol
 * this cannot read (a caret, an empty part) throws, and symbol-text.test.ts reads every figure's and the
 * registry's symbols, so none reaches a reader unwritten.
 *
 * @example symbolParts('g_C') // { base: 'g', sub: 'C' }
 * @example symbolPlain('g_p') // 'gₚ'
 * @example symbolHtml('g_C') // 'g<sub>C</sub>'
 */

/** A symbol's base letter(s) and its subscript (empty when it has none). */
export interface SymbolParts {
  readonly base: string;
  readonly sub: string;
}

/** Unicode subscript forms: the only characters a plain-text subscript can use. */
const SUBSCRIPT: Readonly<Record<string, string>> = Object.fromEntries(
  [...'0123456789+−=()aehijklmnoprstuvxβγρφχ'].map((char, i) => [
    char,
    [...'₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓᵦᵧᵨᵩᵪ'][i]!,
  ]),
);

/** "base_sub" or "base_{sub}"; the base never holds "_", "^", "{" or "}". */
const WRITTEN = /^([^_^{}\s]+)(?:_(?:\{([^{}^]+)\}|([^_{}^\s]+)))?$/u;

/** Splits a stored symbol into base and subscript; throws on one it cannot read. */
export function symbolParts(symbol: string): SymbolParts {
  const match = WRITTEN.exec(symbol);
  if (!match) throw new Error(`symbol "${symbol}" is not a base with an optional _subscript (e.g. g_C, ℓₒ)`);
  return { base: match[1]!, sub: match[2] ?? match[3] ?? '' };
}

/**
 * What a reader is shown: the whole symbol in Unicode when every subscript character has a subscript form (g_p is
 * shown gₚ), else the base and a subscript to set lower (g_C: "g" and "C").
 *
 * @example symbolShown('g_C') // { base: 'g', sub: 'C' }
 */
export function symbolShown(symbol: string): SymbolParts {
  const { base, sub } = symbolParts(symbol);
  const chars = [...sub];
  return chars.every((char) => SUBSCRIPT[char])
    ? { base: base + chars.map((char) => SUBSCRIPT[char]).join(''), sub: '' }
    : { base, sub };
}

/** The symbol as plain text, for text that cannot hold markup (a button label, a citation, a spoken sentence). */
export function symbolPlain(symbol: string): string {
  const { base, sub } = symbolShown(symbol);
  return base + sub;
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (text: string) => text.replace(/[&<>"]/g, (char) => ESCAPES[char]!);

/** The symbol as HTML, its subscript in <sub> (escaped: safe to insert as markup). */
export function symbolHtml(symbol: string): string {
  const { base, sub } = symbolShown(symbol);
  return sub ? `${escape(base)}<sub>${escape(sub)}</sub>` : escape(base);
}
