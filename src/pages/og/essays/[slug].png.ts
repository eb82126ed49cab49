/** The share card of each essay: title, dek and its lead figure's latest version (src/social/). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { essaysInReadingOrder, type EssaySummary } from '../../../essays/reading-order.ts';
import { getFigure } from '../../../figures/registry.ts';
import { figureArtifacts } from '../../../figures/publishing/served-files.ts';
import { essayCard } from '../../../social/card.ts';
import { CARD_SITE, pngResponse } from '../../../social/render.ts';

export const getStaticPaths = (async () =>
  (await essaysInReadingOrder()).map((summary) => ({
    params: { slug: summary.essay.id },
    props: { summary },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ summary: EssaySummary }> = ({ props: { summary } }) => {
  const figure = summary.leadFigure ? figureArtifacts(getFigure(summary.leadFigure))['figure.svg'] : undefined;
  return pngResponse(essayCard(CARD_SITE, summary.essay.data.title, summary.essay.data.description, figure));
};
