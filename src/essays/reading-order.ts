/**
 * The essays as a reader meets them: published ones (drafts too in
 * development), in reading order (frontmatter `order`, then title), each with
 * its lead figure (the first <Figure id="…"> in its body) and a one-line
 * thesis (the first sentence of its description). Derived from the essays
 * themselves, so a new essay appears on the home page and /essays/ without
 * any list to update.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { firstSentence, leadFigureId } from './summary.ts';

export type Essay = CollectionEntry<'essays'>;

export interface EssaySummary {
  readonly essay: Essay;
  readonly href: string;
  /** Figure id of the first figure the essay embeds, if any. */
  readonly leadFigure: string | undefined;
  readonly thesis: string;
}

export async function essaysInReadingOrder(): Promise<EssaySummary[]> {
  const essays = await getCollection('essays', ({ data }) => import.meta.env.DEV || !data.draft);
  return essays
    .sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'en'))
    .map((essay) => ({
      essay,
      href: `/essays/${essay.id}/`,
      leadFigure: leadFigureId(essay.body ?? ''),
      thesis: firstSentence(essay.data.description),
    }));
}
