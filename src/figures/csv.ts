/**
 * A figure's table as CSV (RFC 4180). Numbers keep full precision so a
 * downloaded file reproduces the plotted values exactly; text labels (columns
 * declared `type: 'text'`) are quoted when they hold a comma, quote or newline,
 * and marked as text when they start like a spreadsheet formula (security/spreadsheet-safe.ts).
 * A file with only numeric columns is byte-for-byte what it was before labels
 * existed, so published data.csv files keep their sha256.
 */
import type { AnyTableRow, ColumnDefinition } from './spec.ts';
import { spreadsheetSafe } from '../security/spreadsheet-safe.ts';

const NEEDS_QUOTES = /[",\r\n]/;

function cell(value: number | string | undefined): string {
  if (value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  // A label that starts like a formula is marked as text (no published table has one, so no file changes).
  const text = spreadsheetSafe(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function tableToCsv(columns: readonly ColumnDefinition[], rows: readonly AnyTableRow[]): string {
  const header = columns.map((column) => column.name).join(',');
  const lines = rows.map((row) => columns.map((column) => cell(row[column.name])).join(','));
  return `${[header, ...lines].join('\n')}\n`;
}

/** Splits CSV text into records of fields (RFC 4180 quoting). */
function parseRecords(csv: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/**
 * Parses a CSV written by tableToCsv back into rows (for tables of frozen
 * versions). Columns declared `type: 'text'` stay text; others become numbers.
 */
export function csvToTable(csv: string, columns: readonly ColumnDefinition[] = []): AnyTableRow[] {
  const [names = [], ...records] = parseRecords(csv);
  const text = new Set(columns.filter((c) => c.type === 'text').map((c) => c.name));
  return records.map((fields) =>
    Object.fromEntries(
      fields.map((value, i) => {
        const name = names[i] ?? `column${i}`;
        return [name, text.has(name) ? value : Number(value)];
      }),
    ),
  );
}
