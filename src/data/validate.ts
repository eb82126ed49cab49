/**
 * Validates a CSV table against a dataset schema: the header must match the
 * schema's columns, every row must parse, and key columns must be unique.
 * The first problem stops everything with file, row, column and reason;
 * nothing partial is returned.
 */
import type * as z from 'zod';
import type { CsvTable } from './csv.ts';
import { readCsv } from './csv.ts';
import { DatasetError } from './dataset-error.ts';

export interface ValidateOptions {
  /** File name used in error messages. */
  readonly file: string;
  /** Columns whose combined values must be unique. */
  readonly key?: readonly string[];
}

export function validateTable<S extends z.ZodObject>(
  table: CsvTable,
  schema: S,
  options: ValidateOptions,
): z.infer<S>[] {
  const { file } = options;
  const expected = Object.keys(schema.shape);
  const missing = expected.filter((name) => !table.header.includes(name));
  const extra = table.header.filter((name) => !expected.includes(name));
  if (missing.length > 0)
    throw new DatasetError(file, 1, missing[0], `missing column${missing.length > 1 ? `s ${missing.join(', ')}` : ''}`);
  if (extra.length > 0)
    throw new DatasetError(file, 1, extra[0], `unexpected column${extra.length > 1 ? `s ${extra.join(', ')}` : ''}`);
  if (table.header.some((name, i) => name !== expected[i])) {
    throw new DatasetError(file, 1, undefined, `columns are out of order: expected ${expected.join(', ')}`);
  }
  if (table.rows.length === 0) throw new DatasetError(file, undefined, undefined, 'the file has a header but no rows');

  const keys = new Map<string, number>();
  return table.rows.map(({ row, cells }) => {
    const record = Object.fromEntries(table.header.map((name, i) => [name, cells[i]]));
    const result = schema.safeParse(record);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      const column = String(issue.path[0] ?? '');
      const cell = record[column];
      throw new DatasetError(
        file,
        row,
        column || undefined,
        `${issue.message}${cell === undefined ? '' : ` (found "${cell}")`}`,
      );
    }
    if (options.key) {
      const key = JSON.stringify(options.key.map((name) => record[name]));
      const first = keys.get(key);
      if (first !== undefined) {
        throw new DatasetError(
          file,
          row,
          options.key.join('+'),
          `duplicate key ${options.key.map((n) => record[n]).join(' / ')} (first on row ${first})`,
        );
      }
      keys.set(key, row);
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
  return validateTable(readCsv(text, options.file), schema, options);
}
