/**
 * node_modules for a copy of the project that a test builds in: a real
 * directory whose packages are links to this checkout's, and whose caches are
 * its own.
 *
 * Why not one link to the whole directory: Astro keeps its content store in
 * node_modules/.astro, so two builds sharing it see each other's essays. On CI
 * (2026-12-07) the scaffold test's `scaffold-test` essay, built in a copy,
 * appeared in the reproducible test's build of this checkout running beside
 * it, and that build failed.
 *
 * @example linkNodeModules(ROOT, copy) // copy/node_modules/astro → ROOT/node_modules/astro; no copy/node_modules/.astro yet
 */
import { mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/** Caches written by Astro, Vite and vitest, which each copy keeps to itself. */
export const PER_COPY_CACHES = ['.astro', '.vite', '.vite-temp', '.vitest-cache', '.cache'];

export function linkNodeModules(root: string, copy: string): void {
  const from = join(root, 'node_modules');
  const to = join(copy, 'node_modules');
  mkdirSync(to);
  for (const entry of readdirSync(from))
    if (!PER_COPY_CACHES.includes(entry)) symlinkSync(join(from, entry), join(to, entry));
}
