/**
 * An essay's table of contents from its headings: its sections (##) with
 * their subsections (###) nested, then the apparatus every essay ends with.
 * Pure, so the outline is tested without a build.
 */

export interface Heading {
  readonly depth: number;
  readonly slug: string;
  readonly text: string;
}

export interface ContentsEntry {
  readonly slug: string;
  readonly text: string;
  readonly children: readonly ContentsEntry[];
}

/**
 * Sections and their subsections, in order; headings deeper than ### and a
 * subsection before any section are left out of the outline.
 *
 * @example contentsOf([{ depth: 2, slug: 'a', text: 'A' }, { depth: 3, slug: 'b', text: 'B' }])
 * // [{ slug: 'a', text: 'A', children: [{ slug: 'b', text: 'B', children: [] }] }]
 */
export function contentsOf(headings: readonly Heading[]): ContentsEntry[] {
  const sections: { slug: string; text: string; children: ContentsEntry[] }[] = [];
  for (const { depth, slug, text } of headings) {
    if (depth === 2) sections.push({ slug, text, children: [] });
    else if (depth === 3) sections.at(-1)?.children.push({ slug, text, children: [] });
  }
  return sections;
}
