/**
 * CSV in and out. Reading uses csv-parse (RFC 4180: quoted fields, embedded
 * commas and newlines, CRLF, a byte-order mark) and turns every problem into a
 * DatasetError naming the file, row and reason. Writing is deterministic: the
 * same rows always give the same bytes.
 */
import { CsvError, parse } from 'csv-parse/sync';
import { DatasetError } from './dataset-error.ts';

export interface CsvTable {
  readonly header: string[];
  /** Data rows; `row` is 1-based counting the header as row 1 (a spreadsheet's row number). */
  readonly rows: { row: number; cells: string[] }[];
}

export function readCsv(text: string, file: string): CsvTable {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') throw new DatasetError(file, undefined, undefined, 'the file is empty');
  const damaged = body.indexOf('\uFFFD');
  if (damaged >= 0) {
    const line = body.slice(0, damaged).split('\n').length;
    throw new DatasetError(file, undefined, undefined, `invalid UTF-8 at line ${line} (encoding damage)`);
  }
  let records: string[][];
  try {
    records = parse(body, { relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      throw new DatasetError(
        file,
        undefined,
        undefined,
        `malformed CSV${line ? ` near line ${line}` : ''}: ${error.message}`,
      );
    }
    throw error;
  }
  const [header = [], ...data] = records;
  const seen = new Set<string>();
  for (const name of header) {
    if (name.trim() === '') throw new DatasetError(file, 1, undefined, 'the header has an empty column name');
    if (seen.has(name)) throw new DatasetError(file, 1, name, 'the column appears twice in the header');
    seen.add(name);
  }
  const rows = data.map((cells, i) => {
    const row = i + 2;
    if (cells.length !== header.length) {
      throw new DatasetError(
        file,
        row,
        undefined,
        `has ${cells.length} cells but the header has ${header.length} columns (a truncated or shifted row)`,
      );
    }
    return { row, cells };
  });
  return { header, rows };
}

/** One CSV field: quoted when it holds a comma, quote or line break. */
function field(value: string | number | boolean | undefined | null): string {
  if (value === undefined || value === null) return '';
  const text = typeof value === 'number' ? String(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV with the given column order, LF line endings and a final newline. */
export function writeCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  const lines = [columns.map(field).join(',')];
  for (const row of rows)
    lines.push(columns.map((name) => field(row[name] as string | number | boolean | undefined)).join(','));
  return `${lines.join('\n')}\n`;
}
