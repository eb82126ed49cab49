/**
 * Parts of a page that only some readers need, served as files the page fetches instead of carrying them inline:
 * a figure's wide drawing (fetched on a wide screen as the figure comes near, wide-drawing.ts) and its data table
 * (fetched when the reader opens it, table-on-open.ts). The page's HTML stays small, so its first paragraph
 * paints sooner (issue 21: LCP).
 *
 * Components register a fragment while the page renders and get its address, named by a hash of its content (so
 * the same drawing on two pages is one file, and a changed one is a new name); the `pageFragments()` integration
 * writes every fragment into dist/ when the build is done, and serves them in `astro dev`. The registry lives on
 * globalThis because Astro renders pages in modules of its own, apart from the integration's.
 * @example const href = pageFragment('<svg …>…</svg>', 'svg'); // '/_astro/fragments/3f9a0c1d2b4e5f60.svg'
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export const FRAGMENT_DIR = '/_astro/fragments/';
/** Kinds of fragment and their files: a table is HTML markup in a .txt file, so no tool takes it for a page. */
const KINDS = {
  svg: { extension: 'svg', type: 'image/svg+xml' },
  table: { extension: 'table.txt', type: 'text/plain; charset=utf-8' },
} as const;
type Kind = keyof typeof KINDS;

const REGISTRY = Symbol.for('open-closed:page-fragments');
function registry(): Map<string, string> {
  const global = globalThis as { [REGISTRY]?: Map<string, string> };
  return (global[REGISTRY] ??= new Map());
}

/** Registers `body` as a file of kind `kind`; returns its address on the site. */
export function pageFragment(body: string, kind: Kind): string {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 16);
  const path = `${FRAGMENT_DIR}${hash}.${KINDS[kind].extension}`;
  registry().set(path, body);
  return path;
}

/** The fragments registered so far, by address. */
export function pageFragments(): ReadonlyMap<string, string> {
  return registry();
}

/** Writes every registered fragment under `outDir` (a directory URL); returns how many. */
export function writePageFragments(outDir: URL): number {
  for (const [path, body] of registry()) {
    const file = fileURLToPath(new URL(`.${path}`, outDir));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, body);
  }
  return registry().size;
}

/** The Astro integration: fragments written with the build, served by the dev server. */
export function pageFragmentsIntegration(): AstroIntegration {
  return {
    name: 'open-closed:page-fragments',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const path = request.url?.split('?')[0] ?? '';
          const body = registry().get(path);
          if (body === undefined) return next();
          response.setHeader('Content-Type', path.endsWith('.svg') ? KINDS.svg.type : KINDS.table.type);
          response.end(body);
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        logger.info(`${writePageFragments(dir)} page fragments (wide drawings, data tables) written`);
      },
    },
  };
}
