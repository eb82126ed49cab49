/**
 * A figure version's slice of a dataset version: only the columns and rows it
 * reads (its spec's `reads`), as one small JSON file the live island fetches
 * instead of the whole dataset. Rows are stored as arrays in `columns` order
 * (the column names once, not once per row). The file names the published
 * dataset file it was cut from, with its sha256, so it traces to its source;
 * the permalink page still offers the whole dataset for download.
 * Pure: the build writes slices (./site.ts), the browser reads them (load.ts).
 */
import type { AnyFigureSpec, DatasetReference, DatasetSlice } from '../spec.ts';

export interface DataSliceFile {
  /** The figure version that reads it, e.g. "open-closed-compute/v3". */
  readonly figure: string;
  /** The published dataset file it is cut from. */
  readonly dataset: { readonly name: string; readonly version: number; readonly file: string; readonly sha256: string };
  readonly columns: readonly string[];
  /** One array per kept row, values in `columns` order. */
  readonly rows: readonly (readonly unknown[])[];
}

/** What `spec` reads of dataset `name`; throws when the spec does not say (every dataset it reads must). */
export function sliceOf(spec: AnyFigureSpec, name: string): DatasetSlice {
  const slice = spec.reads?.[name];
  if (!slice)
    throw new Error(
      `Figure ${spec.id}/v${spec.version} reads dataset ${name} but declares no \`reads['${name}']\` (the columns and rows its island needs)`,
    );
  return slice;
}

/** Cuts the slice `spec` reads from a dataset version's rows; throws on a declared column the dataset lacks. */
export function cutDataSlice(
  spec: AnyFigureSpec,
  dataset: DatasetReference,
  rows: readonly Readonly<Record<string, unknown>>[],
  sha256: string,
): DataSliceFile {
  const { columns, rows: keep } = sliceOf(spec, dataset.name);
  const missing = columns.filter((column) => rows.length > 0 && !(column in rows[0]!));
  if (missing.length > 0)
    throw new Error(
      `Figure ${spec.id}/v${spec.version} reads ${missing.join(', ')} of ${dataset.name} v${dataset.version}, which has no such column`,
    );
  return {
    figure: `${spec.id}/v${spec.version}`,
    dataset: { name: dataset.name, version: dataset.version, file: `${dataset.name}.json`, sha256 },
    columns,
    rows: rows.filter((row) => !keep || keep(row)).map((row) => columns.map((column) => row[column] ?? null)),
  };
}

/** The slice's rows as objects again, as the figure's `table` reads them. */
export function sliceRows(file: Pick<DataSliceFile, 'columns' | 'rows'>): Record<string, unknown>[] {
  return file.rows.map((values) => Object.fromEntries(file.columns.map((column, i) => [column, values[i]])));
}
