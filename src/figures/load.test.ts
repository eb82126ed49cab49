import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFigure } from './load.ts';
import { SUPERSEDED_SPECS } from './load-superseded.ts';
import { readFrozen, reproducesFrozenFromDisk } from './publishing/lock-files.ts';
import { figureVersions, getFigure } from './registry.ts';

/** The '<id>/v<n>' versions a loader file names in its glob patterns, the left-out ('!') ones or the others. */
function named(file: string, leftOut: boolean): string[] {
  const source = readFileSync(new URL(file, import.meta.url), 'utf8');
  return [...source.matchAll(/'(!?)\.\/([\w-]+)\/v(\d+)\.ts'/g)]
    .filter(([, bang]) => (bang === '!') === leftOut)
    .map(([, , id, version]) => `${id}/v${version}`)
    .sort();
}

const key = (spec: { id: string; version: number }) => `${spec.id}/v${spec.version}`;
const latestVersions = figureVersions
  .filter((spec) => spec.version === getFigure(spec.id).version)
  .map(key)
  .sort();
const superseded = figureVersions.filter((spec) => spec.version !== getFigure(spec.id).version);
const neverLive = superseded
  .filter((spec) => readFrozen(key(spec)) !== undefined && !reproducesFrozenFromDisk(spec))
  .map(key)
  .sort();

describe('the browser’s figure loader', () => {
  it('carries in the island exactly the latest version of each figure', () => {
    // A figure with a new version: name it here in load.ts instead of the one before, and add that one to the
    // versions load-superseded.ts leaves out only if it can never go live (the next test says which).
    expect(named('./load.ts', false)).toEqual(latestVersions);
  });

  it('leaves out of load-superseded.ts exactly the latest versions and the superseded ones that can never go live', () => {
    expect(neverLive.length).toBeGreaterThan(10);
    expect(named('./load-superseded.ts', true)).toEqual([...latestVersions, ...neverLive].sort());
    const live = superseded.map(key).filter((version) => !neverLive.includes(version));
    expect(
      Object.keys(SUPERSEDED_SPECS)
        .map((path) => path.slice(2, -3))
        .sort(),
    ).toEqual(live.sort());
  });

  it('loads a latest version and a superseded one that can go live, and refuses one left out', async () => {
    const latest = getFigure('meek-loss-gap');
    await expect(loadFigure('meek-loss-gap', latest.version)).resolves.toMatchObject({ id: 'meek-loss-gap' });
    await expect(loadFigure('meek-loss-gap', latest.version - 1)).resolves.toMatchObject({
      id: 'meek-loss-gap',
      version: latest.version - 1,
    });
    await expect(loadFigure('meek-loss-gap', 1)).rejects.toThrow('No figure "meek-loss-gap" version 1');
  });
});
