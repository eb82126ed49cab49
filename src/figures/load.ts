/**
 * Loading a figure in the browser: its spec as its own chunk (so a page loads
 * only the figures it shows), and the dataset versions it reads as the JSON
 * files the site publishes under /data/ (same origin, validated at build).
 */
import type { AnyFigureSpec, FigureData } from './spec.ts';

const specs = import.meta.glob<{ default: AnyFigureSpec }>('./*/v*.ts');

export async function loadFigure(id: string, version: number): Promise<AnyFigureSpec> {
  const load = specs[`./${id}/v${version}.ts`];
  if (!load) throw new Error(`No figure "${id}" version ${version}`);
  return (await load()).default;
}

export async function loadFigureData(spec: AnyFigureSpec): Promise<FigureData> {
  const entries = await Promise.all(
    spec.datasets.map(async (d) => {
      const url = `/data/${d.name}/v${d.version}/${d.name}.json`;
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return [d.name, (await response.json()) as unknown[]] as const;
    }),
  );
  return Object.fromEntries(entries);
}
