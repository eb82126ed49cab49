/** Helpers for reading the messy cells of raw public snapshots. */
import { readCsv } from './csv.ts';

/** Raw CSV as records keyed by header, with the raw row number (header = row 1). */
export function rawRecords(text: string, file: string): { row: number; get(column: string): string }[] {
  const table = readCsv(text, file);
  const index = new Map(table.header.map((name, i) => [name.trim(), i]));
  return table.rows.map(({ row, cells }) => ({
    row,
    get(column: string): string {
      const i = index.get(column);
      if (i === undefined) throw new Error(`${file}: no column "${column}"`);
      return (cells[i] ?? '').trim();
    },
  }));
}

/** A number from text like "$9,642,947.00", "4.12E+23" or "" (→ undefined). */
export function rawNumber(text: string): number | undefined {
  const cleaned = text.replace(/[$,\s]/g, '');
  if (cleaned === '') return undefined;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : undefined;
}

/** Collapses internal whitespace (raw names carry stray line breaks). */
export function rawText(text: string): string | undefined {
  const cleaned = text.replace(/\s+/g, ' ').trim();
  return cleaned === '' ? undefined : cleaned;
}
