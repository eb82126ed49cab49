import type { APIRoute } from 'astro';
import { estimates, publishedDatasets } from '../../data/site-data.ts';
import { datasetPath, datasetVersionCsl } from '../../lib/dataset-citation.ts';
import { SITE } from '../../site.ts';

/** Every dataset version with its files and sha256, and the estimates computed from them. */
export const GET: APIRoute = () => {
  const absolute = (path: string) => new URL(path, SITE.url).href;
  const datasets = publishedDatasets.map(({ metadata }) => {
    const base = datasetPath(metadata.name, metadata.version);
    return {
      name: metadata.name,
      version: metadata.version,
      date: metadata.date,
      title: metadata.title,
      licence: metadata.licence,
      attribution: metadata.attribution,
      rows: metadata.rows,
      url: absolute(base),
      metadata: absolute(`${base}metadata.json`),
      files: Object.fromEntries(
        Object.entries(metadata.files).map(([file, info]) => [file, { url: absolute(`${base}${file}`), ...info }]),
      ),
      citation: datasetVersionCsl(metadata),
    };
  });
  return new Response(`${JSON.stringify({ site: SITE.url, datasets, estimates }, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
