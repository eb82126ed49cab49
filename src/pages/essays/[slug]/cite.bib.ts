import type { APIRoute } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { essayVersionCitation } from '../../../citations/essay.ts';

export async function getStaticPaths() {
  const essays = await getCollection('essays', ({ data }) => import.meta.env.DEV || !data.draft);
  return essays.map((essay) => ({ params: { slug: essay.id }, props: { essay } }));
}

export const GET: APIRoute<{ essay: CollectionEntry<'essays'> }> = ({ props }) =>
  new Response(`${essayVersionCitation(props.essay).bibtex}\n`, {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
