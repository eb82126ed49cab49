import type { APIRoute } from 'astro';
import { figureVersions } from '../../../../figures/registry.ts';
import { dataSlices, type ServedSlice } from '../../../../figures/data-slices/site.ts';

/** The data slices the live island fetches (src/figures/data-slices/): one per dataset a version reads. */
export function getStaticPaths() {
  return figureVersions.flatMap((spec) =>
    dataSlices(spec).map((slice) => ({
      params: { id: spec.id, version: `v${spec.version}`, slice: slice.file },
      props: { slice },
    })),
  );
}

export const GET: APIRoute<{ slice: ServedSlice }> = ({ props: { slice } }) =>
  new Response(slice.text, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
