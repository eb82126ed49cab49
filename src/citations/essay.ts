/** The citation of an essay's current version (build time), shared by its page and cite.* files. */
import type { CollectionEntry } from 'astro:content';
import { SITE } from '../site.ts';
import { essayCsl, formatCitation, type CslItem, type FormattedCitation } from './formats.ts';

export const essayPath = (slug: string) => `/essays/${slug}/`;

/** Date of the essay's current version: `updated` when given, else first publication. */
export function essayVersionDate(essay: CollectionEntry<'essays'>): string {
  return (essay.data.updated ?? essay.data.published).toISOString().slice(0, 10);
}

export function essayVersionCsl(essay: CollectionEntry<'essays'>): CslItem {
  return essayCsl({
    slug: essay.id,
    title: essay.data.title,
    authors: essay.data.authors.map((author) => author.name),
    date: essayVersionDate(essay),
    url: new URL(essayPath(essay.id), SITE.url).href,
    version: essay.data.version,
    ...(essay.data.changes ? { changes: essay.data.changes } : {}),
  });
}

export function essayVersionCitation(essay: CollectionEntry<'essays'>): FormattedCitation {
  return formatCitation(essayVersionCsl(essay));
}
