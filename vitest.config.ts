/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Three projects, run in this order by `npm test`:
//   unit    the model, figure specs, URL parsing and SVG snapshots (no build needed)
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
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // Limits for a shared two-core machine, where a test that takes 1 s alone can wait 10 s for a core;
          // they bound a hung test, they time nothing (speed is npm run bench's).
          testTimeout: 20_000,
          hookTimeout: 60_000,
          include: [
            'src/**/*.test.ts',
            'tests/unit/**/*.test.ts',
            'tests/figures/**/*.test.ts',
            'tests/data/**/*.test.ts',
            'tests/model/**/*.test.ts',
            'tests/history/**/*.test.ts',
            'tests/authoring/**/*.test.ts',
            'tests/support/**/*.test.ts',
          ],
        },
      },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/support/shared-site.ts'],
          testTimeout: 180_000,
          hookTimeout: 120_000,
          // expect.poll waits up to 15 s (vitest's default, 1 s, failed redraw checks on a busy machine).
          expect: { poll: { timeout: 15_000 } },
          // Three files at a time, all driving the one shared Chromium: a browser test mostly waits (page loads,
          // network idle, settling transitions), and one file at a time left both cores idle most of the run.
          maxWorkers: 3,
        },
      },
    ],
  },
});
