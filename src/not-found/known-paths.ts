/**
 * The pages a 404 suggestion may point at (build time): the top pages, every
 * essay, every figure and each of its versions, every dataset and each of its
 * versions. tests/build/not-found.test.ts checks each is a built page.
 */
import { essaysInReadingOrder } from '../essays/reading-order.ts';
import { figureIds, figureVersions } from '../figures/registry.ts';
import { figurePath } from '../figures/paths.ts';
import { publishedDatasets } from '../data/site-data.ts';

export async function knownPaths(): Promise<string[]> {
  const essays = await essaysInReadingOrder();
  const datasets = publishedDatasets.map((d) => d.metadata);
  return [
    '/',
    '/essays/',
    '/figures/',
    '/data/',
    '/parameters/',
    '/about/',
    '/search/',
    ...essays.map((e) => e.href),
    ...figureIds().map((id) => `/figures/${id}/`),
    ...figureVersions.map((spec) => figurePath(spec)),
    ...[...new Set(datasets.map((d) => d.name))].map((name) => `/data/${name}/`),
    ...datasets.map((d) => `/data/${d.name}/v${d.version}/`),
  ];
}
