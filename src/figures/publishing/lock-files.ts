/**
 * The figure lock on disk: reading and writing the lock, the frozen files and
 * the model sources a figure imports with node:fs. Used by `npm run figures` and the tests,
 * never by pages (those read through import.meta.glob).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnyFigureSpec, FigureData } from '../spec.ts';
import { SITE } from '../../site.ts';
import { FROZEN_FILES, renderFigureArtifacts, type FigureArtifacts, type RenderContext } from './artifacts.ts';
import { EMPTY_LOCK, serializeLock, type FigureLock } from './lock.ts';
import { figureModelSha256 } from './import-graph.ts';
import { fileAtHead, hasGitHistory } from '../../history/git.ts';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
/** The figure lock's path in the repository. */
export const LOCK_FILE = 'src/figures/figures.lock.json';
export const LOCK_PATH = join(ROOT, LOCK_FILE);
export const FROZEN_DIR = join(ROOT, 'src/figures/frozen');

/** A repository file's text, or undefined when there is none (the import graph's reader). */
export function readSourceFromDisk(path: string): string | undefined {
  const file = join(ROOT, path);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** sha256 of the model files a figure version imports, read from disk (see figureModelSha256). */
export function figureModelSha256FromDisk(spec: AnyFigureSpec): string {
  return figureModelSha256(spec, readSourceFromDisk);
}

export function readLock(): FigureLock {
  return existsSync(LOCK_PATH) ? (JSON.parse(readFileSync(LOCK_PATH, 'utf8')) as FigureLock) : EMPTY_LOCK;
}

/**
 * Whether a version is published: its entry is in the lock at git HEAD. A version recorded only in the
 * working tree is a draft, re-recorded freely. Outside a repository every recorded version counts as published.
 */
export function publishedAtHead(): (key: string) => boolean {
  const text = hasGitHistory(ROOT) ? fileAtHead(ROOT, LOCK_FILE) : undefined;
  if (text === undefined) {
    if (hasGitHistory(ROOT)) return () => false;
    const all = new Set(Object.keys(readLock().figures));
    return (key) => all.has(key);
  }
  const head = new Set(Object.keys((JSON.parse(text) as FigureLock).figures));
  return (key) => head.has(key);
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

/** What a figure renders against, read from disk: its model files' hash, the site's address and version. */
export function renderContextFromDisk(): RenderContext {
  const hashes = new Map<string, string>();
  const modelSha256Of = (spec: AnyFigureSpec) => {
    const key = `${spec.id}/v${spec.version}`;
    if (!hashes.has(key)) hashes.set(key, figureModelSha256FromDisk(spec));
    return hashes.get(key)!;
  };
  return { modelSha256Of, site: SITE.url, siteVersion: siteVersion() };
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
