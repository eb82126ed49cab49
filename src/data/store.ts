/**
 * Datasets on disk (data/): raw inputs, published versions, the version lock,
 * and writing new versions. Node only: used by `npm run data` and tests.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDataset, type BuiltDataset } from './build.ts';
import { compareText } from './order.ts';
import { versionDirectory, type AnyDatasetDefinition } from './dataset.ts';
import { changedFiles, serializeLock, type VersionLock } from './publish.ts';

export const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data');
export const LOCK_FILE = join(DATA_DIR, 'versions.lock.json');

export function readRawInputs(definition: AnyDatasetDefinition): Record<string, Buffer> {
  return Object.fromEntries(
    definition.inputs.map((input) => [input.path, readFileSync(join(DATA_DIR, 'raw', input.path))]),
  );
}

/** Files of a published version as committed, or undefined if the version is not published. */
export function readPublished(name: string, version: number): Record<string, string> | undefined {
  return readPublishedDirectory(versionDirectory(name, version));
}

/** Files of a version directory under data/ ("ai-models/v1"), or undefined if it does not exist. */
export function readPublishedDirectory(directory: string): Record<string, string> | undefined {
  const path = join(DATA_DIR, directory);
  if (!existsSync(path)) return undefined;
  return Object.fromEntries(readdirSync(path).map((file) => [file, readFileSync(join(path, file), 'utf8')]));
}

/**
 * Builds one definition from disk. Dataset inputs come from `fresh` (versions
 * built earlier in the same run, not yet written) or else from the published files.
 */
export function buildFromDisk(definition: AnyDatasetDefinition, fresh: readonly BuiltDataset[] = []): BuiltDataset {
  const published = Object.fromEntries(
    (definition.datasetInputs ?? []).map((input) => {
      const directory = versionDirectory(input.name, input.version);
      const built = fresh.find((b) => b.metadata.name === input.name && b.metadata.version === input.version);
      return [directory, built?.files ?? readPublishedDirectory(directory) ?? {}];
    }),
  );
  return buildDataset(definition, readRawInputs(definition), published);
}

/** Builds every definition in order (a definition may read those before it). */
export function buildAllFromDisk(definitions: readonly AnyDatasetDefinition[]): BuiltDataset[] {
  const built: BuiltDataset[] = [];
  for (const definition of definitions) built.push(buildFromDisk(definition, built));
  return built;
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
    .sort(([a, x], [b, y]) => compareText(a, b) || x - y);
}

/** Differences between a built version and its published files; empty when identical. */
export const compareWithPublished = changedFiles;

export function readLock(): VersionLock {
  return existsSync(LOCK_FILE) ? (JSON.parse(readFileSync(LOCK_FILE, 'utf8')) as VersionLock) : {};
}

export function writeLock(lock: VersionLock): void {
  writeFileSync(LOCK_FILE, serializeLock(lock));
}

/**
 * Writes a version as a whole: into a temporary directory beside it, then one
 * rename, so a reader never sees half a version.
 */
export function writeVersion(built: BuiltDataset): void {
  const directory = join(DATA_DIR, versionDirectory(built.metadata.name, built.metadata.version));
  const temporary = `${dirname(directory)}/.v${built.metadata.version}.partial-${process.pid}`;
  rmSync(temporary, { recursive: true, force: true });
  mkdirSync(temporary, { recursive: true });
  for (const [file, text] of Object.entries(built.files)) writeFileSync(join(temporary, file), text);
  renameSync(temporary, directory);
}

/** Versions listed in data/CHANGELOG.md as "## <name> v<N>" headings. */
export function changelogVersions(): [string, number][] {
  const text = readFileSync(join(DATA_DIR, 'CHANGELOG.md'), 'utf8');
  return [...text.matchAll(/^## ([a-z0-9-]+) v(\d+)\b/gm)]
    .map((m): [string, number] => [m[1]!, Number(m[2])])
    .sort(([a, x], [b, y]) => compareText(a, b) || x - y);
}
