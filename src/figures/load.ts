/**
 * Loading a figure in the browser: its spec as its own chunk (so a page loads
 * only the figures it shows), and, for each dataset it reads, the slice the
 * build cut for this version (only the columns and rows it reads; see
 * data-slices/), same origin, named in the host's `data-slices`.
 */
import { sliceRows, type DataSliceFile } from './data-slices/slice.ts';
import type { AnyFigureSpec, FigureData } from './spec.ts';

// Version files only (v1.ts, v2.ts, …): not values.ts, nor a test beside it.
const specs = import.meta.glob<{ default: AnyFigureSpec }>('./*/v[0-9]*.ts');

export async function loadFigure(id: string, version: number): Promise<AnyFigureSpec> {
  const load = specs[`./${id}/v${version}.ts`];
  if (!load) throw new Error(`No figure "${id}" version ${version}`);
  return (await load()).default;
}

/** Rows of each dataset, fetched from the slice URLs by dataset name (the host's `data-slices`). */
export async function loadSlices(slices: Readonly<Record<string, string>>): Promise<FigureData> {
  const entries = await Promise.all(
    Object.entries(slices).map(async ([name, url]) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return [name, sliceRows((await response.json()) as DataSliceFile)] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/** Throws unless `data` holds every dataset `spec` reads. */
export function checkFigureData(spec: AnyFigureSpec, data: FigureData): FigureData {
  const missing = spec.datasets.filter((d) => !data[d.name]).map((d) => d.name);
  if (missing.length > 0)
    throw new Error(`Figure ${spec.id}/v${spec.version}: no data slice for ${missing.join(', ')}`);
  return data;
}
