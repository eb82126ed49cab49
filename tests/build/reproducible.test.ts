/**
 * The build is reproducible: a second clean build, into a temporary
 * directory, gives the same files with the same bytes as dist/ (which
 * `npm test` has just built). One extra build, so this is the slow build test.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DIST, distFiles } from '../support/site-pages.ts';

const ROOT = resolve(import.meta.dirname, '../..');
/** The environment of a plain `npm run build`: vitest's own variables (NODE_ENV=test, VITEST…) change Astro's output. */
const cleanEnvironment = () => ({
  PATH: process.env.PATH ?? '',
  HOME: process.env.HOME ?? '',
  ASTRO_TELEMETRY_DISABLED: '1',
  ...(process.env.SITE_URL ? { SITE_URL: process.env.SITE_URL } : {}),
});
const second = mkdtempSync(join(tmpdir(), 'second-build-'));
afterAll(() => rmSync(second, { recursive: true, force: true }));

describe('two clean builds', () => {
  // The bound of a hung build, not a timing: at a load of ~28 the build step itself took 323 s, and this second build,
  // beside the browser files, ran past the 300 s this was (full npm test at 6c7d0e1).
  it('are byte for byte the same', { timeout: 900_000 }, () => {
    const run = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', second],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: cleanEnvironment(),
      },
    );
    expect(run.status, run.stderr).toBe(0);
    const first = distFiles();
    const secondFiles = distFiles(second);
    expect(secondFiles).toEqual(first);
    const differ = first.filter((file) => !readFileSync(join(DIST, file)).equals(readFileSync(join(second, file))));
    expect(differ).toEqual([]);
  });
});
