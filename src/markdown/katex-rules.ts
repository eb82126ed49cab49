/**
 * KaTeX's rules that the built maths can match (issue 21: LCP). The sheet is render-blocking on the pages with maths,
 * and most of its 22 KB style constructs the essays never write (arrays, accents, colour boxes, \cancel, …). A
 * selector is kept when every class it requires (outside `:not(…)`, which a missing class cannot stop from
 * matching) is on some element of the pages; a rule with no selector left is dropped. Dropped rules match no
 * element of the built pages, so what is drawn is unchanged. @font-face rules are left to katex-subset.ts.
 * @example usedRules('.katex .mfrac{a:b}.katex .cancel-pad{c:d}', new Set(['katex', 'mfrac']))
 *   // '.katex .mfrac{a:b}'
 */

const TOP_LEVEL_RULE = /([^{}]+)\{([^{}]*)\}/g;

/** The classes a selector requires of the elements it matches. */
export function requiredClasses(selector: string): string[] {
  const positive = selector.replace(/:not\([^)]*\)/g, '');
  return [...positive.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((match) => match[1]!);
}

/** Every class on the pages' elements. */
export function classesIn(pages: readonly string[]): Set<string> {
  const classes = new Set<string>();
  for (const html of pages)
    for (const [, list] of html.matchAll(/\sclass="([^"]*)"/g))
      for (const name of list!.split(/\s+/)) if (name) classes.add(name);
  return classes;
}

/** The sheet with only the selectors the pages' classes can match (@font-face rules kept as they are). */
export function usedRules(css: string, classes: ReadonlySet<string>): string {
  if (/@(?!font-face)[a-z-]+/.test(css)) throw new Error('KaTeX stylesheet: an at-rule other than @font-face');
  const kept = css.replace(TOP_LEVEL_RULE, (rule, selectors: string, body: string) => {
    if (selectors.trim() === '@font-face') return rule;
    const used = selectors
      .split(',')
      .filter((selector) => requiredClasses(selector).every((name) => classes.has(name)));
    return used.length > 0 ? `${used.join(',')}{${body}}` : '';
  });
  if (/[{}]/.test(kept.replace(TOP_LEVEL_RULE, '')))
    throw new Error('KaTeX stylesheet: a nested block this cannot read');
  return kept;
}
