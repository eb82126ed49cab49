/**
 * The site's source text, for hashing a figure version's model files inside
 * the Astro build (Vite), where files are read through import.meta.glob
 * because prerendered code runs from dist/. Plain-Node scripts read the same
 * files with fs (lock-files.ts); both follow the same import graph (./import-graph.ts).
 */
import type { AnyFigureSpec } from '../spec.ts';
import { figureModelSha256 } from './import-graph.ts';

// Every non-test source a figure could import: the graph starts in src/figures and may pass through src/data.
const sources = import.meta.glob<string>(['/src/**/*.ts', '!/src/**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

const hashes = new Map<string, string>();

/** sha256 of the model files a figure version imports (see figureModelSha256). */
export function figureModelSha256InBuild(spec: AnyFigureSpec): string {
  const key = `${spec.id}/v${spec.version}`;
  if (!hashes.has(key))
    hashes.set(
      key,
      figureModelSha256(spec, (path) => sources[`/${path}`]),
    );
  return hashes.get(key)!;
}
