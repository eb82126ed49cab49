/**
 * Published dataset versions as the site serves them, read through
 * import.meta.glob (prerendered code runs from dist/). Every file is validated
 * when the site builds: a malformed or tampered file stops the build, naming
 * file, row, column and reason.
 */
import { createHash } from 'node:crypto';
import type { DatasetMetadata } from './build.ts';
import { schemaFromColumns } from './columns.ts';
import { versionId } from './dataset.ts';
import { DatasetError } from './dataset-error.ts';
import { rowToEstimate, type EstimateRow } from './datasets/estimates-schema.ts';
import type { Estimate } from './estimates/estimate.ts';
import { compareText } from './order.ts';
import { parseDatasetCsv } from './validate.ts';

const metadataFiles = import.meta.glob<string>('/data/*/v*/metadata.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const dataFiles = import.meta.glob<string>(['/data/*/v*/*.csv', '/data/*/v*/*.json', '!/data/*/v*/metadata.json'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

export interface PublishedDataset {
  readonly metadata: DatasetMetadata;
  /** File name → text, as published, metadata.json included. */
  readonly files: Readonly<Record<string, string>>;
  /** Every row, validated against the columns the version was published with. */
  readonly rows: readonly Record<string, unknown>[];
  /** e.g. "ai-models v1". */
  readonly id: string;
}

function load(): PublishedDataset[] {
  return Object.entries(metadataFiles)
    .map(([path, text]) => {
      const metadata = JSON.parse(text) as DatasetMetadata;
      const base = path.replace(/metadata\.json$/, '');
      const files: Record<string, string> = {};
      for (const [name, { sha256 }] of Object.entries(metadata.files)) {
        const content = dataFiles[`${base}${name}`];
        if (content === undefined)
          throw new DatasetError(
            `${base.slice(1)}${name}`,
            undefined,
            undefined,
            'listed in metadata.json but missing',
          );
        const actual = createHash('sha256').update(content).digest('hex');
        if (actual !== sha256)
          throw new DatasetError(
            `${base.slice(1)}${name}`,
            undefined,
            undefined,
            `sha256 ${actual} does not match metadata.json (${sha256}): published files never change`,
          );
        files[name] = content;
      }
      const csvName = `${metadata.name}.csv`;
      const rows = parseDatasetCsv(files[csvName] ?? '', schemaFromColumns(metadata.columns), {
        file: `${base.slice(1)}${csvName}`,
        key: metadata.key,
      });
      return {
        metadata,
        files: { ...files, 'metadata.json': text },
        rows,
        id: versionId(metadata.name, metadata.version),
      };
    })
    .sort((a, b) => compareText(a.metadata.name, b.metadata.name) || a.metadata.version - b.metadata.version);
}

export const publishedDatasets: readonly PublishedDataset[] = load();

export function datasetVersions(name: string): PublishedDataset[] {
  return publishedDatasets.filter((d) => d.metadata.name === name);
}

export function latestDataset(name: string): PublishedDataset {
  const latest = datasetVersions(name).at(-1);
  if (!latest) throw new Error(`No published dataset "${name}"`);
  return latest;
}

/**
 * One published version, validated: what a figure or page that names
 * "<name> v<version>" reads. Throws, naming the versions there are, when it is not published.
 */
export function loadDataset(name: string, version: number): PublishedDataset {
  const dataset = publishedDatasets.find((d) => d.metadata.name === name && d.metadata.version === version);
  if (!dataset) {
    const known = datasetVersions(name).map((d) => d.id);
    throw new Error(
      `${versionId(name, version)} is not published (${known.length > 0 ? `published: ${known.join(', ')}` : 'no such dataset'}): run \`npm run data\``,
    );
  }
  return dataset;
}

/** Estimates of one published version of the estimates dataset, as the pages show them. */
export function publishedEstimates(version?: number): Estimate[] {
  const dataset = version === undefined ? latestDataset('estimates') : loadDataset('estimates', version);
  // Rows are already validated against the columns their version was published with
  // (each version has its own: v2 added the survival and quote columns).
  return (dataset.rows as unknown as EstimateRow[]).map(rowToEstimate);
}

/** The latest published estimates: what /data/ and each dataset's page show beside the published values. */
export const estimates: readonly Estimate[] = publishedEstimates();
