/**
 * The loader stops on bad input and names the file, line, column, value and reason.
 * Every file in fixtures/malformed/ is run through it; the table below says
 * what each breaks and the exact file, row, column and reason expected.
 * Input that is not a fixture (files too large, a published file damaged in one cell, good input and the CSV
 * the site writes): loader-input.test.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DatasetError } from '../../src/data/dataset-error.ts';
import { parseDatasetCsv } from '../../src/data/validate.ts';
import { schema } from './loader-schema.ts';

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
