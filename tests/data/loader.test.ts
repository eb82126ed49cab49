/**
 * The loader stops on bad input and names the file, line, column, value and reason.
 * Every file in fixtures/malformed/ is run through it; the table below says
 * what each breaks and the exact file, row, column and reason expected.
 */
import { readFileSync, readdirSync } from 'node:fs';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import {
  booleanColumn,
  dateColumn,
  describeColumns,
  numberColumn,
  schemaFromColumns,
  stringColumn,
} from '../../src/data/columns.ts';
import { writeCsv } from '../../src/data/csv.ts';
import { DatasetError } from '../../src/data/dataset-error.ts';
import { parseDatasetCsv } from '../../src/data/validate.ts';
import type { DatasetMetadata } from '../../src/data/build.ts';
import { readPublished } from '../../src/data/store.ts';

const schema = z.object({
  model: stringColumn({ description: 'Model name.' }),
  publication_date: dateColumn({ description: 'Publication date.' }),
  compute_flop: numberColumn({ description: 'Training compute.', unit: 'FLOP' }, { min: 0, optional: true }),
  open: booleanColumn({ description: 'Open weights.' }),
});

const directory = new URL('./fixtures/malformed/', import.meta.url);
const load = (name: string, raw?: boolean) =>
  parseDatasetCsv(readFileSync(new URL(name, directory), 'utf8'), schema, {
    file: name,
    key: ['model'],
    ...(raw ? { allowLeadingBom: true } : {}),
  });

/**
 * Fixture → what it breaks, and the line (as an editor shows it), column and
 * reason the error must name (line and column undefined: a whole-file problem).
 * Files are read as published files unless `raw` says as a raw snapshot (one
 * leading byte-order mark allowed).
 */
const expected: Record<string, { breaks: string; line?: number; column?: string; reason: RegExp; raw?: true }> = {
  'empty.csv': { breaks: 'a file of zero bytes', reason: /^the file is empty$/ },
  'blank-lines-only.csv': { breaks: 'only blank lines and spaces', reason: /^the file is empty$/ },
  'header-only.csv': { breaks: 'a header and no data rows', reason: /header but no rows/ },
  'missing-column.csv': {
    breaks: 'a schema column absent from the header',
    line: 1,
    column: 'compute_flop',
    reason: /^missing column; the header is "model,publication_date,open"$/,
  },
  'extra-column.csv': {
    breaks: 'a column the schema does not know',
    line: 1,
    column: 'notes',
    reason: /^unexpected column: declare it or remove it$/,
  },
  'duplicate-header.csv': {
    breaks: 'the same column named twice',
    line: 1,
    column: 'model',
    reason: /appears twice in the header/,
  },
  'columns-out-of-order.csv': {
    breaks: 'the right columns in the wrong order',
    line: 1,
    reason: /columns are out of order/,
  },
  'wrong-type-number.csv': {
    breaks: 'text in a number column',
    line: 2,
    column: 'compute_flop',
    reason: /expected a number \(found "lots"\)/,
  },
  'text-where-blank-allowed.csv': {
    breaks: 'text in an optional number column: optional means blank, never "failed to parse"',
    line: 3,
    column: 'compute_flop',
    reason: /^expected a number \(found "unknown"\)$/,
  },
  'currency-text-in-number.csv': {
    breaks: 'a number written as currency ("$" in the cell), the trap of Epoch AI’s cost column',
    line: 2,
    column: 'compute_flop',
    reason: /expected a number \(found "\$21000000"\)/,
  },
  'nan-compute.csv': {
    breaks: 'NaN in a number column',
    line: 2,
    column: 'compute_flop',
    reason: /expected a number \(found "NaN"\)/,
  },
  'infinite-compute.csv': {
    breaks: 'a number that overflows to Infinity',
    line: 2,
    column: 'compute_flop',
    reason: /expected a number \(found "1e999"\)/,
  },
  'negative-compute.csv': {
    breaks: 'negative training compute',
    line: 2,
    column: 'compute_flop',
    reason: /must be ≥ 0 \(found "-2.1e25"\)/,
  },
  'wrong-type-boolean.csv': {
    breaks: '"no" in a true/false column',
    line: 2,
    column: 'open',
    reason: /expected true or false \(found "no"\)/,
  },
  'bom-then-bad-boolean.csv': {
    breaks: 'a raw snapshot with a byte-order mark before the header (allowed there), then a bad cell',
    line: 2,
    column: 'open',
    reason: /expected true or false \(found "yes"\)/,
    raw: true,
  },
  'bom-in-published-file.csv': {
    breaks: 'a byte-order mark in a file we publish',
    line: 1,
    reason: /^the file starts with a byte-order mark \(U\+FEFF\); save it as UTF-8 without one$/,
  },
  'double-bom.csv': {
    breaks: 'two byte-order marks, even where one is allowed',
    line: 1,
    reason: /^the file starts with two byte-order marks$/,
    raw: true,
  },
  'repeated-header-line.csv': {
    breaks: 'the header line repeated in the middle (two files pasted together)',
    line: 3,
    reason: /^the header line is repeated \(first on line 1\)$/,
  },
  'semicolon-delimiter.csv': {
    breaks: 'semicolons for commas',
    line: 1,
    column: 'model',
    reason:
      /^missing column \(also missing: publication_date, compute_flop, open\); the header is "model;publication_date;compute_flop;open": it looks `;`-separated; save the file comma-separated$/,
  },
  'tab-delimiter.csv': {
    breaks: 'tabs for commas (a spreadsheet copy)',
    line: 1,
    column: 'model',
    reason: /: it looks tab-separated; save the file comma-separated$/,
  },
  'quote-in-unquoted-field.csv': {
    breaks: 'a quote inside an unquoted field',
    line: 2,
    column: 'field 1',
    reason: /^a quote inside an unquoted field \(found "GPT-4 \\""\)$/,
  },
  'text-after-closing-quote.csv': {
    breaks: 'text after a closing quote',
    line: 2,
    column: 'field 1',
    reason: /^text after a closing quote \(found "\\"GPT-4\\" turbo,2023-03-14,2\."\)$/,
  },
  'bidi-in-number.csv': {
    breaks: 'a right-to-left override in a cell: quoted back as an escape, never echoed',
    line: 2,
    column: 'compute_flop',
    reason: /^expected a number \(found "2\.1e25\\u\{202e\}"\)$/,
  },
  'bad-date-format.csv': {
    breaks: 'a date as DD/MM/YYYY',
    line: 2,
    column: 'publication_date',
    reason: /expected a date as YYYY-MM-DD \(found "14\/03\/2023"\)/,
  },
  'impossible-date.csv': {
    breaks: 'a date that does not exist (30 February)',
    line: 2,
    column: 'publication_date',
    reason: /not a real calendar date \(found "2023-02-30"\)/,
  },
  'row-after-multiline-field.csv': {
    breaks: 'a bad date on the line after a quoted cell with a line break: lines as an editor shows them',
    line: 4,
    column: 'publication_date',
    reason: /expected a date as YYYY-MM-DD \(found "March 2023"\)/,
  },
  'duplicate-key.csv': {
    breaks: 'two rows with the same key',
    line: 4,
    column: 'model',
    reason: /duplicate key GPT-4 \(first on line 2\)/,
  },
  'empty-required-cell.csv': {
    breaks: 'a blank cell in a required column',
    line: 2,
    column: 'model',
    reason: /^is blank, but the column is not optional$/,
  },
  'padded-key.csv': {
    breaks: 'a key with a leading space, which would hide a duplicate',
    line: 2,
    column: 'model',
    reason: /leading or trailing whitespace/,
  },
  'truncated-row.csv': {
    breaks: 'a row cut short',
    line: 3,
    reason: /has 2 cells but the header has 4 columns/,
  },
  'crlf-short-row.csv': {
    breaks: 'a row cut short in a file with Windows (CRLF) line ends',
    line: 3,
    reason: /has 3 cells but the header has 4 columns/,
  },
  'unclosed-quote.csv': {
    breaks: 'a quote opened and never closed',
    line: 3,
    column: 'field 1',
    reason: /^a quote opened on this line is never closed$/,
  },
  'encoding-damage.csv': {
    breaks: 'a Latin-1 byte (é as 0xE9) in a UTF-8 file',
    line: 3,
    reason: /^invalid UTF-8 \(encoding damage\)$/,
  },
};

/** The one-line message: `file:line: column "c": reason`. */
const messageStart = (file: string, line?: number, column?: string) =>
  `${file}${line ? `:${line}` : ''}: ${column ? `column "${column}": ` : ''}`;

describe('malformed fixtures', () => {
  it('has a fixture for each case, each with an expectation', () => {
    const files = readdirSync(directory).sort();
    expect(files.length).toBeGreaterThanOrEqual(32);
    expect(files).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected).map(([file, e]) => [file, e.breaks, e] as const))(
    '%s (%s) stops with one line naming file, line, column and reason',
    (file, _breaks, { line, column, reason, raw }) => {
      let error: unknown;
      try {
        load(file, raw);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(DatasetError);
      const e = error as DatasetError;
      expect(e.file).toBe(file);
      expect(e.line).toBe(line);
      expect(e.column).toBe(column);
      expect(e.reason).toMatch(reason);
      expect(e.message.startsWith(messageStart(file, line, column))).toBe(true);
      expect(e.message).not.toMatch(/[\r\n]/);
      expect(e.stack).toBe(`DatasetError: ${e.message}`);
    },
  );
});

describe('size limits', () => {
  const header = 'model,publication_date,compute_flop,open\n';
  it('refuses a field over 64 KiB and quotes only its start', () => {
    const huge = 'x'.repeat(1024 * 1024);
    const text = `${header}${huge},2023-03-14,,false\n`;
    expect(() => parseDatasetCsv(text, schema, { file: 'huge.csv' })).toThrow(
      `huge.csv:2: column "field 1": a field longer than 65,536 characters (found "${'x'.repeat(60)}…" (1,048,576 characters))`,
    );
  });
  it('refuses a file over 16 MiB (the 20 MiB field that reached two pages) before reading it', () => {
    const text = `${header}${'x'.repeat(20 * 1024 * 1024)},2023-03-14,,false\n`;
    expect(() => parseDatasetCsv(text, schema, { file: 'big.csv' })).toThrow(
      /^big\.csv: the file is larger than 16 MiB$/,
    );
  });
});

describe('published files with one cell damaged', () => {
  // The site validates every published file with the columns it was published with; a bad cell
  // anywhere stops the build naming the cell. Damage a real file and check the message.
  const published = readPublished('ai-models', 1)!;
  const metadata = JSON.parse(published['metadata.json']!) as DatasetMetadata;
  const schema = schemaFromColumns(metadata.columns);
  const file = 'data/ai-models/v1/ai-models.csv';
  const lines = published['ai-models.csv']!.split('\n');
  const header = lines[0]!.split(',');
  /** The first row at or after `from` with no quoted cells, so that splitting at commas finds its cells. */
  const plainRow = (from: number) => from + lines.slice(from - 1).findIndex((line) => !line.includes('"'));
  const damage = (row: number, column: string, value: string) => {
    const cells = lines[row - 1]!.split(',');
    expect(cells.length, 'the damaged row must have no quoted cells').toBe(header.length);
    cells[header.indexOf(column)] = value;
    return [...lines.slice(0, row - 1), cells.join(','), ...lines.slice(row)].join('\n');
  };
  const parse = (text: string) => () => parseDatasetCsv(text, schema, { file, key: metadata.key });

  it('reads the file as published', () => {
    expect(parse(published['ai-models.csv']!)()).toHaveLength(metadata.rows);
  });

  it('names an accessibility outside the five values', () => {
    const row = plainRow(5);
    expect(parse(damage(row, 'accessibility', 'open'))).toThrow(
      `data/ai-models/v1/ai-models.csv:${row}: column "accessibility": expected one of open-weights, api, hosted, unreleased, unknown (found "open")`,
    );
  });

  it('names negative compute and a frontier flag that is not true or false', () => {
    const row = plainRow(300);
    expect(parse(damage(row, 'training_compute_flop', '-1'))).toThrow(
      `:${row}: column "training_compute_flop": must be ≥ 0 (found "-1")`,
    );
    expect(parse(damage(row, 'frontier', 'checked'))).toThrow(
      `:${row}: column "frontier": expected true or false (found "checked")`,
    );
  });

  it('publishes nothing partial: one bad row, the last, fails the whole file', () => {
    const last = lines.length - 1; // the final newline leaves an empty last element
    expect(lines[last - 1]).not.toContain('"');
    expect(parse(damage(last, 'publication_date', '2025-13-01'))).toThrow(
      `:${last}: column "publication_date": is not a real calendar date (found "2025-13-01")`,
    );
  });
});

describe('well-formed input', () => {
  it('reads (in a raw snapshot) a byte-order mark, CRLF line ends and quoted fields with commas and line breaks', () => {
    const text =
      '\uFEFFmodel,publication_date,compute_flop,open\r\n"Claude 3, Opus",2024-03-04,,false\r\n"Two\nlines",2024-01-01,1e24,true\r\n';
    expect(parseDatasetCsv(text, schema, { file: 'ok.csv', key: ['model'], allowLeadingBom: true })).toEqual([
      { model: 'Claude 3, Opus', publication_date: '2024-03-04', compute_flop: undefined, open: false },
      { model: 'Two\nlines', publication_date: '2024-01-01', compute_flop: 1e24, open: true },
    ]);
  });

  it('writes CSV that reads back to the same rows, byte-stable', () => {
    const rows = [
      { model: 'A "quoted", model', publication_date: '2024-01-01', compute_flop: 1.5e24, open: true },
      { model: 'B', publication_date: '2024-02-01', compute_flop: undefined, open: false },
    ];
    const csv = writeCsv(['model', 'publication_date', 'compute_flop', 'open'], rows);
    expect(csv).toBe(
      'model,publication_date,compute_flop,open\n"A ""quoted"", model",2024-01-01,1.5e+24,true\nB,2024-02-01,,false\n',
    );
    expect(parseDatasetCsv(csv, schema, { file: 'x.csv' })).toEqual(rows);
  });

  it('writes a text cell that starts like a spreadsheet formula as text, never a formula', () => {
    const rows = [{ model: '=cmd|"/c calc"!A1', publication_date: '2024-01-01', compute_flop: -1, open: true }];
    expect(writeCsv(['model', 'publication_date', 'compute_flop', 'open'], rows)).toBe(
      'model,publication_date,compute_flop,open\n"\'=cmd|""/c calc""!A1",2024-01-01,-1,true\n',
    );
  });

  it('rebuilds a schema from published column documentation', () => {
    const rebuilt = schemaFromColumns(describeColumns(schema));
    expect(describeColumns(rebuilt)).toEqual(describeColumns(schema));
    expect(() =>
      parseDatasetCsv('model,publication_date,compute_flop,open\nA,2024-01-01,-1,true\n', rebuilt, { file: 'x.csv' }),
    ).toThrow(/column "compute_flop"/);
  });
});
