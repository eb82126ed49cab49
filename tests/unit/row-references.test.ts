/**
 * A data table names the rows a row-reference column points at (device-fit's Device, "row of local-devices v1";
 * open-closed-compute's "ai-models row"): the reader sees "GeForce RTX 4090" or "GPT-4", not 2 or 982. data.csv
 * keeps the numbers (published files keep their bytes); the names come from the spec's rowNames, read from the
 * same data the island fetches (the figure's slices), so the build's table and the island's say the same.
 * This sweeps every latest figure's columns, at its defaults and every slider at each end.
 */
import { describe, expect, it } from 'vitest';
import { formatCell } from '../../src/figures/format.ts';
import { figureDataFromDisk } from '../../src/figures/publishing/lock-files.ts';
import { figureIds, getFigure } from '../../src/figures/registry.ts';
import { defaultParams, type ParamDefinition, type Params } from '../../src/figures/spec.ts';
import { tableHtml } from '../../src/figures/table-html.ts';

/** A column whose unit says its numbers are rows: "row", "row of local-devices v1". */
const ROW_UNIT = /^row\b/;
const KNOWN_ROW_REFERENCES = ['device-fit.device_row', 'open-closed-compute.source_row'];

function ends(defs: Readonly<Record<string, ParamDefinition>>, defaults: Params): Params[] {
  const at = (end: 'min' | 'max') => Object.fromEntries(Object.entries(defs).map(([key, def]) => [key, def[end]]));
  return [defaults, at('min'), at('max')];
}

describe('every latest figure’s data table names the rows its row-reference columns point at', () => {
  const latest = figureIds().map((id) => getFigure(id));
  const references = latest.flatMap((spec) =>
    spec.columns.filter((c) => ROW_UNIT.test(c.unit)).map((c) => [`${spec.id}.${c.name}`, spec, c] as const),
  );

  it('finds every row-reference column it knows of', () => {
    expect(references.map(([name]) => name).sort()).toEqual(KNOWN_ROW_REFERENCES);
  });

  it.each(references)('%s', (name, spec, column) => {
    const data = figureDataFromDisk(spec);
    const names = spec.rowNames?.(data)[column.name];
    expect(names, `${name}: no rowNames for it`).toBeDefined();
    let cells = 0;
    for (const params of ends(spec.params as Record<string, ParamDefinition>, defaultParams(spec))) {
      for (const row of spec.table(params, data)) {
        const cell = formatCell(row[column.name], column, names);
        expect(cell, `${name}: row ${String(row[column.name])}`).not.toMatch(/^[\d.,\s]+$/);
        expect(cell).toBe(names!.get(row[column.name] as number));
        cells++;
      }
    }
    expect(cells).toBeGreaterThan(0);
    // The HTML table shows the names, and no "row" unit under the column's name.
    const html = tableHtml(spec, spec.table(defaultParams(spec), data), spec.rowNames!(data));
    const first = spec.table(defaultParams(spec), data)[0]![column.name] as number;
    expect(html).toContain(`<td>${names!.get(first)!.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</td>`);
    expect(html).not.toContain(`<span class="unit">${column.unit}</span>`);
  });
});
