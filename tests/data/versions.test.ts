/**
 * Versioning rules: `npm run data` is deterministic; a published version's
 * files never change (sha256 in metadata.json, and metadata.json's own sha256
 * in data/versions.lock.json); every version has a CHANGELOG entry and every
 * entry a version; every derived row traces to a raw file and commit.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset, type DatasetMetadata } from '../../src/data/build.ts';
import { versionDirectory, versionId } from '../../src/data/dataset.ts';
import { DatasetError } from '../../src/data/dataset-error.ts';
import { publishedFileProblems, planPublication } from '../../src/data/publish.ts';
import { datasetDefinitions } from '../../src/data/registry.ts';
import {
  DATA_DIR,
  buildAllFromDisk,
  changelogVersions,
  compareWithPublished,
  publishedVersions,
  readLock,
  readPublished,
  readPublishedDirectory,
  readRawInputs,
} from '../../src/data/store.ts';
import { sha256 } from '../../src/history/provenance.ts';

// Built twice, in memory, exactly as `npm run data` builds them.
const builtAll = buildAllFromDisk(datasetDefinitions);
const builtAgain = buildAllFromDisk(datasetDefinitions);

describe.each(datasetDefinitions.map((d, i) => [d.name, d, builtAll[i]!, builtAgain[i]!] as const))(
  '%s',
  (name, definition, built, again) => {
    it('builds the same bytes twice', () => {
      expect(again.metadata.name).toBe(name);
      expect(again.files).toEqual(built.files);
    });

    it('matches its published version byte for byte (else: new version + CHANGELOG entry)', () => {
      const published = readPublished(name, definition.version);
      expect(
        published,
        `data/${versionDirectory(name, definition.version)} is not published: run npm run data`,
      ).toBeDefined();
      expect(compareWithPublished(built, published!)).toEqual([]);
    });

    it('refuses an input that is not byte-identical to the declared one', () => {
      const raw = readRawInputs(definition);
      const inputs = Object.fromEntries(
        (definition.datasetInputs ?? []).map((input) => {
          const directory = versionDirectory(input.name, input.version);
          return [directory, readPublishedDirectory(directory)!];
        }),
      );
      const [first] = definition.inputs;
      if (first) {
        const tampered = { ...raw, [first.path]: Buffer.concat([raw[first.path]!, Buffer.from('\n')]) };
        expect(() => buildDataset(definition, tampered, inputs)).toThrow(DatasetError);
        expect(() => buildDataset(definition, tampered, inputs)).toThrow(/raw snapshots are verbatim/);
      }
      for (const input of definition.datasetInputs ?? []) {
        const directory = versionDirectory(input.name, input.version);
        const csv = `${input.name}.csv`;
        const tampered = { ...inputs, [directory]: { ...inputs[directory]!, [csv]: `${inputs[directory]![csv]}\n` } };
        expect(() => buildDataset(definition, raw, tampered)).toThrow(/a published version never changes/);
      }
    });

    it('traces every row to a raw file and commit', () => {
      const sources = built.metadata.sources;
      expect(sources.length).toBeGreaterThan(0);
      for (const source of sources) {
        expect(source.commit).toMatch(/^([0-9a-f]{40}|curated)$/);
        const folder = join(DATA_DIR, 'raw', source.path.split('/')[0]!);
        const provenance = readFileSync(join(folder, 'PROVENANCE.md'), 'utf8');
        // The PROVENANCE.md of the folder names the file and, for snapshots, the commit.
        expect(provenance).toContain(source.path.split('/').slice(1).join('/'));
        if (source.commit !== 'curated') expect(provenance).toContain(source.commit);
        expect(sha256(readFileSync(join(DATA_DIR, 'raw', source.path)))).toBe(source.sha256);
      }
      const rows = JSON.parse(built.files[`${name}.json`]!) as Record<string, unknown>[];
      expect(rows.length).toBe(built.metadata.rows);
      // Each dataset traces rows its own way: a raw row number, a cited URL, a named raw file and
      // row/run, or (for the estimates) the published dataset versions it was computed from.
      const inputs = definition.inputs.map((input) => input.path);
      const derivedFrom = (built.metadata.derived_from ?? []).map((d) => versionId(d.name, d.version));
      for (const row of rows) {
        if ('source_row' in row) expect(row.source_row).toBeGreaterThanOrEqual(2);
        else if ('source_url' in row) expect(String(row.source_url)).toMatch(/^https:\/\//);
        else if ('source' in row) expect(inputs.some((path) => String(row.source).startsWith(`${path} `))).toBe(true);
        else for (const id of String(row.datasets).split('; ')) expect(derivedFrom).toContain(id);
      }
    });
  },
);

describe('published versions', () => {
  const lock = readLock();

  it.each(publishedVersions().map(([name, version]) => [versionId(name, version), name, version] as const))(
    '%s: every file matches its metadata.json, and metadata.json the lock',
    (id, name, version) => {
      const files = readPublished(name, version)!;
      const metadata = JSON.parse(files['metadata.json']!) as DatasetMetadata;
      expect(metadata).toMatchObject({ name, version });
      expect(Object.keys(files).sort()).toEqual([...Object.keys(metadata.files), 'metadata.json'].sort());
      for (const [file, { sha256: expected, bytes }] of Object.entries(metadata.files)) {
        expect(sha256(files[file]!), `${id}/${file} changed after publication`).toBe(expected);
        expect(Buffer.byteLength(files[file]!)).toBe(bytes);
      }
      expect(lock[id], `${id} is not in data/versions.lock.json`).toBe(sha256(files['metadata.json']!));
      expect(publishedFileProblems(name, version, files, lock[id])).toEqual([]);
    },
  );

  it('are exactly the versions in data/CHANGELOG.md and in data/versions.lock.json', () => {
    expect(changelogVersions()).toEqual(publishedVersions());
    expect(Object.keys(lock).sort()).toEqual(
      publishedVersions()
        .map(([n, v]) => versionId(n, v))
        .sort(),
    );
  });

  it('include every version the code produces now', () => {
    const published = publishedVersions().map(([n, v]) => versionId(n, v));
    for (const d of datasetDefinitions) expect(published).toContain(versionId(d.name, d.version));
  });

  it('keep superseded versions: every version from 1 up to the current one is published', () => {
    for (const d of datasetDefinitions)
      for (let v = 1; v <= d.version; v++) expect(readPublished(d.name, v), `${d.name} v${v}`).toBeDefined();
  });

  it('would be published by `npm run data` without writing or refusing anything', () => {
    const plan = planPublication({
      built: builtAll,
      published: readPublishedDirectory,
      onDisk: publishedVersions(),
      lock,
    });
    expect(plan.errors).toEqual([]);
    expect(plan.writes).toEqual([]);
    expect(plan.lock).toEqual(lock);
  });

  it('read only published versions of other datasets, pinned by the sha256 in their metadata', () => {
    for (const d of datasetDefinitions) {
      for (const input of d.datasetInputs ?? []) {
        const metadata = JSON.parse(readPublished(input.name, input.version)!['metadata.json']!) as DatasetMetadata;
        expect(metadata.files[`${input.name}.csv`]!.sha256, `${d.name} reads ${input.name} v${input.version}`).toBe(
          input.sha256,
        );
      }
    }
  });
});
