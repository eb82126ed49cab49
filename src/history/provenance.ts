/**
 * Content-addressed versions: the model's version is the sha256 of its source,
 * so params.json and the figure lock name exactly the code that drew a figure.
 */
import { createHash } from 'node:crypto';

/** sha256 of a string or bytes, hex. */
export function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/**
 * sha256 over source files, in path order, each prefixed by its path relative
 * to the repository root (e.g. "src/model/chinchilla.ts"), so a rename counts.
 */
export function hashSources(files: Readonly<Record<string, string>>): string {
  const hash = createHash('sha256');
  for (const path of Object.keys(files).sort()) {
    hash.update(`${path}\n`);
    hash.update(files[path] ?? '');
  }
  return hash.digest('hex');
}

/** Whether a repository path is model source that figures run (tests excluded). */
export function isModelSource(path: string): boolean {
  return /^src\/model\/.+\.ts$/.test(path) && !path.endsWith('.test.ts');
}
