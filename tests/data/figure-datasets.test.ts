/**
 * Figures name the dataset versions they read, and those versions are
 * published, locked and readable: a figure never reads "the latest" data,
 * so its permalink keeps showing the same points when a dataset moves on.
 */
import { describe, expect, it } from 'vitest';
import { versionId } from '../../src/data/dataset.ts';
import { loadDataset } from '../../src/data/site-data.ts';
import { readLock } from '../../src/data/store.ts';
import { figureVersions } from '../../src/figures/registry.ts';

const references = figureVersions.flatMap((spec) =>
  spec.datasets.map((d) => [`${spec.id} v${spec.version} reads ${versionId(d.name, d.version)}`, d] as const),
);

describe('dataset versions named by figures', () => {
  it('at least one figure reads a dataset', () => {
    expect(references.length).toBeGreaterThan(0);
  });

  it.each(references)('%s: published, in the lock, with validated rows', (_, { name, version }) => {
    const dataset = loadDataset(name, version);
    expect(dataset.rows.length).toBe(dataset.metadata.rows);
    expect(readLock()[versionId(name, version)]).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.parse(dataset.files[`${name}.json`]!)).toHaveLength(dataset.metadata.rows);
  });
});

describe('loadDataset', () => {
  it('names the published versions when asked for one that is not', () => {
    expect(() => loadDataset('ai-models', 99)).toThrow(/ai-models v99 is not published \(published: ai-models v1\)/);
    expect(() => loadDataset('no-such-data', 1)).toThrow(/no such dataset/);
  });

  it('serves superseded versions too', () => {
    expect(loadDataset('open-closed-benchmarks', 1).metadata.version).toBe(1);
    expect(loadDataset('open-closed-benchmarks', 2).metadata.version).toBe(2);
  });
});
