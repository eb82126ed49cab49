/**
 * Building a dataset version: raw text in, files out (CSV, JSON, metadata.json),
 * byte for byte the same for the same inputs. Pure: no file system, no clock.
 */
import { createHash } from 'node:crypto';
import { describeColumns, type ColumnDescription } from './columns.ts';
import { writeCsv } from './csv.ts';
import { DatasetError } from './dataset-error.ts';
import type { AnyDatasetDefinition, RawInput } from './dataset.ts';
import { parseDatasetCsv } from './validate.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export interface DatasetMetadata {
  readonly name: string;
  readonly version: number;
  readonly date: string;
  readonly title: string;
  readonly description: string;
  readonly licence: string;
  readonly attribution: string;
  readonly sources: readonly RawInput[];
  readonly key: readonly string[];
  readonly columns: readonly ColumnDescription[];
  readonly rows: number;
  /** Data files of this version (metadata.json itself excluded) with their sha256. */
  readonly files: Readonly<Record<string, { readonly sha256: string; readonly bytes: number }>>;
}

export interface BuiltDataset {
  /** File name → content, e.g. "ai-models.csv". */
  readonly files: Readonly<Record<string, string>>;
  readonly metadata: DatasetMetadata;
}

/** The directory of a dataset version under data/, e.g. "ai-models/v1". */
export const versionDirectory = (name: string, version: number) => `${name}/v${version}`;

export function buildDataset(
  definition: AnyDatasetDefinition,
  rawFiles: Readonly<Record<string, string | Buffer>>,
): BuiltDataset {
  const inputs: Record<string, string> = {};
  for (const input of definition.inputs) {
    const raw = rawFiles[input.path];
    if (raw === undefined)
      throw new DatasetError(`data/raw/${input.path}`, undefined, undefined, 'declared input is missing');
    const actual = createHash('sha256').update(raw).digest('hex');
    if (actual !== input.sha256) {
      throw new DatasetError(
        `data/raw/${input.path}`,
        undefined,
        undefined,
        `sha256 is ${actual}, but ${definition.name} declares ${input.sha256}: raw snapshots are verbatim and never edited`,
      );
    }
    inputs[input.path] = raw.toString();
  }
  const columns = describeColumns(definition.schema);
  const names = columns.map((column) => column.name);
  const rows = definition.build(inputs);
  const csvName = `${definition.name}.csv`;
  const csv = writeCsv(names, rows);
  // Validate what we publish exactly as a reader of the file would.
  const parsed = parseDatasetCsv(csv, definition.schema, {
    file: `data/${versionDirectory(definition.name, definition.version)}/${csvName}`,
    key: definition.key,
  });
  // One row per line: compact, and a diff of two versions reads row by row.
  const json = `[\n${parsed
    .map((row) =>
      JSON.stringify(Object.fromEntries(names.map((name) => [name, (row as Record<string, unknown>)[name] ?? null]))),
    )
    .join(',\n')}\n]\n`;
  const files = { [csvName]: csv, [`${definition.name}.json`]: json };
  const metadata: DatasetMetadata = {
    name: definition.name,
    version: definition.version,
    date: definition.date,
    title: definition.title,
    description: definition.description,
    licence: definition.licence,
    attribution: definition.attribution,
    sources: definition.inputs,
    key: definition.key,
    columns,
    rows: parsed.length,
    files: Object.fromEntries(
      Object.entries(files).map(([name, text]) => [name, { sha256: sha256(text), bytes: Buffer.byteLength(text) }]),
    ),
  };
  return { files: { ...files, 'metadata.json': `${JSON.stringify(metadata, null, 2)}\n` }, metadata };
}
