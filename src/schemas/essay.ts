/**
 * Frontmatter of an essay (src/content/essays/*.mdx). The build stops with the
 * file and field named when an essay does not match.
 */
import { z } from 'astro/zod';

export const essaySchema = z.object({
  /** Headline, as it appears on the essay page and in lists. */
  title: z.string().min(1),
  /** One or two sentences for the home page, search engines and link previews. */
  description: z.string().min(20),
  /** Authors in byline order. */
  authors: z.array(z.string().min(1)).min(1),
  /** First publication date (YYYY-MM-DD). */
  published: z.coerce.date(),
  /** Date of the last substantive revision, if any. */
  updated: z.coerce.date().optional(),
  /** Drafts are built in development but left out of the published site. */
  draft: z.boolean().default(false),
  /** Position on the home page: lower comes first. */
  order: z.number().int().nonnegative().default(100),
});

export type EssayFrontmatter = z.infer<typeof essaySchema>;
