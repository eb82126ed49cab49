/**
 * The rows of a published dataset version, read from data/<name>/v<N>/<name>.json at build time (data claims).
 *
 * @example datasetRows('open-closed-benchmarks', 2).length // every score of that version
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function datasetRows(name: string, version: number): unknown[] {
  const path = join(process.cwd(), 'data', name, `v${version}`, `${name}.json`);
  if (!existsSync(path)) throw new Error(`dataset ${name} has no published version ${version} (${path})`);
  return JSON.parse(readFileSync(path, 'utf8')) as unknown[];
}
