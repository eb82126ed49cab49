import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFigure } from './load.ts';
import { readFrozen, reproducesFrozenFromDisk } from './publishing/lock-files.ts';
import { figureVersions, getFigure } from './registry.ts';

/** The versions load.ts leaves out of the browser's loader (its '!./<id>/v<n>.ts' patterns). */
const leftOut = [
  ...readFileSync(new URL('./load.ts', import.meta.url), 'utf8').matchAll(/'!\.\/([\w-]+)\/v(\d+)\.ts'/g),
]
  .map(([, id, version]) => `${id}/v${version}`)
  .sort();

describe('the browser’s figure loader', () => {
  it('leaves out exactly the superseded versions that can never go live (their code no longer draws their files)', () => {
    const neverLive = figureVersions
      .filter((spec) => spec.version !== getFigure(spec.id).version)
      .filter((spec) => readFrozen(`${spec.id}/v${spec.version}`) !== undefined && !reproducesFrozenFromDisk(spec))
      .map((spec) => `${spec.id}/v${spec.version}`)
      .sort();
    expect(neverLive.length).toBeGreaterThan(10);
    expect(leftOut).toEqual(neverLive);
  });

  it('loads a live version and refuses one left out', async () => {
    const latest = getFigure('meek-loss-gap');
    await expect(loadFigure('meek-loss-gap', latest.version)).resolves.toMatchObject({ id: 'meek-loss-gap' });
    await expect(loadFigure('meek-loss-gap', 1)).rejects.toThrow('No figure "meek-loss-gap" version 1');
  });
});
