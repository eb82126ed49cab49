/**
 * The literal author "et al." in citeproc's and citation-js's output. The bibliography
 * (src/bibliography/references.json) ends a long author list with `{ "literal": "et al." }`, and citeproc's APA
 * style treats it as one more person: "Touvron, H., Martin, L., Stone, K., & et al." APA 7 writes the list
 * without "&" before "et al."; BibTeX's word for authors not named is "and others"; RIS has none, so the
 * record lists the named authors only. CSL-JSON keeps the literal as it is.
 */

/** citeproc's "&" before "et al.": plain, or as the HTML entities it writes ("&#38;") or we escape to ("&amp;"). */
const AMPERSAND_BEFORE_ET_AL = /,?\s+(?:&|&#38;|&amp;)\s+et al\./g;

/**
 * An APA reference or citation without the "&" citeproc puts before a literal "et al." author.
 *
 * @example apaEtAl('Touvron, H., Martin, L., Stone, K., & et al. (2023).') // 'Touvron, H., Martin, L., Stone, K., et al. (2023).'
 */
export function apaEtAl(text: string): string {
  return text.replace(AMPERSAND_BEFORE_ET_AL, ', et al.');
}

/**
 * A BibTeX author or editor field's value with a literal "et al." author (as citation-js writes it, `{et al.}`)
 * turned into BibTeX's "others", which styles print as "et al.".
 *
 * @example bibtexEtAl('{Ann Lee} and {et al.}') // '{Ann Lee} and others'
 */
export function bibtexEtAl(names: string): string {
  return names.replace(/(^|\sand\s)\{?et al\.\}?(?=\s+and\s|$)/g, '$1others');
}

/**
 * A RIS record without "AU  - et al." lines: RIS lists people, and "et al." is not one.
 *
 * @example risEtAl('AU  - Ann Lee\nAU  - et al.\nPY  - 2026') // 'AU  - Ann Lee\nPY  - 2026'
 */
export function risEtAl(ris: string): string {
  return ris
    .split('\n')
    .filter((line) => !/^AU {2}- et al\.\s*$/.test(line))
    .join('\n');
}
