/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Three projects, run in this order by `npm test`:
//   unit    the model, figure specs, URL parsing and SVG snapshots (no build needed)
//   build   the files `astro build` wrote to dist/
//   browser the built site in Debian's Chromium
export default getViteConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'src/**/*.test.ts',
            'tests/unit/**/*.test.ts',
            'tests/figures/**/*.test.ts',
            'tests/data/**/*.test.ts',
            'tests/model/**/*.test.ts',
            'tests/authoring/**/*.test.ts',
          ],
        },
      },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time: the machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
