import type { APIRoute } from 'astro';
import { publishedDatasets, type PublishedDataset } from '../../../../data/site-data.ts';

/** Every published file of every version, byte for byte as committed, plus its metadata.json. */
export function getStaticPaths() {
  return publishedDatasets.flatMap((dataset) =>
    [...Object.keys(dataset.metadata.files), 'metadata.json'].map((file) => ({
      params: { name: dataset.metadata.name, version: `v${dataset.metadata.version}`, file },
      props: { dataset, file },
    })),
  );
}

const TYPES: Record<string, string> = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8' };

export const GET: APIRoute<{ dataset: PublishedDataset; file: string }> = ({ props: { dataset, file } }) => {
  return new Response(dataset.files[file]!, {
    headers: { 'Content-Type': TYPES[file.split('.').pop() ?? ''] ?? 'text/plain' },
  });
};
