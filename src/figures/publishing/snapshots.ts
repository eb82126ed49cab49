/**
 * The SVG snapshots the tests compare (tests/figures/snapshots/<id>-v<N>.svg):
 * `npm run figures` writes a new version's snapshot, and rewrites a draft's,
 * so an author records a figure and its snapshot with one command. A published
 * version's snapshot is never rewritten here (its test says what changed).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderFigureSvg } from '../render-static.ts';
import { defaultParams, type AnyFigureSpec } from '../spec.ts';
import { figureKey } from '../paths.ts';
import { ROOT, figureDataFromDisk, readFrozen } from './lock-files.ts';

export const SNAPSHOT_DIR = 'tests/figures/snapshots';

/** A version's snapshot file, relative to the repository root. */
export function snapshotFile(spec: AnyFigureSpec): string {
  return `${SNAPSHOT_DIR}/${spec.id}-v${spec.version}.svg`;
}

/** The SVG a version's snapshot holds: its frozen figure.svg, or its spec drawn at its defaults. */
export function snapshotSvg(spec: AnyFigureSpec): string {
  return (
    readFrozen(figureKey(spec))?.['figure.svg'] ??
    `${renderFigureSvg(spec, defaultParams(spec), figureDataFromDisk(spec))}\n`
  );
}

/** Writes the snapshots of new and draft versions whose bytes differ; returns the files written. */
export function writeSnapshots(specs: readonly AnyFigureSpec[], isPublished: (key: string) => boolean): string[] {
  const written: string[] = [];
  for (const spec of specs) {
    const file = join(ROOT, snapshotFile(spec));
    const exists = existsSync(file);
    if (exists && isPublished(figureKey(spec))) continue;
    const svg = snapshotSvg(spec);
    if (exists && readFileSync(file, 'utf8') === svg) continue;
    writeFileSync(file, svg);
    written.push(snapshotFile(spec));
  }
  return written;
}
