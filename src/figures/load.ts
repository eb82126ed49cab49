/**
 * Loading a figure in the browser: its spec as its own chunk (so a page loads
 * only the figures it shows), and, for each dataset it reads, the slice the
 * build cut for this version (only the columns and rows it reads; see
 * data-slices/), same origin, named in the host's `data-slices`.
 */
import { sliceRows, type DataSliceFile } from './data-slices/slice.ts';
import type { AnyFigureSpec, FigureData } from './spec.ts';

// Version files only (v1.ts, v2.ts, …): not values.ts, nor a test beside it. Less the superseded versions that can
// never go live: their frozen files differ from what their code draws today, so no page gives them an island
// (frozen-views.ts), and each listed here cost every reader's island its loader entry (about 40 bytes gzip).
// import.meta.glob takes literal patterns only; load.test.ts holds this list to exactly those versions.
const specs = import.meta.glob<{ default: AnyFigureSpec }>([
  './*/v[0-9]*.ts',
  '!./device-fit/v1.ts',
  '!./device-frontier/v1.ts',
  '!./meek-capability-gap/v1.ts',
  '!./meek-gap-band/v1.ts',
  '!./meek-horizon-gap/v1.ts',
  '!./meek-inference-gap/v1.ts',
  '!./meek-loss-gap/v1.ts',
  '!./meek-loss-gap/v2.ts',
  '!./meek-loss-gap/v3.ts',
  '!./memo-costs/v2.ts',
  '!./open-closed-benchmark-lag/v1.ts',
  '!./over-training/v1.ts',
  '!./wall-capability-curve/v1.ts',
  '!./wall-capability-curve/v2.ts',
  '!./wall-gap-lag/v1.ts',
  '!./wall-gap-lag/v2.ts',
  '!./wall-glut/v1.ts',
]);

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
