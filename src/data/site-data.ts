/**
 * Published dataset versions as the site serves them, read through
 * import.meta.glob (prerendered code runs from dist/). Every file is validated
 * when the site builds: a malformed or tampered file stops the build, naming
 * file, row, column and reason.
 */
import { createHash } from 'node:crypto';
import type * as z from 'zod';
import type { DatasetMetadata } from './build.ts';
import { schemaFromColumns } from './columns.ts';
import { DatasetError } from './dataset-error.ts';
import { aiModels } from './datasets/ai-models.ts';
import { trainingCosts } from './datasets/training-costs.ts';
import { mlHardware } from './datasets/ml-hardware.ts';
import { openClosedBenchmarks } from './datasets/open-closed-benchmarks.ts';
import {
  computeEstimates,
  type AiModel,
  type BenchmarkScore,
  type Chip,
  type Estimate,
  type TrainingCost,
} from './estimates/index.ts';
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
        id: `${metadata.name} v${metadata.version}`,
      };
    })
    .sort((a, b) => a.metadata.name.localeCompare(b.metadata.name) || a.metadata.version - b.metadata.version);
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

/** Typed rows of the version a dataset's current code produces. */
function typedRows<S extends z.ZodObject>(definition: {
  name: string;
  version: number;
  schema: S;
  key: readonly string[];
}) {
  const dataset = publishedDatasets.find(
    (d) => d.metadata.name === definition.name && d.metadata.version === definition.version,
  );
  if (!dataset) throw new Error(`${definition.name} v${definition.version} is not published: run \`npm run data\``);
  const rows = parseDatasetCsv(dataset.files[`${definition.name}.csv`] ?? '', definition.schema, {
    file: `data/${definition.name}/v${definition.version}`,
    key: definition.key,
  });
  return { rows, id: dataset.id };
}

/** The estimates, computed from the published versions the current dataset code produces. */
export function computePublishedEstimates(): Estimate[] {
  const models = typedRows(aiModels);
  const costs = typedRows(trainingCosts);
  const chips = typedRows(mlHardware);
  const benchmarks = typedRows(openClosedBenchmarks);
  return computeEstimates({
    aiModels: { id: models.id, rows: models.rows as unknown as AiModel[] },
    trainingCosts: { id: costs.id, rows: costs.rows as unknown as TrainingCost[] },
    mlHardware: { id: chips.id, rows: chips.rows as unknown as Chip[] },
    benchmarks: { id: benchmarks.id, rows: benchmarks.rows as unknown as BenchmarkScore[] },
  });
}

export const estimates: readonly Estimate[] = computePublishedEstimates();
