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
          // One module cache per worker for all unit files (no fresh import of the registry and its figures for
          // each file): the unit tests share no mutable state, and vi.useFakeTimers/stubGlobal users restore it.
          isolate: false,
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
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Two files at a time, both driving the one shared Chromium: much of a browser test is waiting
          // (page loads, network idle, settling transitions), which the other file fills.
          maxWorkers: 2,
        },
      },
    ],
  },
});
