import { describe, expect, it } from 'vitest';
import { getFigure } from './registry.ts';
import { defaultParams } from './spec.ts';
import { figureData } from './publishing/served-files.ts';
import { formatCell } from './format.ts';
import { tableHtml } from './table-html.ts';

describe('tableHtml', () => {
  it('writes the spec’s columns and every row as the island formats them, escaped', () => {
    const spec = getFigure('meek-loss-gap');
    const rows = spec.table(defaultParams(spec), figureData(spec));
    const html = tableHtml(spec, rows);
    expect(html).toMatch(/^<div class="table-scroll" tabindex="0" role="region" aria-label="Data table: [^"<]+">/);
    expect(html.match(/<th scope="col">/g)).toHaveLength(spec.columns.length);
    expect(html.match(/<tr>/g)).toHaveLength(rows.length + 1);
    const first = spec.columns.map((column) => `<td>${formatCell(rows[0]![column.name], column)}</td>`).join('');
    expect(html).toContain(`<tbody data-table-body><tr>${first}</tr>`);
    expect(html).not.toMatch(/<(?!\/?(div|table|thead|tbody|tr|th|td|span)\b)/);
  });

  it('names a coded column’s values and drops its key from the header (was “Open weights 1 = open”, cells 0 and 1)', () => {
    const spec = getFigure('open-closed-compute');
    const html = tableHtml(spec, spec.table(defaultParams(spec), figureData(spec)));
    expect(html).toContain('<th scope="col">Open weights</th>');
    expect(html).not.toContain('1 = open');
    expect(html).toMatch(/<td>yes<\/td>/);
    expect(html).toMatch(/<td>no<\/td>/);
    // Columns of quantities keep their units.
    expect(html).toContain('<span class="unit">FLOP</span>');
  });
});
