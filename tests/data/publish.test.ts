/**
 * What `npm run data` does with what it built: write new versions, leave
 * identical ones alone, and refuse (writing nothing) when a published version
 * would change, was edited, or was deleted. The plan is pure, so each case is
 * built here from a small fake dataset.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { BuiltDataset, DatasetMetadata } from '../../src/data/build.ts';
import { changedFiles, planPublication, publishedFileProblems, serializeLock } from '../../src/data/publish.ts';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/** A built version with one CSV whose text is `csv`. */
function version(name: string, v: number, csv: string): BuiltDataset {
  const metadata = {
    name,
    version: v,
    rows: csv.split('\n').length - 2,
    files: { [`${name}.csv`]: { sha256: sha(csv), bytes: Buffer.byteLength(csv) } },
  } as unknown as DatasetMetadata;
  return { files: { [`${name}.csv`]: csv, 'metadata.json': JSON.stringify(metadata) }, metadata };
}

const v1 = version('things', 1, 'a,b\n1,2\n');
const v1Changed = version('things', 1, 'a,b\n1,3\n');
const v2 = version('things', 2, 'a,b\n1,3\n');
const lockOf = (...built: BuiltDataset[]) =>
  Object.fromEntries(built.map((b) => [`${b.metadata.name} v${b.metadata.version}`, sha(b.files['metadata.json']!)]));

const disk = (...built: BuiltDataset[]) => ({
  published: (directory: string) => built.find((b) => `${b.metadata.name}/v${b.metadata.version}` === directory)?.files,
  onDisk: built.map((b) => [b.metadata.name, b.metadata.version] as const),
});

describe('planPublication', () => {
  it('writes a new version and records it in the lock', () => {
    const plan = planPublication({ built: [v1], ...disk(), lock: {} });
    expect(plan.errors).toEqual([]);
    expect(plan.writes).toEqual([v1]);
    expect(plan.lock).toEqual(lockOf(v1));
    expect(plan.messages.join('\n')).toMatch(
      /data\/things\/v1: new version written.*Add "## things v1" to data\/CHANGELOG\.md/,
    );
  });

  it('leaves an identical published version alone', () => {
    const plan = planPublication({ built: [v1], ...disk(v1), lock: lockOf(v1) });
    expect(plan).toMatchObject({ writes: [], errors: [], lock: lockOf(v1) });
    expect(plan.messages).toEqual(['data/things/v1: unchanged (1 rows)']);
  });

  it('refuses to overwrite a published version whose bytes would change, naming the files and the next version', () => {
    const plan = planPublication({ built: [v1Changed], ...disk(v1), lock: lockOf(v1) });
    expect(plan.writes).toEqual([]);
    expect(plan.errors).toHaveLength(1);
    expect(plan.errors[0]).toMatch(/^data\/things\/v1 is published and would change \(metadata\.json, things\.csv\)/);
    expect(plan.errors[0]).toMatch(/publish things v2 .* add "## things v2" to data\/CHANGELOG\.md/);
  });

  it('refuses to rebuild a deleted published version from changed code', () => {
    // The directory is gone, but the lock remembers what v1 was: a rebuild that differs is refused.
    const plan = planPublication({ built: [v1Changed], ...disk(), lock: lockOf(v1) });
    expect(plan.writes).toEqual([]);
    expect(plan.errors[0]).toMatch(/data\/things\/v1 was published .* and is missing; rebuilding gives/);
  });

  it('restores a deleted published version when the code still gives the same bytes', () => {
    const plan = planPublication({ built: [v1], ...disk(), lock: lockOf(v1) });
    expect(plan.errors).toEqual([]);
    expect(plan.writes).toEqual([v1]);
    expect(plan.messages[0]).toMatch(/restored byte for byte/);
  });

  it('refuses a published version edited together with its metadata.json', () => {
    // Files and metadata agree with each other and with the build, but not with the lock.
    const plan = planPublication({ built: [v1Changed], ...disk(v1Changed), lock: lockOf(v1) });
    expect(plan.errors[0]).toMatch(/data\/versions\.lock\.json records .* changed after publication/);
  });

  it('checks superseded versions against their checksums, and refuses when one was deleted', () => {
    expect(planPublication({ built: [v2], ...disk(v1, v2), lock: lockOf(v1, v2) }).errors).toEqual([]);
    const edited = { ...v1, files: { ...v1.files, 'things.csv': 'a,b\n9,9\n' } };
    expect(planPublication({ built: [v2], ...disk(edited, v2), lock: lockOf(v1, v2) }).errors).toEqual([
      expect.stringMatching(/^data\/things\/v1\/things\.csv has sha256 [0-9a-f]{64}, but metadata\.json records/),
    ]);
    expect(planPublication({ built: [v2], ...disk(v2), lock: lockOf(v1, v2) }).errors).toEqual([
      expect.stringMatching(/^things v1 is in data\/versions\.lock\.json but its directory is gone/),
    ]);
  });

  it('refuses a version directory that no definition builds and the lock does not know', () => {
    expect(planPublication({ built: [v2], ...disk(v1, v2), lock: lockOf(v2) }).errors).toEqual([
      expect.stringMatching(/^data\/things\/v1 is not in data\/versions\.lock\.json/),
    ]);
  });
});

describe('helpers', () => {
  it('lists changed, added and removed files', () => {
    expect(changedFiles(v1, v1.files)).toEqual([]);
    expect(changedFiles(v1, { ...v1.files, 'extra.txt': 'x' })).toEqual(['extra.txt']);
    expect(changedFiles(v1, v1Changed.files)).toEqual(['metadata.json', 'things.csv']);
  });

  it('finds files missing from or unlisted in metadata.json', () => {
    const sha1 = sha(v1.files['metadata.json']!);
    expect(publishedFileProblems('things', 1, v1.files, sha1)).toEqual([]);
    expect(publishedFileProblems('things', 1, { 'metadata.json': v1.files['metadata.json']! }, sha1)).toEqual([
      'data/things/v1/things.csv is listed in metadata.json but missing',
    ]);
    expect(publishedFileProblems('things', 1, { ...v1.files, 'notes.txt': '' }, sha1)).toEqual([
      'data/things/v1/notes.txt is not listed in metadata.json',
    ]);
  });

  it('writes the lock sorted by name, then version as a number', () => {
    expect(serializeLock({ 'b v1': 'x', 'a v10': 'y', 'a v2': 'z' })).toBe(
      '{\n  "a v2": "z",\n  "a v10": "y",\n  "b v1": "x"\n}\n',
    );
  });
});
