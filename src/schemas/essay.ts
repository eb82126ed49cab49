/**
 * Frontmatter of an essay (src/content/essays/*.mdx). Strict: an unknown or
 * misspelled key (`draf: true`) is an error, not silently ignored. The build
 * reports the first problem as `<file>:<line>:<col> …` naming the field
 * (src/authoring/frontmatter.ts finds the line).
 *
 * The figures and datasets an essay uses are not written here: the build
 * derives them from the essay's `<Figure>` and `<FigureValue>` elements.
 */
import { z } from 'astro/zod';

/** An ORCID iD (0000-0002-1825-0097), with its ISO 7064 11,2 check digit verified. */
export function isValidOrcid(orcid: string): boolean {
  if (!/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/.test(orcid)) return false;
  const digits = orcid.replace(/-/g, '');
  let total = 0;
  for (const d of digits.slice(0, -1)) total = (total + Number(d)) * 2;
  const check = (12 - (total % 11)) % 11;
  return digits.at(-1) === (check === 10 ? 'X' : String(check));
}

const authorObject = z
  .object({
    name: z.string().min(1, 'an author needs a name'),
    /** ORCID iD, without the https://orcid.org/ prefix. */
    orcid: z
      .string()
      .refine(isValidOrcid, 'must be an ORCID iD such as 0000-0002-1825-0097 (with a valid check digit)')
      .optional(),
    affiliation: z.string().min(1).optional(),
  })
  .strict();

/** An author: a name, or { name, orcid?, affiliation? }. */
export const authorSchema = z
  .union([z.string().min(1), authorObject])
  .transform((author) => (typeof author === 'string' ? { name: author } : author));

export type Author = z.output<typeof authorSchema>;

const date = (what: string) =>
  z.coerce.date({ error: `must be a date (YYYY-MM-DD) ${what}` }).refine((d) => !Number.isNaN(d.getTime()), {
    message: `must be a date (YYYY-MM-DD) ${what}`,
  });

export const essaySchema = z
  .object({
    /** Headline, as it appears on the essay page and in lists. */
    title: z.string().min(1),
    /** One or two sentences for the home page, search engines and link previews. */
    description: z.string().min(20, 'must be at least 20 characters (one or two sentences)'),
    /**
     * The essay's argument in one sentence, stated as a claim (not a teaser): the home page, the essay list and
     * search show it under the title. Without it they show the description's first sentence, which is rarely a
     * thesis, so every published essay gives one (tests/build/essay-cards.test.ts checks ours).
     */
    thesis: z
      .string()
      .min(40, 'must be one sentence of at least 40 characters that states what the essay argues')
      .max(260, 'must be one sentence (260 characters at most): the description can say more')
      .refine((text) => !/[.!?]\s+\S/.test(text.trim()), 'must be one sentence: the description can say more')
      .optional(),
    /** Authors in byline order. */
    authors: z.array(authorSchema).min(1, 'needs at least one author'),
    /** First publication date (YYYY-MM-DD). */
    published: date('of first publication'),
    /** Date of the current version, when it is not the first. */
    updated: date('of the current version').optional(),
    /** Version of the essay: 1 when first published, raised for every substantive revision. */
    version: z.number().int().positive().default(1),
    /** What changed in this version (required from version 2 on). */
    changes: z.string().min(1).optional(),
    /** Topics, for lists and search. */
    tags: z.array(z.string().min(1)).default([]),
    /** Drafts are built in development but left out of the published site. */
    draft: z.boolean().default(false),
    /** Position on the home page: lower comes first. */
    order: z.number().int().nonnegative().default(100),
  })
  .strict()
  .refine((essay) => essay.version === 1 || (essay.updated && essay.changes), {
    message: 'from version 2 on, give `updated` (the date of this version) and `changes` (what changed)',
    path: ['version'],
  })
  .refine((essay) => essay.version > 1 || !essay.updated, {
    message: 'version 1 is the first publication and has no `updated` date; a revision raises `version` to 2',
    path: ['updated'],
  });

export type EssayFrontmatter = z.infer<typeof essaySchema>;

/** The keys an author may write, for "did you mean" suggestions. */
export const essayKeys = [
  'title',
  'description',
  'authors',
  'published',
  'updated',
  'version',
  'changes',
  'tags',
  'draft',
  'order',
];
