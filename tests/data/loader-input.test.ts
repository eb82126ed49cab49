/**
 * The loader on input that is not one of the malformed fixtures (loader.test.ts): a field or file too large to read,
 * a published file with one cell damaged (the build stops naming that cell), and good input: a raw snapshot's
 * byte-order mark, CRLF and quoted fields, and the CSV the site writes read back byte-stable.
 */
import { describe, expect, it } from 'vitest';
import { describeColumns, schemaFromColumns } from '../../src/data/columns.ts';
import { writeCsv } from '../../src/data/csv.ts';
import { parseDatasetCsv } from '../../src/data/validate.ts';
import type { DatasetMetadata } from '../../src/data/build.ts';
import { readPublished } from '../../src/data/store.ts';
import { schema } from './loader-schema.ts';

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
