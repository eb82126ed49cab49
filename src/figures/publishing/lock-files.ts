/**
 * The figure lock on disk: reading and writing the lock, the frozen files and
 * the model sources with node:fs. Used by `npm run figures` and the tests,
 * never by pages (those read through import.meta.glob).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnyFigureSpec, FigureData } from '../spec.ts';
import { SITE } from '../../site.ts';
import { FROZEN_FILES, renderFigureArtifacts, type FigureArtifacts, type RenderContext } from './artifacts.ts';
import { EMPTY_LOCK, serializeLock, type FigureLock } from './lock.ts';
import { hashSources, isModelSource } from '../../history/provenance.ts';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const LOCK_PATH = join(ROOT, 'src/figures/figures.lock.json');
export const FROZEN_DIR = join(ROOT, 'src/figures/frozen');

function walk(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(directory, entry.name)) : [join(directory, entry.name)],
  );
}

/** sha256 of the model source as the site computes it (src/figures/publishing/model-sources.ts). */
export function modelSourceSha256FromDisk(): string {
  const files = walk(join(ROOT, 'src/model'))
    .map((path) => relative(ROOT, path).split('\\').join('/'))
    .filter(isModelSource);
  return hashSources(Object.fromEntries(files.map((path) => [path, readFileSync(join(ROOT, path), 'utf8')])));
}

export function readLock(): FigureLock {
  return existsSync(LOCK_PATH) ? (JSON.parse(readFileSync(LOCK_PATH, 'utf8')) as FigureLock) : EMPTY_LOCK;
}

export function writeLock(lock: FigureLock): void {
  writeFileSync(LOCK_PATH, serializeLock(lock));
}

/** Frozen files of a version ("id/vN"), or undefined when it is not frozen. */
export function readFrozen(key: string): FigureArtifacts | undefined {
  const directory = join(FROZEN_DIR, key);
  if (!existsSync(directory)) return undefined;
  return Object.fromEntries(
    FROZEN_FILES.map((file) => [file, readFileSync(join(directory, file), 'utf8')]),
  ) as FigureArtifacts;
}

export function writeFrozen(key: string, artifacts: FigureArtifacts): void {
  const directory = join(FROZEN_DIR, key);
  mkdirSync(directory, { recursive: true });
  for (const file of FROZEN_FILES) writeFileSync(join(directory, file), artifacts[file]);
}

export function siteVersion(): string {
  return (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Rows of every dataset version a figure reads, from its published JSON under data/. */
export function figureDataFromDisk(spec: AnyFigureSpec): FigureData {
  return Object.fromEntries(
    spec.datasets.map((d) => [
      d.name,
      JSON.parse(readFileSync(join(ROOT, 'data', d.name, `v${d.version}`, `${d.name}.json`), 'utf8')) as unknown[],
    ]),
  );
}

/** What a figure renders against, read from disk: the model's source hash, the site's address and version. */
export function renderContextFromDisk(): RenderContext {
  return { modelSourceSha256: modelSourceSha256FromDisk(), site: SITE.url, siteVersion: siteVersion() };
}

/**
 * Whether a frozen version's spec, rendered today at its defaults, gives its frozen SVG and CSV
 * byte for byte (as the site decides with frozen-views.ts): then it may draw readers' views.
 */
export function reproducesFrozenFromDisk(spec: AnyFigureSpec): boolean {
  const frozen = readFrozen(`${spec.id}/v${spec.version}`);
  if (!frozen) return false;
  const now = renderFigureArtifacts(spec, renderContextFromDisk(), figureDataFromDisk(spec));
  return now['figure.svg'] === frozen['figure.svg'] && now['data.csv'] === frozen['data.csv'];
}
