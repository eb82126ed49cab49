/**
 * Building a dataset version: inputs in, files out (CSV, JSON, metadata.json),
 * byte for byte the same for the same inputs. Pure: no file system, no clock.
 */
import { createHash } from 'node:crypto';
import { describeColumns, schemaFromColumns, type ColumnDescription } from './columns.ts';
import { MAX_FILE_BYTES, readCsv, writeCsv } from './csv.ts';
import { DatasetError, quoted } from './dataset-error.ts';
import { RAW_SOURCE, type RawSource } from './raw.ts';
import {
  versionDirectory,
  versionId,
  type AnyDatasetDefinition,
  type DatasetRows,
  type DatasetVersionInput,
  type RawInput,
} from './dataset.ts';
import { checkHeader, checkRowCount, parseDatasetCsv } from './validate.ts';

export { versionDirectory } from './dataset.ts';

const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

/** A published dataset version a derived dataset was computed from, with the sha256 of the file read. */
export interface DerivedFrom {
  readonly name: string;
  readonly version: number;
  /** The file read, relative to data/, e.g. "ai-models/v1/ai-models.csv". */
  readonly file: string;
  readonly sha256: string;
}

export interface DatasetMetadata {
  readonly name: string;
  readonly version: number;
  readonly date: string;
  readonly title: string;
  readonly description: string;
  readonly licence: string;
  readonly attribution: string;
  /** Raw snapshots, with repository and commit: read directly, or (for derived datasets) by the datasets read. */
  readonly sources: readonly RawSourceRecord[];
  /** Published dataset versions read, for datasets computed from other datasets (absent otherwise). */
  readonly derived_from?: readonly DerivedFrom[];
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

/** The files of published dataset versions, by version directory ("ai-models/v1") and file name. */
export type PublishedFiles = Readonly<Record<string, Readonly<Record<string, string>>>>;

function checkRawInputs(definition: AnyDatasetDefinition, rawFiles: Readonly<Record<string, string | Buffer>>) {
  const inputs: Record<string, string> = {};
  for (const input of definition.inputs) {
    const raw = rawFiles[input.path];
    if (raw === undefined)
      throw new DatasetError(`data/raw/${input.path}`, undefined, undefined, 'declared input is missing');
    const actual = sha256(raw);
    if (actual !== input.sha256) {
      throw new DatasetError(
        `data/raw/${input.path}`,
        undefined,
        undefined,
        `sha256 is ${actual}, but ${definition.name} declares ${input.sha256}: raw snapshots are verbatim and never edited`,
      );
    }
    const text = raw.toString();
    if (text.length > MAX_FILE_BYTES)
      throw new DatasetError(
        `data/raw/${input.path}`,
        undefined,
        undefined,
        `the file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB`,
      );
    // The declared shape, before the definition reads a cell: every column, nothing undeclared, every row.
    if (input.path.endsWith('.csv')) {
      const file = `data/raw/${input.path}`;
      const table = readCsv(text, file, { allowLeadingBom: true });
      checkHeader(file, table.header, input.columns);
      checkRowCount(file, table.rows.length, input.rows);
    }
    inputs[input.path] = text;
  }
  return inputs;
}

/** Reads one published dataset version a definition depends on: checksums, then every row against its own columns. */
function readDatasetInput(definition: AnyDatasetDefinition, input: DatasetVersionInput, published: PublishedFiles) {
  const directory = versionDirectory(input.name, input.version);
  const csvName = `${input.name}.csv`;
  const file = `data/${directory}/${csvName}`;
  const files = published[directory];
  const csv = files?.[csvName];
  const metadataText = files?.['metadata.json'];
  if (csv === undefined || metadataText === undefined)
    throw new DatasetError(
      file,
      undefined,
      undefined,
      `${definition.name} reads ${versionId(input.name, input.version)}, which is not published`,
    );
  const actual = sha256(csv);
  if (actual !== input.sha256)
    throw new DatasetError(
      file,
      undefined,
      undefined,
      `sha256 is ${actual}, but ${definition.name} declares ${input.sha256}: a published version never changes`,
    );
  const metadata = JSON.parse(metadataText) as DatasetMetadata;
  if (metadata.files[csvName]?.sha256 !== actual)
    throw new DatasetError(
      `data/${directory}/metadata.json`,
      undefined,
      undefined,
      `does not list ${csvName} as ${actual}`,
    );
  const rows = parseDatasetCsv(csv, schemaFromColumns(metadata.columns), { file, key: metadata.key });
  const derived: DerivedFrom = {
    name: input.name,
    version: input.version,
    file: `${directory}/${csvName}`,
    sha256: actual,
  };
  return { rows, metadata, derived };
}

/** A raw source as metadata.json records it (its declared shape is checked, not published). */
export type RawSourceRecord = Omit<RawInput, 'columns' | 'rows'>;

/** Raw sources without repeats (same file and commit), in first-seen order, as metadata records them. */
function uniqueSources(sources: readonly RawSourceRecord[]): RawSourceRecord[] {
  const seen = new Set<string>();
  return sources
    .filter((s) => {
      const key = `${s.path}\u0000${s.commit}\u0000${s.sha256}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map(({ path, sha256, origin, commit, licence }) => ({ path, sha256, origin, commit, licence }));
}

/**
 * Every row the definition built satisfies its schema and key, checked before
 * anything is written. A row marked with its raw record (RawRecord.source) is
 * reported at that raw file and line, which is where a contributor must look.
 */
function checkBuiltRows(rows: readonly object[], definition: AnyDatasetDefinition, output: string): void {
  const seen = new Map<string, RawSource | number>();
  const at = (row: object, index: number) => (row as { [RAW_SOURCE]?: RawSource })[RAW_SOURCE] ?? index + 2;
  const fail = (where: RawSource | number, column: string | undefined, reason: string): never => {
    if (typeof where === 'number')
      throw new DatasetError(output, undefined, column, `${reason} (row ${where} of the built table)`);
    throw new DatasetError(where.file, where.line, column, `${reason} (published as ${output}, column "${column}")`);
  };
  rows.forEach((row, index) => {
    const record = row as Record<string, unknown>;
    const result = definition.schema.safeParse(record);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      const column = String(issue.path[0] ?? '');
      const value = record[column];
      fail(
        at(row, index),
        column || undefined,
        `${issue.message}${value === undefined ? '' : ` (found ${quoted(String(value))})`}`,
      );
    }
    const key = JSON.stringify(definition.key.map((name: string) => record[name] ?? null));
    const first = seen.get(key);
    if (first !== undefined)
      fail(
        at(row, index),
        definition.key.join('+'),
        `duplicate key ${definition.key.map((name: string) => String(record[name])).join(' / ')} (first from ${typeof first === 'number' ? `row ${first}` : `${first.file}:${first.line}`})`,
      );
    seen.set(key, at(row, index));
  });
}

/**
 * Builds one dataset version from its raw files (keyed by path under data/raw/)
 * and the published dataset versions it reads (keyed by version directory).
 */
export function buildDataset(
  definition: AnyDatasetDefinition,
  rawFiles: Readonly<Record<string, string | Buffer>>,
  published: PublishedFiles = {},
): BuiltDataset {
  const inputs = checkRawInputs(definition, rawFiles);
  const datasetInputs = (definition.datasetInputs ?? []).map((input) => readDatasetInput(definition, input, published));
  const datasetRows: DatasetRows = Object.fromEntries(datasetInputs.map((d) => [d.metadata.name, d.rows]));

  const columns = describeColumns(definition.schema);
  const names = columns.map((column) => column.name);
  const rows = definition.build(inputs, datasetRows);
  const csvName = `${definition.name}.csv`;
  checkBuiltRows(rows, definition, `data/${versionDirectory(definition.name, definition.version)}/${csvName}`);
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
    sources: uniqueSources([...definition.inputs, ...datasetInputs.flatMap((d) => d.metadata.sources)]),
    ...(datasetInputs.length > 0 ? { derived_from: datasetInputs.map((d) => d.derived) } : {}),
    key: definition.key,
    columns,
    rows: parsed.length,
    files: Object.fromEntries(
      Object.entries(files).map(([name, text]) => [name, { sha256: sha256(text), bytes: Buffer.byteLength(text) }]),
    ),
  };
  return { files: { ...files, 'metadata.json': `${JSON.stringify(metadata, null, 2)}\n` }, metadata };
}
