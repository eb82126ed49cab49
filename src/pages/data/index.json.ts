import type { APIRoute } from 'astro';
import { createHash } from 'node:crypto';
import { estimates, latestDataset, publishedDatasets } from '../../data/site-data.ts';
import { datasetPath, datasetVersionCsl } from '../../citations/dataset.ts';
import { SITE } from '../../site.ts';

/**
 * Every dataset version with its files and sha256 (metadata.json's own sha256
 * is the one data/versions.lock.json records), its sources with commits, and
 * the latest estimates computed from them.
 */
export const GET: APIRoute = () => {
  const absolute = (path: string) => new URL(path, SITE.url).href;
  const datasets = publishedDatasets.map(({ metadata, files }) => {
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
      metadata_sha256: createHash('sha256').update(files['metadata.json']!).digest('hex'),
      files: Object.fromEntries(
        Object.entries(metadata.files).map(([file, info]) => [file, { url: absolute(`${base}${file}`), ...info }]),
      ),
      sources: metadata.sources.map((s) => ({
        path: `data/raw/${s.path}`,
        origin: s.origin,
        commit: s.commit,
        sha256: s.sha256,
      })),
      ...(metadata.derived_from ? { derived_from: metadata.derived_from } : {}),
      citation: datasetVersionCsl(metadata),
    };
  });
  const estimatesVersion = latestDataset('estimates');
  return new Response(
    `${JSON.stringify({ site: SITE.url, datasets, estimates_from: estimatesVersion.id, estimates }, null, 2)}\n`,
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
};
