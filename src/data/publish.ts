/**
 * The rule that a published version never changes, as a pure plan: given what
 * `npm run data` built, what is on disk and the version lock, decide what to
 * write and what to refuse. Nothing is written unless every dataset is fine.
 *
 * data/versions.lock.json records the sha256 of every published version's
 * metadata.json, which itself records the sha256 of every other file. So a
 * version deleted and rebuilt from changed code, or edited together with its
 * metadata.json, is caught as surely as an edited CSV.
 */
import { createHash } from 'node:crypto';
import type { BuiltDataset } from './build.ts';
import { compareText } from './order.ts';
import { versionDirectory, versionId } from './dataset.ts';

/** Version id ("ai-models v1") → sha256 of its metadata.json. */
export type VersionLock = Readonly<Record<string, string>>;

export interface PublicationPlan {
  /** Versions to write: new ones, and published ones whose deleted files the build restores byte for byte. */
  readonly writes: readonly BuiltDataset[];
  /** The lock after this run. */
  readonly lock: VersionLock;
  /** One line per dataset on what happens to it. */
  readonly messages: readonly string[];
  /** Reasons to refuse the whole run; when not empty, nothing may be written. */
  readonly errors: readonly string[];
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** File names whose content differs between a built version and its published files; empty when identical. */
export function changedFiles(built: BuiltDataset, published: Readonly<Record<string, string>>): string[] {
  const names = new Set([...Object.keys(built.files), ...Object.keys(published)]);
  return [...names].sort().filter((file) => built.files[file] !== published[file]);
}

const bumpAdvice = (name: string, version: number) =>
  `Published versions never change: restore the code or inputs, or publish ${name} v${version + 1} (bump the version in its definition under src/data/datasets/) and add "## ${name} v${version + 1}" to data/CHANGELOG.md.`;

/** The lock as a file: one entry per line, sorted by name then version. */
export function serializeLock(lock: VersionLock): string {
  const entries = Object.entries(lock).sort(([a], [b]) => {
    const [na, va] = a.split(' v');
    const [nb, vb] = b.split(' v');
    return compareText(na!, nb!) || Number(va) - Number(vb);
  });
  return `${JSON.stringify(Object.fromEntries(entries), null, 2)}\n`;
}

/**
 * Problems with the files of a published version: each data file against the
 * sha256 in its metadata.json, and metadata.json against the lock. Empty when intact.
 */
export function publishedFileProblems(
  name: string,
  version: number,
  files: Readonly<Record<string, string>>,
  locked: string | undefined,
): string[] {
  const where = `data/${versionDirectory(name, version)}`;
  const metadataText = files['metadata.json'];
  if (metadataText === undefined) return [`${where}/metadata.json is missing`];
  const problems: string[] = [];
  if (locked === undefined) problems.push(`${where} is not in data/versions.lock.json`);
  else if (sha256(metadataText) !== locked)
    problems.push(
      `${where}/metadata.json has sha256 ${sha256(metadataText)}, but data/versions.lock.json records ${locked}: published files never change`,
    );
  const listed = (JSON.parse(metadataText) as { files: Record<string, { sha256: string }> }).files;
  for (const [file, { sha256: expected }] of Object.entries(listed)) {
    const text = files[file];
    if (text === undefined) problems.push(`${where}/${file} is listed in metadata.json but missing`);
    else if (sha256(text) !== expected)
      problems.push(
        `${where}/${file} has sha256 ${sha256(text)}, but metadata.json records ${expected}: published files never change`,
      );
  }
  for (const file of Object.keys(files))
    if (file !== 'metadata.json' && !(file in listed)) problems.push(`${where}/${file} is not listed in metadata.json`);
  return problems;
}

export function planPublication(options: {
  built: readonly BuiltDataset[];
  /** Published files of a version directory ("ai-models/v1"), or undefined when it does not exist. */
  published: (directory: string) => Readonly<Record<string, string>> | undefined;
  /** Version directories on disk, [name, version]. */
  onDisk: readonly (readonly [string, number])[];
  lock: VersionLock;
}): PublicationPlan {
  const lock: Record<string, string> = { ...options.lock };
  const writes: BuiltDataset[] = [];
  const messages: string[] = [];
  const errors: string[] = [];
  const builtIds = new Set<string>();

  for (const built of options.built) {
    const { name, version, rows } = built.metadata;
    const id = versionId(name, version);
    builtIds.add(id);
    const where = `data/${versionDirectory(name, version)}`;
    const builtSha = sha256(built.files['metadata.json']!);
    const files = options.published(versionDirectory(name, version));
    const locked = options.lock[id];
    if (files) {
      const changed = changedFiles(built, files);
      if (changed.length > 0) {
        errors.push(`${where} is published and would change (${changed.join(', ')}). ${bumpAdvice(name, version)}`);
      } else if (locked === undefined) {
        lock[id] = builtSha;
        messages.push(`${where}: unchanged (${rows} rows); recorded in data/versions.lock.json`);
      } else if (locked !== builtSha) {
        errors.push(
          `${where}: metadata.json has sha256 ${builtSha}, but data/versions.lock.json records ${locked} for ${id}: its files were changed after publication. ${bumpAdvice(name, version)}`,
        );
      } else {
        messages.push(`${where}: unchanged (${rows} rows)`);
      }
    } else if (locked !== undefined) {
      if (locked === builtSha) {
        writes.push(built);
        messages.push(`${where}: restored byte for byte (${rows} rows)`);
      } else {
        errors.push(
          `${where} was published (data/versions.lock.json records metadata sha256 ${locked}) and is missing; rebuilding gives ${builtSha}, so it cannot be restored from the code. Restore it from version control. ${bumpAdvice(name, version)}`,
        );
      }
    } else {
      writes.push(built);
      lock[id] = builtSha;
      messages.push(`${where}: new version written (${rows} rows). Add "## ${id}" to data/CHANGELOG.md.`);
    }
  }

  const onDisk = new Set(options.onDisk.map(([name, version]) => versionId(name, version)));
  for (const [name, version] of options.onDisk) {
    const id = versionId(name, version);
    const locked = options.lock[id];
    if (builtIds.has(id) || locked === undefined) continue;
    // An older version no definition builds any more: it is checked against its checksums only.
    errors.push(
      ...publishedFileProblems(name, version, options.published(versionDirectory(name, version)) ?? {}, locked),
    );
  }
  for (const id of Object.keys(options.lock)) {
    if (!builtIds.has(id) && !onDisk.has(id))
      errors.push(
        `${id} is in data/versions.lock.json but its directory is gone: old versions stay downloadable. Restore it from version control.`,
      );
  }
  for (const id of onDisk) {
    if (!builtIds.has(id) && options.lock[id] === undefined)
      errors.push(
        `data/${id.replace(' v', '/v')} is not in data/versions.lock.json and no dataset definition builds it: only \`npm run data\` publishes versions.`,
      );
  }
  return { writes, lock, messages, errors };
}
