/**
 * Versioning rules: `npm run data` is deterministic; a published version's
 * files never change (sha256 in metadata.json); every version has a CHANGELOG
 * entry and every entry a version; every derived row traces to a raw file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset, versionDirectory, type DatasetMetadata } from '../../src/data/build.ts';
import { DatasetError } from '../../src/data/dataset-error.ts';
import { datasetDefinitions } from '../../src/data/registry.ts';
import {
  DATA_DIR,
  buildFromDisk,
  changelogVersions,
  compareWithPublished,
  publishedVersions,
  readPublished,
  readRawInputs,
} from '../../src/data/store.ts';
import { sha256 } from '../../src/lib/provenance.ts';

describe.each(datasetDefinitions.map((d) => [d.name, d] as const))('%s', (name, definition) => {
  const built = buildFromDisk(definition);

  it('builds the same bytes twice', () => {
    expect(buildFromDisk(definition).files).toEqual(built.files);
  });

  it('matches its published version byte for byte (else: new version + CHANGELOG entry)', () => {
    const published = readPublished(name, definition.version);
    expect(
      published,
      `data/${versionDirectory(name, definition.version)} is not published: run npm run data`,
    ).toBeDefined();
    expect(compareWithPublished(built, published!)).toEqual([]);
  });

  it('refuses a raw input that is not byte-identical to the declared snapshot', () => {
    const raw = readRawInputs(definition);
    const [first] = definition.inputs;
    const tampered = { ...raw, [first!.path]: Buffer.concat([raw[first!.path]!, Buffer.from('\n')]) };
    expect(() => buildDataset(definition, tampered)).toThrow(DatasetError);
    expect(() => buildDataset(definition, tampered)).toThrow(/raw snapshots are verbatim/);
  });

  it('traces every row to a raw file and commit', () => {
    for (const input of definition.inputs) {
      expect(input.commit).toMatch(/^([0-9a-f]{40}|curated)$/);
      expect(
        readFileSync(join(DATA_DIR, 'raw', input.path.split('/')[0]!, 'PROVENANCE.md'), 'utf8').length,
      ).toBeGreaterThan(100);
    }
    const rows = JSON.parse(built.files[`${name}.json`]!) as Record<string, unknown>[];
    expect(rows.length).toBe(built.metadata.rows);
    // Each dataset traces rows its own way: a raw row number, a cited URL, or a named raw file and row/run.
    const inputs = definition.inputs.map((input) => input.path);
    for (const row of rows) {
      if ('source_row' in row) expect(row.source_row).toBeGreaterThanOrEqual(2);
      else if ('source_url' in row) expect(String(row.source_url)).toMatch(/^https:\/\//);
      else expect(inputs.some((path) => String(row.source).startsWith(`${path} `))).toBe(true);
    }
  });
});

describe('published versions', () => {
  it.each(publishedVersions().map(([name, version]) => [`${name} v${version}`, name, version] as const))(
    '%s: every file matches the sha256 in its metadata.json',
    (_, name, version) => {
      const files = readPublished(name, version)!;
      const metadata = JSON.parse(files['metadata.json']!) as DatasetMetadata;
      expect(metadata).toMatchObject({ name, version });
      expect(Object.keys(files).sort()).toEqual([...Object.keys(metadata.files), 'metadata.json'].sort());
      for (const [file, { sha256: expected, bytes }] of Object.entries(metadata.files)) {
        expect(sha256(files[file]!), `${name} v${version}/${file} changed after publication`).toBe(expected);
        expect(Buffer.byteLength(files[file]!)).toBe(bytes);
      }
    },
  );

  it('are exactly the versions in data/CHANGELOG.md', () => {
    expect(changelogVersions()).toEqual(publishedVersions());
  });

  it('include every version the code produces now', () => {
    const published = publishedVersions().map(([n, v]) => `${n} v${v}`);
    for (const d of datasetDefinitions) expect(published).toContain(`${d.name} v${d.version}`);
  });
});
