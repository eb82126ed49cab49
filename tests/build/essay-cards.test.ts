/**
 * The home page and the essay list give each essay's thesis, from its frontmatter, under its title, and its lead
 * figure drawn for the card.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';

const essays = readdirSync('src/content/essays')
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => {
    const frontmatter = readFileSync(join('src/content/essays', name), 'utf8').split(/^---$/m)[1]!;
    const field = (key: string) => new RegExp(`^${key}:\\s*"?(.+?)"?\\s*$`, 'm').exec(frontmatter)?.[1];
    return { name, title: field('title'), thesis: field('thesis'), draft: field('draft') === 'true' };
  })
  .filter((essay) => !essay.draft);

describe.each(['index.html', 'essays/index.html'])('dist/%s', (page) => {
  const { document } = parseHTML(readFileSync(join('dist', page), 'utf8'));
  const cards = [...document.querySelectorAll('.essay-card')].map((card) => ({
    title: card.querySelector('.essay-card-title')?.textContent?.trim(),
    thesis: card.querySelector('.essay-card-thesis')?.textContent?.trim(),
  }));

  it.each(essays.map((essay) => [essay.name, essay] as const))('%s: shows its thesis under its title', (_, essay) => {
    expect(essay.thesis, `${essay.name} has no thesis in its frontmatter`).toBeDefined();
    expect(cards).toContainEqual({ title: essay.title, thesis: essay.thesis });
  });

  it('draws each lead figure for the card (320 px wide, inline so it takes the theme), not a scaled chart', () => {
    for (const card of document.querySelectorAll('.essay-card')) {
      const svg = card.querySelector('.essay-card-thumbnail svg');
      expect(svg, card.querySelector('.essay-card-title')?.textContent ?? '').not.toBeNull();
      expect(svg!.getAttribute('viewBox')).toMatch(/^0 0 320 \d+(\.\d+)?$/);
      expect(card.querySelector('.essay-card-figure img')).toBeNull();
    }
  });
});
