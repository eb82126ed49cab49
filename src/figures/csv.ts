/**
 * A figure's table as CSV (RFC 4180). Numbers keep full precision so a
 * downloaded file reproduces the plotted values exactly.
 */
import type { ColumnDefinition, TableRow } from './spec.ts';

export function tableToCsv(columns: readonly ColumnDefinition[], rows: readonly TableRow[]): string {
  const header = columns.map((column) => column.name).join(',');
  const lines = rows.map((row) => columns.map((column) => String(row[column.name] ?? '')).join(','));
  return `${[header, ...lines].join('\n')}\n`;
}

/** Parses a numeric CSV written by tableToCsv back into rows (for tables of frozen versions). */
export function csvToTable(csv: string): TableRow[] {
  const [header = '', ...lines] = csv.trimEnd().split('\n');
  const names = header.split(',');
  return lines.map((line) =>
    Object.fromEntries(line.split(',').map((cell, i) => [names[i] ?? `column${i}`, Number(cell)])),
  );
}
