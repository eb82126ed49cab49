/**
 * What the feeds announce (build time): each essay at its current version, and
 * each figure version. An essay's entry keeps its URL as id and carries the
 * current version's date as `updated`, so a reader's feed shows a revision as
 * an update of the same essay, with the change note in its summary.
 */
import { getCollection } from 'astro:content';
import { essayPath, essayVersionDate } from '../citations/essay.ts';
import { figurePath } from '../figures/paths.ts';
import { figureVersions } from '../figures/registry.ts';
import { SITE } from '../site.ts';
import type { FeedEntry } from './atom.ts';

const absolute = (path: string) => new URL(path, `${SITE.url}/`).href;

export async function essayEntries(): Promise<FeedEntry[]> {
  const essays = await getCollection('essays', ({ data }) => !data.draft);
  return essays.map((essay) => {
    const { title, description, authors, published, version, changes, tags } = essay.data;
    const revision = version > 1 ? ` Version ${version} (${essayVersionDate(essay)}): ${changes ?? 'revised'}` : '';
    return {
      url: absolute(essayPath(essay.id)),
      title,
      summary: `${description}${revision}`,
      published: published.toISOString().slice(0, 10),
      updated: essayVersionDate(essay),
      authors: authors.map((author) => author.name),
      categories: tags,
    };
  });
}

export function figureEntries(): FeedEntry[] {
  return figureVersions.map((spec) => ({
    url: absolute(figurePath(spec)),
    title: `${spec.title} (figure, version ${spec.version})`,
    summary: `${spec.caption} Version ${spec.version}: ${spec.changes}`,
    published: spec.date,
    updated: spec.date,
    authors: [SITE.publisher],
    categories: [spec.id],
  }));
}
