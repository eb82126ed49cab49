/**
 * Datasets on disk (data/): raw inputs, published versions, and the rule that
 * a published version never changes. Node only: used by `npm run data` and tests.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDataset, versionDirectory, type BuiltDataset } from './build.ts';
import type { AnyDatasetDefinition } from './dataset.ts';

export const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data');

export function readRawInputs(definition: AnyDatasetDefinition): Record<string, Buffer> {
  return Object.fromEntries(
    definition.inputs.map((input) => [input.path, readFileSync(join(DATA_DIR, 'raw', input.path))]),
  );
}

export function buildFromDisk(definition: AnyDatasetDefinition): BuiltDataset {
  return buildDataset(definition, readRawInputs(definition));
}

/** Files of a published version as committed, or undefined if the version is not published. */
export function readPublished(name: string, version: number): Record<string, string> | undefined {
  const directory = join(DATA_DIR, versionDirectory(name, version));
  if (!existsSync(directory)) return undefined;
  return Object.fromEntries(readdirSync(directory).map((file) => [file, readFileSync(join(directory, file), 'utf8')]));
}

/** Every published version on disk: [name, version]. */
export function publishedVersions(): [string, number][] {
  return readdirSync(DATA_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'raw')
    .flatMap((entry) =>
      readdirSync(join(DATA_DIR, entry.name))
        .filter((version) => /^v\d+$/.test(version))
        .map((version): [string, number] => [entry.name, Number(version.slice(1))]),
    )
    .sort(([a, x], [b, y]) => a.localeCompare(b) || x - y);
}

/** Differences between a built version and its published files; empty when identical. */
export function compareWithPublished(built: BuiltDataset, published: Record<string, string>): string[] {
  const names = new Set([...Object.keys(built.files), ...Object.keys(published)]);
  return [...names].sort().filter((file) => built.files[file] !== published[file]);
}

export function writeVersion(built: BuiltDataset): void {
  const directory = join(DATA_DIR, versionDirectory(built.metadata.name, built.metadata.version));
  mkdirSync(directory, { recursive: true });
  for (const [file, text] of Object.entries(built.files)) writeFileSync(join(directory, file), text);
}

/** Versions listed in data/CHANGELOG.md as "## <name> v<N>" headings. */
export function changelogVersions(): [string, number][] {
  const text = readFileSync(join(DATA_DIR, 'CHANGELOG.md'), 'utf8');
  return [...text.matchAll(/^## ([a-z0-9-]+) v(\d+)\b/gm)]
    .map((m): [string, number] => [m[1]!, Number(m[2])])
    .sort(([a, x], [b, y]) => a.localeCompare(b) || x - y);
}
