/**
 * A figure's data table names the values of a coded column (a number per category: a series, a maker, a scenario,
 * a yes/no flag), never shows the bare code (0, 1, 2). data.csv keeps the numbers (published files keep their
 * bytes); the table reads the column's key from its unit or description (columnCodes in src/figures/format.ts).
 * This sweeps every latest figure's columns, at its defaults and every slider at each end, and fails on a column
 * whose unit or description says its values are codes where the table still shows a number.
 */
import { describe, expect, it } from 'vitest';
import { columnCodes, formatCell } from '../../src/figures/format.ts';
import { figureDataFromDisk } from '../../src/figures/publishing/lock-files.ts';
import { figureIds, getFigure } from '../../src/figures/registry.ts';
import { defaultParams, type ColumnDefinition, type ParamDefinition, type Params } from '../../src/figures/spec.ts';

/**
 * Words that say a column holds codes, read apart from columnCodes so that a key it cannot read still fails: a key
 * in the unit ("0 gradual, 1 glut", "1 = open", "index"), or codes explained in the description ("0: the wall
 * rises gradually; 1: …", "1 when an open model has matched …", "1 for the chosen size", "0–6: MMLU, …").
 */
function saysCoded(column: ColumnDefinition): boolean {
  const unitKey = /(^|, )[−-]?\d{1,2} \S/.test(column.unit) || /\b\d{1,2} = /.test(column.unit);
  const described = /(^|[\s(;])[−-]?\d{1,2}(–\d{1,2})?(:| for | when | = )/.test(column.description);
  return column.type !== 'text' && (unitKey || column.unit === 'index' || described);
}

/** Columns known to hold codes: the sweep must find each of these (a check on saysCoded itself). */
const KNOWN_CODED = [
  'budget-frontier.series',
  'device-fit.vendor',
  'device-frontier.series',
  'device-frontier.vendor',
  'memo-costs.id',
  'open-closed-benchmark-lag.benchmark',
  'open-closed-benchmark-lag.matched',
  'open-closed-benchmark-lag.included',
  'open-closed-compute.open',
  'over-training.chosen',
  'wall-glut.scenario',
];

/** The figure's defaults, every slider at its minimum, and every slider at its maximum. */
function ends(defs: Readonly<Record<string, ParamDefinition>>, defaults: Params): Params[] {
  const at = (end: 'min' | 'max') => Object.fromEntries(Object.entries(defs).map(([key, def]) => [key, def[end]]));
  return [defaults, at('min'), at('max')];
}

const NUMBER = /^[−-]?[\d.,]+(×10[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+)?$/;

describe('every latest figure’s data table names its coded columns’ values', () => {
  const latest = figureIds().map((id) => getFigure(id));
  const coded = latest.flatMap((spec) =>
    spec.columns.filter(saysCoded).map((column) => [`${spec.id}.${column.name}`, spec, column] as const),
  );

  it('finds every column known to hold codes, and no other kind of column', () => {
    expect(coded.map(([name]) => name).sort()).toEqual([...KNOWN_CODED].sort());
  });

  it.each(coded)('%s', (name, spec, column) => {
    expect(columnCodes(column), `${name}: its unit or description says codes, but gives no key to read`).toBeDefined();
    const data = figureDataFromDisk(spec);
    const seen = new Set<number>();
    for (const params of ends(spec.params as Record<string, ParamDefinition>, defaultParams(spec))) {
      for (const row of spec.table(params, data)) {
        const value = row[column.name];
        if (typeof value === 'number') seen.add(value);
      }
    }
    expect(seen.size, `${name}: no rows to read`).toBeGreaterThan(0);
    for (const value of seen) {
      const cell = formatCell(value, column);
      expect(cell, `${name} = ${value} shows as a number`).not.toMatch(NUMBER);
      expect(cell).toBe(columnCodes(column)!.get(value));
    }
  });

  it('names a yes/no column’s values yes and no, and an index by its key', () => {
    const open = getFigure('open-closed-compute').columns.find((c) => c.name === 'open')!;
    expect([1, 0].map((v) => formatCell(v, open))).toEqual(['yes', 'no']);
    const benchmark = getFigure('open-closed-benchmark-lag').columns.find((c) => c.name === 'benchmark')!;
    expect([0, 4, 6].map((v) => formatCell(v, benchmark))).toEqual(['MMLU', 'GPQA Diamond', 'SWE-bench Verified']);
    const scenario = getFigure('wall-glut').columns.find((c) => c.name === 'scenario')!;
    expect([0, 1].map((v) => formatCell(v, scenario))).toEqual(['gradual', 'glut']);
  });
});
