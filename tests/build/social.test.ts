/**
 * Share cards: every page carries Open Graph and Twitter card tags with
 * absolute URLs on the site's address; each essay and each figure version has
 * its own 1200×630 PNG, and every image a page names exists with that size.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { figureVersions } from '../../src/figures/registry.ts';
import { SITE } from '../../src/site.ts';
import { SOCIAL_IMAGE, essayImagePath, figureImagePath } from '../../src/social/paths.ts';
import { metaContent } from '../support/page-meta.ts';
import { DIST, builtPages, essayPaths } from '../support/site-pages.ts';
import { pngSize } from '../support/page-meta.ts';

const htmlOf = (page: string) => readFileSync(join(DIST, page.endsWith('.html') ? page : `${page}index.html`), 'utf8');
const REQUIRED = ['og:title', 'og:description', 'og:type', 'og:url', 'og:image', 'og:image:alt', 'twitter:card'];

describe('Open Graph and Twitter cards', () => {
  const pages = builtPages();

  it('every page has the tags, with absolute URLs on SITE_URL', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const html = htmlOf(page);
      for (const key of REQUIRED) if (!metaContent(html, key)) problems.push(`${page}: no ${key}`);
      for (const key of ['og:url', 'og:image', 'twitter:image']) {
        const value = metaContent(html, key) ?? '';
        if (!value.startsWith(`${SITE.url}/`))
          problems.push(`${page}: ${key} "${value}" is not absolute on ${SITE.url}`);
      }
      if (metaContent(html, 'twitter:card') !== 'summary_large_image') problems.push(`${page}: twitter:card`);
    }
    expect(problems).toEqual([]);
  });

  it('every image a page names exists as a 1200×630 PNG', () => {
    const images = new Set(pages.map((page) => new URL(metaContent(htmlOf(page), 'og:image')!).pathname));
    expect(images.size).toBeGreaterThan(20);
    for (const image of images) {
      const file = join(DIST, image);
      expect(existsSync(file), image).toBe(true);
      expect(pngSize(readFileSync(file)), image).toEqual(SOCIAL_IMAGE);
    }
  });

  it('each essay shows its own card, as an article', () => {
    for (const page of essayPaths()) {
      const html = htmlOf(page);
      expect(metaContent(html, 'og:image')).toBe(`${SITE.url}${essayImagePath(page.split('/')[2]!)}`);
      expect(metaContent(html, 'og:type')).toBe('article');
      expect(metaContent(html, 'og:url')).toBe(`${SITE.url}${page}`);
    }
  });

  it('each figure version shows its own card, and the latest alias shows the latest version', () => {
    for (const spec of figureVersions) {
      const image = `${SITE.url}${figureImagePath(spec.id, spec.version)}`;
      expect(metaContent(htmlOf(`/figures/${spec.id}/v${spec.version}/`), 'og:image')).toBe(image);
      expect(metaContent(htmlOf(`/figures/${spec.id}/v${spec.version}/`), 'og:title')).toBe(spec.title);
    }
    const latest = new Map(figureVersions.map((spec) => [spec.id, spec]));
    for (const [id, spec] of latest)
      expect(metaContent(htmlOf(`/figures/${id}/`), 'og:image')).toBe(
        `${SITE.url}${figureImagePath(id, spec.version)}`,
      );
  });
});
