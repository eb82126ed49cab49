/**
 * CSV in and out, strictly (RFC 4180). Reading is a small tokenizer of our own
 * so that every record knows the line an editor shows it on, and every problem
 * is a DatasetError naming file, line, column and value:
 * - quoted fields may hold commas, quotes ("") and line breaks; CRLF or LF line ends
 *   (a lone CR is text, as spreadsheet exports leave some inside cells);
 * - a quote inside an unquoted field, text after a closing quote, or a quote never
 *   closed is an error; so is invalid UTF-8 (U+FFFD) and a byte-order mark
 *   anywhere but the very start (one leading BOM is allowed only where the caller
 *   says, for raw snapshots exported that way);
 * - a file over MAX_FILE_BYTES or a field over MAX_FIELD_CHARS is refused;
 * - blank lines between records are skipped; a repeated header line is an error.
 * Writing is deterministic: the same rows always give the same bytes.
 */
import { DatasetError, quoted } from './dataset-error.ts';
import { spreadsheetSafe } from '../security/spreadsheet-safe.ts';

/** Largest file read: the largest raw snapshot is 4.2 MB. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;
/** Longest field: the longest raw cell (a notes column) is 5,162 characters. */
export const MAX_FIELD_CHARS = 64 * 1024;

export interface CsvRecord {
  /** Line (1-based, as an editor shows it) on which the record starts. */
  readonly line: number;
  readonly cells: string[];
}

export interface CsvTable {
  readonly header: string[];
  /** Data records with the line each starts on. */
  readonly rows: CsvRecord[];
}

export interface ReadCsvOptions {
  /** Allow one byte-order mark at the very start (raw snapshots exported by spreadsheets). */
  readonly allowLeadingBom?: boolean;
}

/** Lines breaks in text[from, to). */
function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Splits text into records; the first problem stops everything. Scans by runs (indexOf), not by character. */
function tokenize(body: string, file: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  const special = /[,\n"\uFEFF]|\r\n/g;
  let cells: string[] = [];
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const where = () => `field ${cells.length + 1}`;
  const checkLength = (field: string) => {
    if (field.length > MAX_FIELD_CHARS)
      throw new DatasetError(
        file,
        recordLine,
        where(),
        `a field longer than ${MAX_FIELD_CHARS.toLocaleString('en-US')} characters (found ${quoted(field)})`,
      );
  };
  /** After a field: a comma (more fields), a line end or the end of the text (record complete). */
  const afterField = (field: string, wasQuoted: boolean): void => {
    checkLength(field);
    cells.push(field);
    const c = body[i];
    if (c === ',') {
      i++;
      if (i >= body.length) endRecord();
      return;
    }
    const blank = !wasQuoted && cells.length === 1 && field === '';
    if (c === '\n' || c === '\r') {
      i += c === '\r' ? 2 : 1;
      if (!blank) records.push({ line: recordLine, cells });
      cells = [];
      line++;
      recordLine = line;
      return;
    }
    if (c === undefined) {
      if (!blank) records.push({ line: recordLine, cells });
      cells = [];
    }
  };
  const endRecord = () => {
    cells.push('');
    records.push({ line: recordLine, cells });
    cells = [];
  };
  while (i < body.length) {
    if (body[i] === '"') {
      // A quoted field, up to its closing quote; "" is a literal quote.
      const opened = line;
      let field = '';
      let from = i + 1;
      for (;;) {
        const close = body.indexOf('"', from);
        if (close < 0) throw new DatasetError(file, opened, where(), 'a quote opened on this line is never closed');
        line += countNewlines(body, from, close);
        field += body.slice(from, close);
        if (field.length > MAX_FIELD_CHARS) checkLength(field);
        if (body[close + 1] === '"') {
          field += '"';
          from = close + 2;
          continue;
        }
        i = close + 1;
        break;
      }
      const next = body[i];
      if (next !== undefined && next !== ',' && next !== '\n' && !(next === '\r' && body[i + 1] === '\n'))
        throw new DatasetError(
          file,
          line,
          where(),
          `text after a closing quote (found ${quoted(`"${field}"${body.slice(i, i + 20)}`)})`,
        );
      afterField(field, true);
      continue;
    }
    special.lastIndex = i;
    const match = special.exec(body);
    const stop = match ? match.index : body.length;
    const field = body.slice(i, stop);
    i = stop;
    const c = match?.[0];
    if (c === '"')
      throw new DatasetError(file, line, where(), `a quote inside an unquoted field (found ${quoted(`${field}"`)})`);
    if (c === '\uFEFF') throw new DatasetError(file, line, where(), 'a byte-order mark (U+FEFF) inside the file');
    // A lone CR is an ordinary character (spreadsheet exports leave some inside cells); LF or CRLF ends a record.
    afterField(field, false);
  }
  return records;
}

export function readCsv(text: string, file: string, options: ReadCsvOptions = {}): CsvTable {
  if (text.length > MAX_FILE_BYTES)
    throw new DatasetError(file, undefined, undefined, `the file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB`);
  let body = text;
  if (body.startsWith('\uFEFF')) {
    if (!options.allowLeadingBom || body.startsWith('\uFEFF\uFEFF'))
      throw new DatasetError(
        file,
        1,
        undefined,
        body.startsWith('\uFEFF\uFEFF')
          ? 'the file starts with two byte-order marks'
          : 'the file starts with a byte-order mark (U+FEFF); save it as UTF-8 without one',
      );
    body = body.slice(1);
  }
  if (body.trim() === '') throw new DatasetError(file, undefined, undefined, 'the file is empty');
  const damaged = body.indexOf('\uFFFD');
  if (damaged >= 0) {
    const line = body.slice(0, damaged).split('\n').length;
    throw new DatasetError(file, line, undefined, 'invalid UTF-8 (encoding damage)');
  }
  const [head, ...data] = tokenize(body, file);
  const header = head?.cells ?? [];
  const headerLine = head?.line ?? 1;
  const seen = new Set<string>();
  for (const name of header) {
    if (name.trim() === '') throw new DatasetError(file, headerLine, undefined, 'the header has an empty column name');
    if (seen.has(name)) throw new DatasetError(file, headerLine, name, 'the column appears twice in the header');
    seen.add(name);
  }
  const headerText = header.join('\u0000');
  for (const { line, cells } of data) {
    if (cells.join('\u0000') === headerText)
      throw new DatasetError(file, line, undefined, `the header line is repeated (first on line ${headerLine})`);
    if (cells.length !== header.length)
      throw new DatasetError(
        file,
        line,
        undefined,
        `has ${cells.length} cells but the header has ${header.length} columns (a truncated or shifted row)`,
      );
  }
  return { header, rows: data };
}

/**
 * One CSV field: quoted when it holds a comma, quote or line break; text that starts like a spreadsheet formula is
 * marked as text (security/spreadsheet-safe.ts; no published dataset has such a cell, so no file changes).
 */
function field(value: string | number | boolean | undefined | null): string {
  if (value === undefined || value === null) return '';
  const text = typeof value === 'string' ? spreadsheetSafe(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV with the given column order, LF line endings and a final newline. */
export function writeCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  const lines = [columns.map(field).join(',')];
  for (const row of rows)
    lines.push(columns.map((name) => field(row[name] as string | number | boolean | undefined)).join(','));
  return `${lines.join('\n')}\n`;
}
