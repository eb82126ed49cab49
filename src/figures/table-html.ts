/**
 * A figure's data table as HTML, one function for both places it is shown: inline on the figure's own page, and
 * as a file an essay's figure fetches when the reader opens its table (table-on-open.ts). The island fills the
 * same <tbody data-table-body> with the reader's rows (island-prose.ts, fillTable), formatted by the same formatCell.
 * Row-reference columns show the names `names` gives (the spec's rowNames of the figure's data).
 * @example tableHtml(spec, rows, spec.rowNames?.(data)) // '<div class="table-scroll" tabindex="0" role="region" …><table>…</table></div>'
 */
import { columnCodes, formatCell } from './format.ts';
import type { AnyFigureSpec, AnyTableRow, ColumnDefinition, RowNames } from './spec.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);

export function tableHtml(spec: AnyFigureSpec, rows: readonly AnyTableRow[], names: RowNames = {}): string {
  // A coded column's unit is its key ("1 = matched"), which its cells already apply ("yes"), and a row reference's
  // ("row of local-devices v1") is said by the names in its cells: no unit under its name.
  const unit = (column: ColumnDefinition) => (columnCodes(column) || names[column.name] ? '' : column.unit);
  const head = spec.columns
    .map(
      (column) =>
        `<th scope="col">${escape(column.label)}${unit(column) ? `<span class="unit">${escape(column.unit)}</span>` : ''}</th>`,
    )
    .join('');
  const body = rows
    .map(
      (row) =>
        `<tr>${spec.columns.map((c) => `<td>${escape(formatCell(row[c.name], c, names[c.name]))}</td>`).join('')}</tr>`,
    )
    .join('');
  return (
    `<div class="table-scroll" tabindex="0" role="region" aria-label="${escape(`Data table: ${spec.title}`)}">` +
    `<table><thead><tr>${head}</tr></thead><tbody data-table-body>${body}</tbody></table></div>`
  );
}
