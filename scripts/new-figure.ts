/**
 * npm run new:figure -- <id>: scaffolds a figure that passes every check at
 * once: a model function with its test and @example (src/model/<id>.ts), the
 * spec and its first version (src/figures/<id>/figure.ts, v1.ts), and its
 * entry in src/figures/registry.ts. `npm run figures` then records its lock
 * entry and snapshot, as a draft until the lock is committed.
 * Refuses a malformed id or one that exists.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as prettier from 'prettier';
import { FIGURE_ID, addToRegistry, figureFiles } from '../src/authoring/figure-template.ts';

/** In the project's Prettier style, so `npm run lint` passes whatever the id's length. */
async function formatted(path: string, text: string): Promise<string> {
  return prettier.format(text, { ...(await prettier.resolveConfig(path)), filepath: path });
}

const REGISTRY = 'src/figures/registry.ts';
const id = process.argv[2];
if (!id || !FIGURE_ID.test(id)) {
  console.error('usage: npm run new:figure -- <id>   (lower-case words joined by hyphens, e.g. distill-retention)');
  process.exit(1);
}
const files = figureFiles(id, new Date().toISOString().slice(0, 10));
const registry = readFileSync(REGISTRY, 'utf8');
const taken = [`src/figures/${id}`, ...Object.keys(files)].find((path) => existsSync(path));
if (taken !== undefined || registry.includes(`'./${id}/`)) {
  console.error(`${taken ?? REGISTRY} already has a figure "${id}"; choose another id.`);
  process.exit(1);
}
const updated = await formatted(REGISTRY, addToRegistry(registry, id));
for (const [path, text] of Object.entries(files)) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, await formatted(path, text));
  console.log(`wrote ${path}`);
}
writeFileSync(REGISTRY, updated);
console.log(`added ${id} v1 to ${REGISTRY}

next:
  npm run figures   records its lock entry and snapshot (a draft until you commit the lock)
  npm exec -- vitest run --project unit src/model/${id}.test.ts tests/figures tests/model
  in an essay: <Figure id="${id}" /> (docs/authoring.md, section 7)`);
