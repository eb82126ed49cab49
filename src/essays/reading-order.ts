/**
 * The essays as a reader meets them: published ones (drafts too in
 * development), in reading order (frontmatter `order`, then title), each with
 * its lead figure (the first <Figure id="…"> in its body) and its one-sentence
 * thesis (frontmatter `thesis`, else the description's first sentence). Derived from the essays
 * themselves, so a new essay appears on the home page and /essays/ without
 * any list to update.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { figureUses } from './figure-uses.ts';
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
      thesis: essay.data.thesis ?? firstSentence(essay.data.description),
    }));
}

/** An essay that embeds a figure, with the address of the figure in place. */
export interface FigureUseInEssay {
  readonly title: string;
  /** The essay's page, with the figure's anchor when it has a label. */
  readonly href: string;
  /** The figure version the essay shows; undefined for the latest. */
  readonly version: number | undefined;
}

/** The essays that embed figure `id`, in reading order (each once, at its first use). */
export async function essaysUsingFigure(id: string): Promise<FigureUseInEssay[]> {
  const uses: FigureUseInEssay[] = [];
  for (const { essay, href } of await essaysInReadingOrder()) {
    const use = figureUses(essay.body ?? '').find((u) => u.id === id);
    if (use)
      uses.push({ title: essay.data.title, href: use.label ? `${href}#${use.label}` : href, version: use.version });
  }
  return uses;
}
