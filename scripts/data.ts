/**
 * npm run data: raw snapshots → derived datasets. Each dataset is a pure
 * function of its declared inputs. Everything is built and checked in memory
 * first; if any dataset fails to build, or a published version would change,
 * nothing is written. New versions are then written whole, and recorded in
 * data/versions.lock.json.
 */
import { DatasetError } from '../src/data/dataset-error.ts';
import { planPublication } from '../src/data/publish.ts';
import { datasetDefinitions } from '../src/data/registry.ts';
import {
  buildAllFromDisk,
  publishedVersions,
  readLock,
  readPublishedDirectory,
  writeLock,
  writeVersion,
} from '../src/data/store.ts';

let built;
try {
  built = buildAllFromDisk(datasetDefinitions);
} catch (error) {
  if (!(error instanceof DatasetError)) throw error;
  console.error(`npm run data: ${error.message}\nNothing was written.`);
  process.exit(1);
}

const plan = planPublication({
  built,
  published: readPublishedDirectory,
  onDisk: publishedVersions(),
  lock: readLock(),
});
for (const message of plan.messages) console.log(message);
if (plan.errors.length > 0) {
  for (const error of plan.errors) console.error(`error: ${error}`);
  console.error('Nothing was written.');
  process.exit(1);
}
for (const version of plan.writes) writeVersion(version);
writeLock(plan.lock);
