/**
 * Loading a figure in the browser: its spec as its own chunk (so a page loads
 * only the figures it shows), and, for each dataset it reads, the slice the
 * build cut for this version (only the columns and rows it reads; see
 * data-slices/), same origin, named in the host's `data-slices`.
 */
import { sliceRows, type DataSliceFile } from './data-slices/slice.ts';
import type { AnyFigureSpec, FigureData } from './spec.ts';

const specs = import.meta.glob<{ default: AnyFigureSpec }>('./*/v*.ts');

export async function loadFigure(id: string, version: number): Promise<AnyFigureSpec> {
  const load = specs[`./${id}/v${version}.ts`];
  if (!load) throw new Error(`No figure "${id}" version ${version}`);
  return (await load()).default;
}

/** Rows of each dataset `spec` reads, from the slice URLs by dataset name (`data-slices`). */
export async function loadFigureData(
  spec: AnyFigureSpec,
  slices: Readonly<Record<string, string>>,
): Promise<FigureData> {
  const entries = await Promise.all(
    spec.datasets.map(async (d) => {
      const url = slices[d.name];
      if (!url) throw new Error(`Figure ${spec.id}/v${spec.version}: no data slice for ${d.name}`);
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return [d.name, sliceRows((await response.json()) as DataSliceFile)] as const;
    }),
  );
  return Object.fromEntries(entries);
}
