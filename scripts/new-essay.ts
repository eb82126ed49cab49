/**
 * npm run new:essay -- <slug>: writes src/content/essays/<slug>.mdx, an essay
 * that builds at once and uses every feature once (see docs/authoring.md).
 * Refuses a malformed slug or an existing file.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { SLUG, essayTemplate } from '../src/authoring/essay-template.ts';

const slug = process.argv[2];
if (!slug || !SLUG.test(slug)) {
  console.error('usage: npm run new:essay -- <slug>   (lower-case words joined by hyphens, e.g. open-weights)');
  process.exit(1);
}
const path = `src/content/essays/${slug}.mdx`;
if (existsSync(path)) {
  console.error(`${path} exists already; choose another slug.`);
  process.exit(1);
}
writeFileSync(path, essayTemplate(slug, new Date().toISOString().slice(0, 10)));
console.log(`wrote ${path}\npreview it: npm run dev, then open http://localhost:4321/essays/${slug}/`);
