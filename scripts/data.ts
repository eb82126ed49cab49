/**
 * npm run data: raw snapshots → derived datasets. Each dataset is a pure
 * function of its declared inputs. A new version is written; a published
 * version is only checked: if its bytes would change the run stops, because a
 * change needs a new version and a CHANGELOG entry.
 */
import { datasetDefinitions } from '../src/data/registry.ts';
import { buildFromDisk, compareWithPublished, readPublished, writeVersion } from '../src/data/store.ts';
import { versionDirectory } from '../src/data/build.ts';

let failed = false;
for (const definition of datasetDefinitions) {
  const built = buildFromDisk(definition);
  const where = `data/${versionDirectory(definition.name, definition.version)}`;
  const published = readPublished(definition.name, definition.version);
  if (!published) {
    writeVersion(built);
    console.log(
      `wrote ${where} (${built.metadata.rows} rows). Add "## ${definition.name} v${definition.version}" to data/CHANGELOG.md.`,
    );
    continue;
  }
  const changed = compareWithPublished(built, published);
  if (changed.length === 0) {
    console.log(`${where}: unchanged (${built.metadata.rows} rows)`);
  } else {
    failed = true;
    console.error(
      `${where} is published and would change (${changed.join(', ')}). Published versions never change: restore the code or inputs, or bump ${definition.name} to v${definition.version + 1} and add a CHANGELOG entry.`,
    );
  }
}
process.exit(failed ? 1 : 0);
