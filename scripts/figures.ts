/**
 * npm run figures: renders every version of every figure, checks each against
 * the figure lock, freezes superseded versions and records the lock.
 * A superseded version that today's code no longer draws as published is
 * frozen from git HEAD, if those bytes match the lock (freeze-from-git.ts).
 * Refuses (exit 1) when a published version's output would change, saying
 * what to do. A draft (a version not in the lock at git HEAD) is re-recorded
 * freely, and its SVG snapshot (tests/figures/snapshots/) written with it; a
 * new version's snapshot is written the first time.
 */
import { figureVersions } from '../src/figures/registry.ts';
import { svgToPng } from '../src/figures/publishing/png.ts';
import { writeSnapshots } from '../src/figures/publishing/snapshots.ts';
import { sha256 } from '../src/history/provenance.ts';
import { freezeFromGit } from '../src/figures/publishing/freeze-from-git.ts';
import { checkFigureLock, sameLock } from '../src/figures/publishing/lock.ts';
import {
  LOCK_PATH,
  ROOT,
  figureDataFromDisk,
  publishedAtHead,
  renderContextFromDisk,
  readFrozen,
  readLock,
  writeFrozen,
  writeLock,
} from '../src/figures/publishing/lock-files.ts';

const before = readLock();
const context = renderContextFromDisk();
const isPublished = publishedAtHead();
const check = checkFigureLock(figureVersions, before, readFrozen, context, figureDataFromDisk, isPublished);
const history = freezeFromGit(ROOT, check.toFreezeFromHistory, before.figures);
const problems = [...check.problems, ...history.problems];

if (problems.length > 0) {
  console.error(`npm run figures: ${problems.length} problem(s); nothing written.\n`);
  for (const problem of problems) console.error(`  ✗ ${problem}`);
  process.exit(1);
}
for (const [key, artifacts] of Object.entries(history.frozen)) {
  writeFrozen(key, artifacts);
  console.log(`froze ${key} (superseded) from git HEAD: its files hash as the lock records`);
}
for (const [key, artifacts] of Object.entries(check.toFreeze)) {
  writeFrozen(key, artifacts);
  console.log(`froze ${key} (superseded): its permalink now serves the committed files`);
}
const { lock } = check;
// A version frozen from git HEAD gets the same record as one frozen from today's render: its params.json sha256.
for (const [key, artifacts] of Object.entries(history.frozen)) {
  const record = lock.figures[key];
  if (record) record.frozenFiles = { ...record.frozenFiles, 'params.json': sha256(artifacts['params.json']) };
}
// A frozen version's PNG is rasterised from its frozen SVG at build: record its bytes once, so the build can check them.
for (const [key, record] of Object.entries(lock.figures)) {
  const svg =
    (check.toFreeze[key] ?? history.frozen[key])?.['figure.svg'] ??
    (record.frozen ? readFrozen(key)?.['figure.svg'] : undefined);
  if (svg !== undefined && record.frozenFiles?.['figure.png'] === undefined)
    record.frozenFiles = { ...record.frozenFiles, 'figure.png': sha256(svgToPng(svg)) };
}
if (!sameLock(before, lock)) writeLock(lock);
for (const written of writeSnapshots(figureVersions, isPublished)) console.log(`wrote snapshot ${written}`);

console.log(`${'figure'.padEnd(28)} ${'status'.padEnd(8)} ${'figure.svg'.padEnd(14)} data.csv`);
for (const [key, record] of Object.entries(lock.figures)) {
  const status = !isPublished(key) ? 'draft' : record.frozen ? 'frozen' : 'latest';
  console.log(
    `${key.padEnd(28)} ${status.padEnd(8)} ${record.outputs['figure.svg'].slice(0, 12)}… ${record.outputs['data.csv'].slice(0, 12)}…`,
  );
}
console.log(sameLock(before, lock) ? `\n${LOCK_PATH}: unchanged` : `\n${LOCK_PATH}: updated`);
