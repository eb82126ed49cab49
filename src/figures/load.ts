/**
 * Loading a figure in the browser: its spec as its own chunk (so a page loads
 * only the figures it shows; a superseded version's loader entry comes from
 * load-superseded.ts), and, for each dataset it reads, the slice the build cut
 * for this version (only the columns and rows it reads; see data-slices/),
 * same origin, named in the host's `data-slices`.
 */
import { sliceRows, type DataSliceFile } from './data-slices/slice.ts';
import type { AnyFigureSpec, FigureData } from './spec.ts';

// The latest version of each figure: all an essay shows, so the island carries a loader entry (about 40 bytes gzip
// each) for these only. Superseded versions that can still go live (on their own permalinks) are in
// load-superseded.ts, loaded with the first such figure. import.meta.glob takes literal patterns only: load.test.ts
// holds this list to exactly the latest versions, and says what to move when a figure gets a new one.
const latest = import.meta.glob<{ default: AnyFigureSpec }>([
  './budget-frontier/v4.ts',
  './device-fit/v4.ts',
  './device-frontier/v9.ts',
  './meek-capability-gap/v5.ts',
  './meek-gap-band/v2.ts',
  './meek-horizon-gap/v3.ts',
  './meek-inference-gap/v4.ts',
  './meek-loss-gap/v9.ts',
  './memo-costs/v6.ts',
  './open-bets/v7.ts',
  './open-closed-benchmark-lag/v3.ts',
  './open-closed-compute/v7.ts',
  './over-training/v7.ts',
  './wall-capability-curve/v8.ts',
  './wall-gap-lag/v5.ts',
  './wall-glut/v5.ts',
]);

export async function loadFigure(id: string, version: number): Promise<AnyFigureSpec> {
  const key = `./${id}/v${version}.ts`;
  const load = latest[key] ?? (await import('./load-superseded.ts')).SUPERSEDED_SPECS[key];
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
