/**
 * Full-text search for a static host: after `astro build` has written every
 * page, Pagefind indexes the built HTML and writes its index beside it
 * (dist/pagefind/). Only pages that mark their content with
 * `data-pagefind-body` are indexed (src/layouts/Base.astro sets it from the
 * page's `search` kind), so lists, embeds and superseded figure versions stay
 * out of the results. Pagefind's output is a function of the pages' bytes (two
 * runs over the same dist/ give the same files; tests/build/reproducible.test.ts
 * checks the whole build, index included).
 */
import type { AstroIntegration } from 'astro';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex, type IndexFile } from 'pagefind';

/** Where the index is served from; the search page loads `${SEARCH_INDEX_PATH}pagefind.js`. */
export const SEARCH_INDEX_PATH = '/pagefind/';

/**
 * Parts of an indexed page that are apparatus, not content: drawn figures
 * (axis ticks are numbers, not words), their controls and downloads, citation
 * blocks (those carry data-pagefind-ignore) and checksums. Listed here rather than as
 * attributes in every component.
 */
export const SEARCH_EXCLUDED_SELECTORS = [
  'svg',
  '.figure-plot',
  '.figure-controls',
  '.figure-tools',
  '.downloads',
  '.sha',
  // A citation's hover preview repeats its entry in the reference list, which is indexed.
  '.cite-preview',
  'pre',
  // KaTeX writes each formula twice, as MathML (with its TeX source in <annotation>) and as HTML for the eye;
  // indexed, an excerpt showed the TeX and the glyphs side by side ("g_i gi" and a zero-width space). The MathML's own text stays.
  '.katex-html',
  '.katex-mathml annotation',
];

/** Pagefind's ready-made interfaces, which this site does not use (it has its own, src/search/search-page.ts). */
export const PAGEFIND_UNUSED_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** How the site is indexed; the build test indexes dist/ again with the same options. */
export const PAGEFIND_OPTIONS = { forceLanguage: 'en', excludeSelectors: SEARCH_EXCLUDED_SELECTORS };

/**
 * Indexes the built site in `siteDirectory` and returns the index's files in memory, without Pagefind's ready-made
 * interfaces. The files are taken with getFiles and written by the caller, not with Pagefind's writeFiles: on
 * loaded machines writeFiles resolved, and close() stopped Pagefind's service, before every file was on disk
 * (CI twice and a clean-clone run once found a file empty or short, 2026-12-07).
 *
 * @example
 * const { files } = await indexBuiltSite('dist'); // [{ path: 'pagefind-entry.json', content: Uint8Array }, …]
 */
export async function indexBuiltSite(siteDirectory: string): Promise<{ files: IndexFile[]; pageCount: number }> {
  try {
    const { index, errors } = await createIndex(PAGEFIND_OPTIONS);
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDirectory });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const built = await index.getFiles();
    if (built.errors.length > 0) throw new Error(`Pagefind: ${built.errors.join('; ')}`);
    const files = built.files.filter((file) => !PAGEFIND_UNUSED_FILES.includes(file.path));
    return { files, pageCount: added.page_count };
  } finally {
    await close();
  }
}

export function pagefindSearch(): AstroIntegration {
  return {
    name: 'open-closed:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const outputPath = join(site, SEARCH_INDEX_PATH);
        const { files, pageCount } = await indexBuiltSite(site);
        await rm(outputPath, { recursive: true, force: true });
        for (const file of files) {
          const target = join(outputPath, file.path);
          await mkdir(dirname(target), { recursive: true });
          await writeFile(target, file.content);
        }
        logger.info(`read ${pageCount} built pages; the index is in ${SEARCH_INDEX_PATH}`);
      },
    },
  };
}
