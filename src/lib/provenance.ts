/**
 * Content-addressed versions: the model's version is the sha256 of its source,
 * so params.json names exactly the code that drew a figure.
 * Server-side only (node:crypto).
 */
import { createHash } from 'node:crypto';
import packageJson from '../../package.json' with { type: 'json' };

const modelSources = import.meta.glob<string>(['/src/model/**/*.ts', '!/src/model/**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** sha256 over the model's source files, in path order, each prefixed by its path. */
export function modelSourceSha256(): string {
  const hash = createHash('sha256');
  for (const path of Object.keys(modelSources).sort()) {
    hash.update(`${path}\n`);
    hash.update(modelSources[path] ?? '');
  }
  return hash.digest('hex');
}

export const SITE_VERSION: string = packageJson.version;
