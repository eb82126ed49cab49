/**
 * npm run figures: renders every version of every figure, checks each against
 * the figure lock, freezes superseded versions and records the lock.
 * Refuses (exit 1) when a published version's output would change.
 */
import { figureVersions } from '../src/figures/registry.ts';
import { svgToPng } from '../src/lib/figure-png.ts';
import { sha256 } from '../src/lib/provenance.ts';
import { checkFigureLock, sameLock } from '../src/lib/figure-lock.ts';
import {
  LOCK_PATH,
  figureDataFromDisk,
  renderContextFromDisk,
  readFrozen,
  readLock,
  writeFrozen,
  writeLock,
} from '../src/lib/figure-lock-files.ts';

const before = readLock();
const context = renderContextFromDisk();
const { problems, lock, toFreeze } = checkFigureLock(figureVersions, before, readFrozen, context, figureDataFromDisk);

if (problems.length > 0) {
  console.error(`npm run figures: ${problems.length} problem(s); nothing written.\n`);
  for (const problem of problems) console.error(`  ✗ ${problem}`);
  process.exit(1);
}
for (const [key, artifacts] of Object.entries(toFreeze)) {
  writeFrozen(key, artifacts);
  console.log(`froze ${key} (superseded): its permalink now serves the committed files`);
}
// A frozen version's PNG is rasterised from its frozen SVG at build: record its bytes once, so the build can check them.
for (const [key, record] of Object.entries(lock.figures)) {
  const svg = toFreeze[key]?.['figure.svg'] ?? (record.frozen ? readFrozen(key)?.['figure.svg'] : undefined);
  if (svg !== undefined && record.frozenFiles?.['figure.png'] === undefined)
    record.frozenFiles = { ...record.frozenFiles, 'figure.png': sha256(svgToPng(svg)) };
}
if (!sameLock(before, lock)) writeLock(lock);

console.log(`${'figure'.padEnd(28)} ${'status'.padEnd(8)} ${'figure.svg'.padEnd(14)} data.csv`);
for (const [key, record] of Object.entries(lock.figures)) {
  const status = record.frozen ? 'frozen' : 'latest';
  console.log(
    `${key.padEnd(28)} ${status.padEnd(8)} ${record.outputs['figure.svg'].slice(0, 12)}… ${record.outputs['data.csv'].slice(0, 12)}…`,
  );
}
console.log(sameLock(before, lock) ? `\n${LOCK_PATH}: unchanged` : `\n${LOCK_PATH}: updated`);
