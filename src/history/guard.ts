/**
 * What was published serves the same bytes forever: the check `npm run build`
 * makes before it writes a page (see ./integration.ts), also run by the tests.
 * - every published dataset version listed in data/versions.lock.json is on
 *   disk, its metadata.json hashes as the lock records, and every file hashes
 *   as its metadata.json records (and nothing unlisted sits beside them);
 * - every figure version in src/figures/figures.lock.json is registered; a
 *   frozen version's committed files (figure.svg, data.csv, params.json) and
 *   its rasterised figure.png hash as the lock records; the latest version
 *   of each figure still renders to the SVG and CSV its permalink advertises;
 * - no published entry of either lock differs from what the commit that
 *   published it recorded (./history-check.ts), so a file rewritten together
 *   with its lock entry is caught too.
 * Node only (reads the disk).
 */
import { figureVersions } from '../figures/registry.ts';
import { publishedFileProblems } from '../data/publish.ts';
import { readLock as readDataLock, publishedVersions, readPublishedDirectory } from '../data/store.ts';
import { versionDirectory } from '../data/dataset.ts';
import { checkFigureLock } from '../figures/publishing/lock.ts';
import {
  ROOT,
  figureDataFromDisk,
  publishedAtHead,
  readFrozen,
  readLock as readFigureLock,
  renderContextFromDisk,
} from '../figures/publishing/lock-files.ts';
import { svgToPng } from '../figures/publishing/png.ts';
import { sha256 } from './provenance.ts';
import { lockHistoryCheck } from './history-check.ts';
import { notInLockMessage } from '../figures/publishing/lock.ts';

/** Problems with published dataset versions; empty when every byte is as published. */
export function datasetHistoryProblems(): string[] {
  const lock = readDataLock();
  const problems: string[] = [];
  for (const id of Object.keys(lock)) {
    const match = /^(.+) v(\d+)$/.exec(id);
    if (!match) {
      problems.push(`data/versions.lock.json: "${id}" is not "<name> v<N>"`);
      continue;
    }
    const [, name, version] = match as unknown as [string, string, string];
    const directory = versionDirectory(name, Number(version));
    const files = readPublishedDirectory(directory);
    if (files === undefined) {
      problems.push(
        `data/${directory}/ is gone, but data/versions.lock.json lists ${id}: a published version is served forever; restore it from git.`,
      );
      continue;
    }
    problems.push(...publishedFileProblems(name, Number(version), files, lock[id]));
  }
  for (const [name, version] of publishedVersions()) {
    if (!(`${name} v${version}` in lock)) {
      const files = readPublishedDirectory(versionDirectory(name, version)) ?? {};
      problems.push(...publishedFileProblems(name, version, files, undefined));
    }
  }
  return problems;
}

/** Problems with published figure versions; empty when each serves what its permalink advertises. */
export function figureHistoryProblems(): string[] {
  const lock = readFigureLock();
  const isPublished = publishedAtHead();
  const checked = checkFigureLock(
    figureVersions,
    lock,
    readFrozen,
    renderContextFromDisk(),
    figureDataFromDisk,
    isPublished,
  );
  const { problems, toFreeze } = checked;
  const all = [...problems];
  for (const key of Object.keys(checked.lock.figures)) {
    const recorded = lock.figures[key];
    const now = checked.lock.figures[key];
    if (isPublished(key) || !now) continue;
    if (!recorded) all.push(notInLockMessage(key));
    else if (JSON.stringify(recorded.outputs) !== JSON.stringify(now.outputs))
      all.push(
        `${key} is a draft (not in the lock at git HEAD) whose files changed since \`npm run figures\` recorded it: run \`npm run figures\` again.`,
      );
  }
  for (const key of Object.keys(toFreeze))
    all.push(`${key} is superseded but not frozen: run \`npm run figures\` to freeze it before publishing.`);
  for (const [key, record] of Object.entries(lock.figures)) {
    const png = record.frozenFiles?.['figure.png'];
    const frozen = record.frozen ? readFrozen(key) : undefined;
    if (png === undefined || frozen === undefined) continue;
    if (sha256(svgToPng(frozen['figure.svg'])) !== png)
      all.push(
        `${key}: figure.png rendered from the frozen SVG does not match its lock entry (a changed renderer or font?). Frozen files must never change.`,
      );
  }
  return all;
}

/** Every problem with published history, and a note on how much git history was read. */
export function publishedHistory(): { problems: string[]; note: string } {
  const history = lockHistoryCheck(ROOT);
  // Figures are drawn from the published datasets: check them only once those are whole, so a
  // vanished dataset is reported as such rather than as a file a figure could not read.
  const datasets = datasetHistoryProblems();
  const files = datasets.length > 0 ? datasets : figureHistoryProblems();
  return { problems: [...history.problems, ...files], note: history.note };
}

export function publishedHistoryProblems(): string[] {
  return publishedHistory().problems;
}
