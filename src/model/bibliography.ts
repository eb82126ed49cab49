/**
 * The works the model's parameters and equations come from, read from the one
 * bibliography of the publication, `src/bibliography/references.json`
 * (CSL-JSON, one item per work). Essays cite the same items as `[@key]`.
 * Keys are stable: parameters cite them as `source.key` with a locator
 * (page, table, equation).
 *
 * @example formatReference('ho-2024') // 'Ho, A., Besiroglu, T., Erdil, E., et al. (2024). Algorithmic progress in language models. arXiv:2403.05812.'
 */
import references from '../bibliography/references.json' with { type: 'json' };

/** A CSL-JSON name: a person (family, given) or an organisation (literal). */
export interface CslName {
  readonly family?: string;
  readonly given?: string;
  readonly literal?: string;
}

/** The subset of CSL-JSON the bibliography uses. */
export interface CslReference {
  readonly id: string;
  readonly type: string;
  readonly title: string;
  readonly author: readonly CslName[];
  readonly issued: { readonly 'date-parts': readonly (readonly number[])[] };
  readonly URL: string;
  readonly DOI?: string;
  readonly publisher?: string;
  readonly number?: string;
  readonly 'container-title'?: string;
}

/** A reference as the parameter registry shows it. */
export interface Reference {
  readonly authors: string;
  readonly year: number;
  readonly title: string;
  readonly venue: string;
  readonly url: string;
}

/** Every work, as CSL-JSON, in the order of the file. */
export const CSL_REFERENCES: readonly CslReference[] = references;

/** A key of the bibliography (a CSL-JSON `id`). */
export type ReferenceKey = string;

/** Every key, as a non-empty tuple (for `z.enum`). */
export const referenceKeys = CSL_REFERENCES.map((r) => r.id) as [ReferenceKey, ...ReferenceKey[]];

const byKey = new Map(CSL_REFERENCES.map((r) => [r.id, r]));
if (byKey.size !== CSL_REFERENCES.length) throw new Error('references.json: duplicate id');

/**
 * True when `key` is in the bibliography.
 *
 * @example isReferenceKey('ho-2024') // true
 */
export function isReferenceKey(key: string): key is ReferenceKey {
  return byKey.has(key);
}

/**
 * The CSL-JSON item of a key; throws naming the key when it is not in the bibliography.
 *
 * @example cslReference('ho-2024').DOI // '10.48550/arXiv.2403.05812'
 */
export function cslReference(key: string): CslReference {
  const item = byKey.get(key);
  if (!item) throw new Error(`unknown bibliography key "${key}"`);
  return item;
}

function initials(given: string): string {
  return given
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => (part.endsWith('.') ? part : `${part[0]}.`))
    .join(' ');
}

function personName(name: CslName): string {
  if (name.literal) return name.literal;
  return name.given ? `${name.family}, ${initials(name.given)}` : (name.family ?? '');
}

/**
 * True for the literal author "et al." that references.json ends a long author list with (the authors the entry
 * does not name). It is not a person, so no "&" goes before it.
 *
 * @example isEtAl({ literal: 'et al.' }) // true
 */
export const isEtAl = (name: CslName): boolean => name.literal?.trim() === 'et al.';

/**
 * APA-style author list: up to six names in full, otherwise the first three and "et al."; a list that ends with
 * the literal "et al." keeps it, after a comma and without "&" (APA 7: "Touvron, H., Martin, L., Stone, K., et al.").
 *
 * @example formatAuthors([{ family: 'Hobbhahn', given: 'Marius' }, { family: 'Besiroglu', given: 'Tamay' }]) // 'Hobbhahn, M., & Besiroglu, T.'
 * @example formatAuthors([{ family: 'Hu', given: 'Edward J.' }, { literal: 'et al.' }]) // 'Hu, E. J., et al.'
 */
export function formatAuthors(names: readonly CslName[]): string {
  const people = names.filter((name) => !isEtAl(name));
  const etAl = people.length < names.length || people.length > 6;
  const parts = (people.length > 6 ? people.slice(0, 3) : people).map(personName);
  if (etAl) return parts.length > 0 ? `${parts.join(', ')}, et al.` : 'et al.';
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')}, & ${parts.at(-1)}`;
}

/**
 * The short view of a key that the parameter registry shows.
 *
 * @example reference('ho-2024').venue // 'arXiv:2403.05812'
 */
export function reference(key: ReferenceKey): Reference {
  const item = cslReference(key);
  return {
    authors: formatAuthors(item.author),
    year: item.issued['date-parts'][0]?.[0] ?? 0,
    title: item.title,
    venue: item.number ?? item['container-title'] ?? item.publisher ?? '',
    url: item.URL,
  };
}

/** Every key's short view, by key. */
export const BIBLIOGRAPHY: Readonly<Record<ReferenceKey, Reference>> = Object.fromEntries(
  CSL_REFERENCES.map((r) => [r.id, reference(r.id)]),
);

/**
 * A reference as one line: "Authors (year). Title. Venue."
 *
 * @example formatReference('ho-2024') // 'Ho, A., Besiroglu, T., Erdil, E., et al. (2024). Algorithmic progress in language models. arXiv:2403.05812.'
 */
export function formatReference(key: ReferenceKey): string {
  const r = reference(key);
  return `${r.authors} (${r.year}). ${endSentence(r.title)} ${endSentence(r.venue)}`;
}

/** A title or venue as a sentence: a full stop unless it ends with its own ("How Far Behind Are Open Models?"). */
const endSentence = (text: string) => (/[.?!]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);
