/**
 * The loader stops on bad input and names the file, row, column and reason.
 * Every file in fixtures/malformed/ is run through it; the table below says
 * what each breaks and the exact message expected.
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

const schema = z.object({
  model: stringColumn({ description: 'Model name.' }),
  publication_date: dateColumn({ description: 'Publication date.' }),
  compute_flop: numberColumn({ description: 'Training compute.', unit: 'FLOP' }, { min: 0, optional: true }),
  open: booleanColumn({ description: 'Open weights.' }),
});

const directory = new URL('./fixtures/malformed/', import.meta.url);
const load = (name: string) =>
  parseDatasetCsv(readFileSync(new URL(name, directory), 'utf8'), schema, { file: name, key: ['model'] });

/** Fixture → [row, column, reason] the error must name (undefined: a whole-file problem). */
const expected: Record<string, [number | undefined, string | undefined, RegExp]> = {
  'empty.csv': [undefined, undefined, /^the file is empty$/],
  'blank-lines-only.csv': [undefined, undefined, /^the file is empty$/],
  'header-only.csv': [undefined, undefined, /header but no rows/],
  'missing-column.csv': [1, 'compute_flop', /^missing column$/],
  'extra-column.csv': [1, 'notes', /^unexpected column$/],
  'wrong-type-number.csv': [2, 'compute_flop', /expected a number \(found "lots"\)/],
  'wrong-type-boolean.csv': [2, 'open', /expected true or false \(found "no"\)/],
  'bad-date-format.csv': [2, 'publication_date', /expected a date as YYYY-MM-DD \(found "14\/03\/2023"\)/],
  'impossible-date.csv': [2, 'publication_date', /not a real calendar date \(found "2023-02-30"\)/],
  'negative-compute.csv': [2, 'compute_flop', /must be ≥ 0 \(found "-2.1e25"\)/],
  'duplicate-key.csv': [4, 'model', /duplicate key GPT-4 \(first on row 2\)/],
  'truncated-row.csv': [3, undefined, /has 2 cells but the header has 4 columns/],
  'unclosed-quote.csv': [undefined, undefined, /malformed CSV near line \d+: Quote Not Closed/],
  'encoding-damage.csv': [undefined, undefined, /invalid UTF-8 at line 3/],
  'duplicate-header.csv': [1, 'model', /appears twice in the header/],
  'empty-required-cell.csv': [2, 'model', /Invalid input|expected string|received undefined/i],
  'padded-key.csv': [2, 'model', /leading or trailing whitespace/],
  'columns-out-of-order.csv': [1, undefined, /columns are out of order/],
  'infinite-compute.csv': [2, 'compute_flop', /expected a number \(found "1e999"\)/],
  'currency-text-in-number.csv': [2, 'compute_flop', /expected a number \(found "\$21000000"\)/],
};

describe('malformed fixtures', () => {
  it('has at least 15 fixtures, each with an expectation', () => {
    const files = readdirSync(directory).sort();
    expect(files.length).toBeGreaterThanOrEqual(15);
    expect(files).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))('%s stops with file, row, column and reason', (file, [row, column, reason]) => {
    let error: unknown;
    try {
      load(file);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DatasetError);
    const e = error as DatasetError;
    expect(e.file).toBe(file);
    expect(e.row).toBe(row);
    expect(e.column).toBe(column);
    expect(e.reason).toMatch(reason);
    expect(e.message.startsWith(`${file}${row ? `, row ${row}` : ''}${column ? `, column "${column}"` : ''}: `)).toBe(
      true,
    );
  });
});

describe('well-formed input', () => {
  it('reads a byte-order mark, CRLF line ends and quoted fields with commas and line breaks', () => {
    const text =
      '\uFEFFmodel,publication_date,compute_flop,open\r\n"Claude 3, Opus",2024-03-04,,false\r\n"Two\nlines",2024-01-01,1e24,true\r\n';
    expect(parseDatasetCsv(text, schema, { file: 'ok.csv', key: ['model'] })).toEqual([
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

  it('rebuilds a schema from published column documentation', () => {
    const rebuilt = schemaFromColumns(describeColumns(schema));
    expect(describeColumns(rebuilt)).toEqual(describeColumns(schema));
    expect(() =>
      parseDatasetCsv('model,publication_date,compute_flop,open\nA,2024-01-01,-1,true\n', rebuilt, { file: 'x.csv' }),
    ).toThrow(/column "compute_flop"/);
  });
});
