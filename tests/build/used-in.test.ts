/** Figure permalinks say where the figure is used: each essay that embeds it, linked to the figure in place. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { figureUses } from '../../src/essays/figure-uses.ts';
import { figureVersions } from '../../src/figures/registry.ts';

const root = new URL('../../', import.meta.url).pathname;
const dist = join(root, 'dist');
const essaysDir = join(root, 'src/content/essays');
const page = (path: string) => parseHTML(readFileSync(join(dist, path, 'index.html'), 'utf8')).document;

const essays = readdirSync(essaysDir)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => ({ slug: name.replace(/\.mdx$/, ''), body: readFileSync(join(essaysDir, name), 'utf8') }))
  .filter(({ body }) => !/^draft:\s*true\s*$/m.test(body.split(/^---$/m)[1] ?? ''));

describe.each(figureVersions.map((spec) => [`${spec.id} v${spec.version}`, spec] as const))('%s', (_, spec) => {
  const using = essays.filter(({ body }) => figureUses(body).some((use) => use.id === spec.id));

  it('lists every essay that embeds the figure, linked to the figure in place', () => {
    const section = page(`figures/${spec.id}/v${spec.version}`).querySelector('section.used-in');
    if (using.length === 0) {
      expect(section).toBeNull();
      return;
    }
    const links = [...section!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toHaveLength(using.length);
    for (const { slug, body } of using) {
      const label = figureUses(body).find((use) => use.id === spec.id)!.label;
      const href = `/essays/${slug}/${label ? `#${label}` : ''}`;
      expect(links).toContain(href);
      if (label) expect(page(`essays/${slug}`).getElementById(label)?.getAttribute('data-figure')).toBe(spec.id);
    }
  });
});

it('every essay figure is listed somewhere (the test above is not vacuous)', () => {
  expect(essays.flatMap(({ body }) => figureUses(body)).length).toBeGreaterThanOrEqual(16);
});
