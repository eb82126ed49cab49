/**
 * The data slices the site serves (see ./slice.ts): one file per dataset a
 * figure version reads, under its permalink, named by the dataset version and
 * the file's own sha256 (so a changed slice is a new address and caches never
 * serve a stale one). Inside the Astro build only (published datasets).
 */
import { publishedDatasets } from '../../data/site-data.ts';
import { sha256 } from '../../history/provenance.ts';
import { figureKey, figurePath } from '../paths.ts';
import type { AnyFigureSpec } from '../spec.ts';
import { cutDataSlice } from './slice.ts';

export interface ServedSlice {
  /** Dataset name, the key the island reads it under. */
  readonly name: string;
  /** URL path, e.g. /figures/open-closed-compute/v3/ai-models-v1.0123456789ab.json. */
  readonly path: string;
  /** File name within the version's folder. */
  readonly file: string;
  readonly text: string;
}

const cache = new Map<string, ServedSlice[]>();

/** The slices of every dataset `spec` reads, in `spec.datasets` order. */
export function dataSlices(spec: AnyFigureSpec): ServedSlice[] {
  const key = figureKey(spec);
  let slices = cache.get(key);
  if (!slices) {
    slices = spec.datasets.map((reference) => {
      const dataset = publishedDatasets.find(
        (p) => p.metadata.name === reference.name && p.metadata.version === reference.version,
      );
      if (!dataset)
        throw new Error(`Figure ${key} reads ${reference.name} v${reference.version}, which is not published`);
      const fileName = `${reference.name}.json`;
      const source = dataset.files[fileName];
      const digest = dataset.metadata.files[fileName]?.sha256;
      if (source === undefined || !digest)
        throw new Error(`${reference.name} v${reference.version} has no ${fileName}`);
      const rows = JSON.parse(source) as Record<string, unknown>[];
      const text = `${JSON.stringify(cutDataSlice(spec, reference, rows, digest))}\n`;
      const file = `${reference.name}-v${reference.version}.${sha256(text).slice(0, 12)}.json`;
      return { name: reference.name, path: `${figurePath(spec)}${file}`, file, text };
    });
    cache.set(key, slices);
  }
  return slices;
}
