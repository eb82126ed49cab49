import { getViteConfig } from 'astro/config';
import { configDefaults } from 'vitest/config';
import LongFirstSequencer from './tests/support/sequencer.ts';
import { MOCKING_UNIT_FILES, UNIT_INCLUDE } from './tests/support/unit-isolation.ts';

/**
 * Test files of the build and browser projects run at once, side by side, as one group (vitest runs
 * projects with the same maxWorkers and groupOrder together): the browser files mostly wait for Chromium,
 * the build files mostly compute, so together they keep two cores busy. With vitest's default (one worker
 * on two cores) the build files ran one after another after every browser file.
 */
const DIST_WORKERS = 4;

// Three projects (`npm test` runs unit beside the build, then build and browser together: run-tests.ts):
//   unit    the model, figure specs, URL parsing and SVG snapshots (no build needed), one worker, not isolated
//   unit-mocks  the few unit files that replace modules (vi.mock), each isolated (tests/support/unit-isolation.ts)
//   build   the files `astro build` wrote to dist/
//   browser the built site in Debian's Chromium
//
// The browser project starts ONE static server for dist/ and ONE Chromium for all its files
// (tests/support/shared-site.ts, its globalSetup). A new browser test file joins them with
//   import { useBuiltSite } from '../support/built-site.ts';
//   const site = useBuiltSite();   // site.browser, site.server.origin
// and closes the pages and contexts it opens. Files run side by side, so a file must not depend on
// another's state; see tests/support/README.md.
export default getViteConfig({
  test: {
    // The longest files start first (tests/support/sequencer.ts).
    sequence: { sequencer: LongFirstSequencer },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // Limits for a shared two-core machine, where a test that takes 1 s alone can wait 10 s for a core;
          // they bound a hung test, they time nothing (speed is npm run bench's).
          testTimeout: 20_000,
          hookTimeout: 60_000,
          include: UNIT_INCLUDE,
          exclude: [...configDefaults.exclude, ...MOCKING_UNIT_FILES],
          // Every file in one module graph: each module is imported once, not once per file (155 → 83 CPU-s).
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'unit-mocks',
          testTimeout: 20_000,
          hookTimeout: 60_000,
          include: MOCKING_UNIT_FILES,
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          maxWorkers: DIST_WORKERS,
          // Beside the browser files a test waits longer for a core; this bounds a hung test, it times nothing.
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/support/shared-site.ts'],
          // The bound of a hung test, not a timing: at a load of ~28 figure-phone's meek test (six figures, every
          // slider focused 40 steps each way) passed 180 s in a full npm test (6c7d0e1); it takes about a minute quiet.
          testTimeout: 360_000,
          hookTimeout: 120_000,
          // expect.poll waits up to 15 s (vitest's default, 1 s, failed redraw checks on a busy machine).
          expect: { poll: { timeout: 15_000 } },
          // Four files at a time (with the build files), all driving the one shared Chromium: a browser test
          // mostly waits (page loads, network idle, settling transitions), and one file at a time left both
          // cores idle most of the run.
          maxWorkers: DIST_WORKERS,
          // Tests a file marks concurrent (describe.concurrent) run this many at a time in its worker.
          maxConcurrency: 3,
        },
      },
    ],
  },
});
