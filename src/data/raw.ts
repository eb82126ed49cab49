/**
 * Reading the messy cells of raw public snapshots, strictly. A raw input
 * declares its columns and row count (src/data/dataset.ts), checked before
 * its definition runs; each record's getters parse a cell or stop the build
 * naming the raw file, the line an editor shows, the column and the value.
 * Blank is allowed only where the definition asks for an optional value;
 * text that does not parse is never read as blank.
 */
import { readCsv } from './csv.ts';
import { DatasetError, quoted } from './dataset-error.ts';

/** Where a published row came from, attached by RawRecord.source() for error messages. */
export const RAW_SOURCE = Symbol('raw source');
export interface RawSource {
  readonly file: string;
  readonly line: number;
}

export interface RawRecord {
  /** Line (1-based, as an editor shows it) on which the record starts. */
  readonly line: number;
  /** Record number counting the header as row 1 (what published source_row columns hold). */
  readonly row: number;
  /** The cell, trimmed ("" when blank). */
  get(column: string): string;
  /** Non-blank text, internal whitespace collapsed. */
  text(column: string): string;
  optionalText(column: string): string | undefined;
  /** A finite number, written plainly or as "$9,642,947.00" or "4.12E+23". */
  number(column: string): number;
  optionalNumber(column: string): number | undefined;
  /** A real calendar date written YYYY-MM-DD. */
  date(column: string): string;
  optionalDate(column: string): string | undefined;
  /** Stops the build at this cell. */
  fail(column: string, reason: string): never;
  /** The row, marked as coming from this record (so a later check names this line). */
  source<T extends object>(row: T): T;
}

/**
 * Raw CSV (a path under data/raw/) as records keyed by header. Its declared
 * columns and row count were checked before the definition's build ran (src/data/build.ts).
 */
export function rawRecords(text: string, path: string): RawRecord[] {
  const file = `data/raw/${path}`;
  const table = readCsv(text, file, { allowLeadingBom: true });
  const index = new Map(table.header.map((name, i) => [name, i]));
  return table.rows.map(({ line, cells }, i) => {
    const fail = (column: string, reason: string): never => {
      throw new DatasetError(file, line, column, reason);
    };
    const get = (column: string) => {
      const i = index.get(column);
      if (i === undefined) return fail(column, 'the definition reads a column the file does not have');
      return (cells[i] ?? '').trim();
    };
    const required = <T>(column: string, read: (c: string) => T | undefined): T =>
      read(column) ?? fail(column, 'is blank, but the definition requires a value');
    const optionalNumber = (column: string) => {
      const cell = get(column);
      if (cell === '') return undefined;
      const value = rawNumber(cell);
      return value ?? fail(column, `expected a number (found ${quoted(cell)})`);
    };
    const optionalDate = (column: string) => {
      const cell = get(column);
      if (cell === '') return undefined;
      if (!/^\d{4}-\d{2}-\d{2}$/.test(cell))
        return fail(column, `expected a date as YYYY-MM-DD (found ${quoted(cell)})`);
      const date = new Date(`${cell}T00:00:00Z`);
      if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== cell)
        return fail(column, `is not a real calendar date (found ${quoted(cell)})`);
      return cell;
    };
    const optionalText = (column: string) => rawText(get(column));
    return {
      line,
      row: i + 2,
      get,
      text: (column) => required(column, optionalText),
      optionalText,
      number: (column) => required(column, optionalNumber),
      optionalNumber,
      date: (column) => required(column, optionalDate),
      optionalDate,
      fail,
      source: (row) => Object.defineProperty(row, RAW_SOURCE, { value: { file, line } satisfies RawSource }),
    };
  });
}

/** A number from text like "$9,642,947.00" or "4.12E+23"; undefined when it is not one (or blank). */
export function rawNumber(text: string): number | undefined {
  const cleaned = text.replace(/[$,\s]/g, '');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(cleaned)) return undefined;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : undefined;
}

/** Collapses internal whitespace (raw names carry stray line breaks); undefined when blank. */
export function rawText(text: string): string | undefined {
  const cleaned = text.replace(/\s+/g, ' ').trim();
  return cleaned === '' ? undefined : cleaned;
}
