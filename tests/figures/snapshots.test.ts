/**
 * SVG snapshots, in the style of Observable Plot's test suite: every version
 * of every figure is rendered at its defaults (a frozen version: its committed
 * figure.svg, which is what its permalink serves) and compared byte for byte with
 * tests/figures/snapshots/<id>-v<N>.svg. On a difference the new rendering is
 * written beside it as <id>-v<N>-changed.svg for inspection, and the test
 * fails. `npm run figures` writes a new version's snapshot and rewrites a
 * draft's; a missing snapshot is also written here; in CI (where every
 * snapshot must be committed) a missing one fails.
 */
import { existsSync } from 'node:fs';
import { readFile, unlink, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { figureVersions } from '../../src/figures/registry.ts';
import { renderFigureSvg } from '../../src/figures/render-static.ts';
import { defaultParams } from '../../src/figures/spec.ts';
import { figureDataFromDisk, readFrozen } from '../../src/figures/publishing/lock-files.ts';

const directory = new URL('./snapshots/', import.meta.url);

describe('figure snapshots', () => {
  it.each(figureVersions.map((spec) => [`${spec.id}-v${spec.version}`, spec] as const))(
    '%s.svg',
    async (name, spec) => {
      const actual =
        readFrozen(`${spec.id}/v${spec.version}`)?.['figure.svg'] ??
        `${renderFigureSvg(spec, defaultParams(spec), figureDataFromDisk(spec))}\n`;
      const expectedFile = new URL(`${name}.svg`, directory);
      const changedFile = new URL(`${name}-changed.svg`, directory);
      if (!existsSync(expectedFile)) {
        if (process.env.CI) expect.fail(`Missing snapshot ${name}.svg: run the tests locally and commit it.`);
        await writeFile(expectedFile, actual);
        console.warn(`Wrote new snapshot ${name}.svg; look at it and commit it.`);
        return;
      }
      const expected = await readFile(expectedFile, 'utf8');
      if (actual === expected) {
        if (existsSync(changedFile)) await unlink(changedFile);
        return;
      }
      await writeFile(changedFile, actual);
      expect.fail(
        `${name}.svg changed; see ${name}-changed.svg. A published figure version must not change: restore it, or publish a new version. (A draft, not in the lock at git HEAD, is re-recorded by \`npm run figures\`.)`,
      );
    },
  );

  it('renders the same bytes twice in one process', () => {
    for (const spec of figureVersions) {
      const data = figureDataFromDisk(spec);
      expect(renderFigureSvg(spec, defaultParams(spec), data)).toBe(renderFigureSvg(spec, defaultParams(spec), data));
    }
  });
});
