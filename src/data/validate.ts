/**
 * Validates a CSV table against a dataset schema: the header must match the
 * schema's columns, every row must parse, and key columns must be unique.
 * The first problem stops everything with file, line, column, value and
 * reason; nothing partial is returned.
 */
import type * as z from 'zod';
import type { CsvTable, ReadCsvOptions } from './csv.ts';
import { readCsv } from './csv.ts';
import { DatasetError, quoted } from './dataset-error.ts';

export interface ValidateOptions extends ReadCsvOptions {
  /** File name used in error messages. */
  readonly file: string;
  /** Columns whose combined values must be unique. */
  readonly key?: readonly string[];
  /** Number of data rows the file must have, when the definition declares it. */
  readonly rows?: number;
}

const DELIMITERS = [
  [';', '`;`'],
  ['\t', 'tab'],
  ['|', '`|`'],
] as const;

/**
 * The delimiter a header that does not match was likely written with: the one that splits it into
 * more of the expected column names than commas do ("looks `;`-separated"), or undefined.
 * @example likelyDelimiter(['model;open'], ['model', 'open']) // '`;`'
 */
export function likelyDelimiter(header: readonly string[], expected: readonly string[]): string | undefined {
  const matches = (names: readonly string[]) => names.filter((name) => expected.includes(name.trim())).length;
  const line = header.join(',');
  let best: { name: string; found: number } | undefined;
  for (const [delimiter, name] of DELIMITERS) {
    const found = matches(line.split(delimiter));
    if (found > Math.max(matches(header), best?.found ?? 0)) best = { name, found };
  }
  return best?.name;
}

/** The header must be exactly the declared columns, in order. */
export function checkHeader(file: string, header: readonly string[], expected: readonly string[], line = 1): void {
  const missing = expected.filter((name) => !header.includes(name));
  const extra = header.filter((name) => !expected.includes(name));
  const delimiter = likelyDelimiter(header, expected);
  if (missing.length > 0)
    throw new DatasetError(
      file,
      line,
      missing[0],
      `missing column${missing.length > 1 ? ` (also missing: ${missing.slice(1, 6).join(', ')}${missing.length > 6 ? ', …' : ''})` : ''}; the header is ${quoted(header.join(','))}${delimiter === undefined ? '' : `: it looks ${delimiter}-separated; save the file comma-separated`}`,
    );
  if (extra.length > 0)
    throw new DatasetError(
      file,
      line,
      extra[0],
      `unexpected column${extra.length > 1 ? ` (also: ${extra.slice(1, 6).join(', ')})` : ''}: declare it or remove it`,
    );
  if (header.some((name, i) => name !== expected[i]))
    throw new DatasetError(file, line, undefined, `columns are out of order: expected ${expected.join(', ')}`);
}

/** The declared number of data rows, when there is one. */
export function checkRowCount(file: string, found: number, expected: number | undefined): void {
  if (expected !== undefined && found !== expected)
    throw new DatasetError(
      file,
      undefined,
      undefined,
      `has ${found} data rows but its definition declares ${expected} (a truncated or padded file?)`,
    );
}

export function validateTable<S extends z.ZodObject>(
  table: CsvTable,
  schema: S,
  options: ValidateOptions,
): z.infer<S>[] {
  const { file } = options;
  checkHeader(file, table.header, Object.keys(schema.shape));
  if (table.rows.length === 0) throw new DatasetError(file, undefined, undefined, 'the file has a header but no rows');
  checkRowCount(file, table.rows.length, options.rows);

  const keys = new Map<string, number>();
  return table.rows.map(({ line, cells }) => {
    const record = Object.fromEntries(table.header.map((name, i) => [name, cells[i]]));
    const result = schema.safeParse(record);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      const column = String(issue.path[0] ?? '');
      const cell = record[column];
      const reason =
        cell === '' && issue.code === 'invalid_type'
          ? 'is blank, but the column is not optional'
          : `${issue.message}${cell === undefined ? '' : ` (found ${quoted(cell)})`}`;
      throw new DatasetError(file, line, column || undefined, reason);
    }
    if (options.key) {
      const key = JSON.stringify(options.key.map((name) => record[name]));
      const first = keys.get(key);
      if (first !== undefined) {
        throw new DatasetError(
          file,
          line,
          options.key.join('+'),
          `duplicate key ${options.key.map((n) => record[n]).join(' / ')} (first on line ${first})`,
        );
      }
      keys.set(key, line);
    }
    return result.data;
  });
}

/** Reads and validates a dataset file in one step. */
export function parseDatasetCsv<S extends z.ZodObject>(
  text: string,
  schema: S,
  options: ValidateOptions,
): z.infer<S>[] {
  return validateTable(readCsv(text, options.file, options), schema, options);
}
