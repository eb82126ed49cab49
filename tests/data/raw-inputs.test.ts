/**
 * Bad raw snapshots, as a contributor bumping a dataset to a new snapshot
 * would bring them (the definition's sha256 updated to match, so only the
 * loader stands between the file and the published version). Each case is a
 * fixture under fixtures/raw/ or a one-cell change to the real snapshot, and
 * the test asserts the exact one-line message: the RAW file, the line an
 * editor shows, the column and the value.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/data/build.ts';
import type { AnyDatasetDefinition } from '../../src/data/dataset.ts';
import { DatasetError } from '../../src/data/dataset-error.ts';
import { aiModels } from '../../src/data/datasets/ai-models.ts';
import { localDevices } from '../../src/data/datasets/local-devices.ts';
import { mlHardware } from '../../src/data/datasets/ml-hardware.ts';
import { trainingCosts } from '../../src/data/datasets/training-costs.ts';
import { readRawInputs } from '../../src/data/store.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/raw/${name}`, import.meta.url), 'utf8');
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Builds `definition` with one raw file replaced, its declared sha256 updated to match (a "new snapshot"). */
function buildWith(definition: AnyDatasetDefinition, path: string, text: string) {
  const bumped = {
    ...definition,
    inputs: definition.inputs.map((input) => (input.path === path ? { ...input, sha256: sha256(text) } : input)),
  };
  return () => buildDataset(bumped, { ...readRawInputs(definition), [path]: text });
}

/** The message thrown, checking it is a one-line DatasetError without a stack trace. */
function messageOf(build: () => unknown): string {
  try {
    build();
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    const e = error as DatasetError;
    expect(e.message).not.toMatch(/[\r\n]/);
    expect(e.stack).toBe(`DatasetError: ${e.message}`);
    return e.message;
  }
  throw new Error('the build did not stop');
}

const COSTS = 'epoch-training-cost-trends/model_costs.csv';
const DEVICES = 'local-devices/devices.csv';
const CHIPS = 'epoch-training-cost-trends/Chip dataset-Grid view.csv';
const NOTABLE = 'epoch-models-2026-02-mirror/Epoch Database - Notable Models.csv';
const real = (path: string) => readFileSync(new URL(`../../data/raw/${path}`, import.meta.url), 'utf8');
/** The real snapshot with one line changed. */
const withLine = (path: string, line: number, change: (text: string) => string) => {
  const lines = real(path).split('\n');
  const changed = change(lines[line - 1]!);
  expect(changed).not.toBe(lines[line - 1]);
  lines[line - 1] = changed;
  return lines.join('\n');
};

describe('raw snapshots the loader refuses', () => {
  it('a truncated model_costs.csv (50 of 82 rows, the last cost cut from 113502.8 to 11350)', () => {
    expect(messageOf(buildWith(trainingCosts, COSTS, fixture('model_costs-truncated.csv')))).toBe(
      'data/raw/epoch-training-cost-trends/model_costs.csv: has 50 data rows but its definition declares 82 (a truncated or padded file?)',
    );
  });

  it('text in a numeric cost column (once published as a blank cell)', () => {
    expect(messageOf(buildWith(trainingCosts, COSTS, fixture('model_costs-text-in-cost.csv')))).toBe(
      'data/raw/epoch-training-cost-trends/model_costs.csv:12: column "Hardware_Capex_Energy_Cost": expected a number (found "n/a")',
    );
  });

  it('an unparseable price (once dropped its row silently)', () => {
    const chips = real(CHIPS);
    const line = chips.split('\n').findIndex((l) => l.startsWith('NVIDIA GeForce RTX 2080,')) + 1;
    const text = withLine(CHIPS, line, (l) => l.replace('$699.00', '$69O.00'));
    expect(messageOf(buildWith(mlHardware, CHIPS, text))).toBe(
      `data/raw/${CHIPS}:${line}: column "Release price (USD)": expected a number (found "$69O.00")`,
    );
  });

  it('a bad cell named at its raw line, not the published row it would become', () => {
    expect(messageOf(buildWith(localDevices, DEVICES, fixture('devices-bad-cell.csv')))).toBe(
      'data/raw/local-devices/devices.csv:6: column "memory_gb": expected a number (found "128GB")',
    );
  });

  it('a value the schema refuses after the definition read it: still the raw line', () => {
    const text = withLine(DEVICES, 6, (l) => l.replace(',128,256,', ',-128,256,'));
    expect(messageOf(buildWith(localDevices, DEVICES, text))).toBe(
      'data/raw/local-devices/devices.csv:6: column "memory_gb": must be ≥ 0 (found "-128") (published as data/local-devices/v1/local-devices.csv, column "memory_gb")',
    );
  });

  it('an impossible date at its raw line, 13 (a row number would say 5; the published row says 1122)', () => {
    const text = withLine(NOTABLE, 13, (l) => l.replace(/,(\d{4})-\d{2}-\d{2},/, ',$1-02-30,'));
    expect(messageOf(buildWith(aiModels, NOTABLE, text))).toMatch(
      /^data\/raw\/epoch-models-2026-02-mirror\/Epoch Database - Notable Models\.csv:13: column "Publication date": is not a real calendar date \(found "\d{4}-02-30"\)$/,
    );
  });

  it('a dropped column (once a stack trace)', () => {
    expect(messageOf(buildWith(localDevices, DEVICES, fixture('devices-dropped-column.csv')))).toBe(
      'data/raw/local-devices/devices.csv:1: column "price_usd": missing column; the header is "device,vendor,year,memory_gb,memory_bandwidth_gb_s,source,so…" (68 characters)',
    );
  });

  it('a wrong delimiter (once a stack trace): the first quote that no longer fits', () => {
    expect(messageOf(buildWith(localDevices, DEVICES, fixture('devices-semicolons.csv')))).toBe(
      'data/raw/local-devices/devices.csv:2: column "field 1": a quote inside an unquoted field (found "GeForce RTX 3090;NVIDIA;2020;24;936;1499;\\"")',
    );
  });

  it('a repeated header line (once published as a row)', () => {
    expect(messageOf(buildWith(localDevices, DEVICES, fixture('devices-repeated-header.csv')))).toBe(
      'data/raw/local-devices/devices.csv:5: the header line is repeated (first on line 1)',
    );
  });

  it('a doubled byte-order mark', () => {
    expect(messageOf(buildWith(localDevices, DEVICES, fixture('devices-double-bom.csv')))).toBe(
      'data/raw/local-devices/devices.csv:1: the file starts with two byte-order marks',
    );
  });

  it('a 20 MiB field (once rendered into two 20 MB pages), without echoing it', () => {
    const text = withLine(DEVICES, 2, (l) => l.replace('GeForce RTX 3090', 'G'.repeat(20 * 1024 * 1024)));
    expect(messageOf(buildWith(localDevices, DEVICES, text))).toBe(
      'data/raw/local-devices/devices.csv: the file is larger than 16 MiB',
    );
    const field = withLine(DEVICES, 2, (l) => l.replace('GeForce RTX 3090', 'G'.repeat(100_000)));
    expect(messageOf(buildWith(localDevices, DEVICES, field))).toBe(
      `data/raw/local-devices/devices.csv:2: column "field 1": a field longer than 65,536 characters (found "${'G'.repeat(60)}…" (100,000 characters))`,
    );
  });

  it('an undeclared extra column', () => {
    const lines = real(DEVICES).trimEnd().split('\n');
    const text = `${lines.map((l, i) => `${l},${i === 0 ? 'notes' : ''}`).join('\n')}\n`;
    expect(messageOf(buildWith(localDevices, DEVICES, text))).toBe(
      'data/raw/local-devices/devices.csv:1: column "notes": unexpected column: declare it or remove it',
    );
  });

  it('a raw file whose bytes differ from the declared sha256', () => {
    const text = `${real(DEVICES)}\n`;
    expect(messageOf(() => buildDataset(localDevices, { ...readRawInputs(localDevices), [DEVICES]: text }))).toMatch(
      /^data\/raw\/local-devices\/devices\.csv: sha256 is [0-9a-f]{64}, but local-devices declares [0-9a-f]{64}: raw snapshots are verbatim and never edited$/,
    );
  });
});
