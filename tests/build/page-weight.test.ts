/**
 * What a reader who only reads downloads (issue 21: LCP), in the built pages: one stylesheet link, each live
 * figure's drawing inline once (the wide one a file fetched on a wide screen), data tables in essays as files
 * fetched when opened with a link to the data for a reader without JavaScript, and no font preloaded.
 * Sizes and timings are the bench's (npm run bench), not this file's.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRELOADED_FONTS } from '../../src/fonts/site-fonts.ts';
import { essayPaths } from '../support/site-pages.ts';

const dist = new URL('../../dist/', import.meta.url).pathname;
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
/** Each live figure host's markup on a page. */
const liveFigures = (html: string) => html.split('<live-figure').slice(1);

it('links one stylesheet on every page, and it exists', () => {
  expect(pages.length).toBeGreaterThan(20);
  for (const page of pages) {
    const links = [...read(page).matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => match[1]!);
    expect(links.length, page).toBeLessThanOrEqual(1);
    for (const href of links) expect(existsSync(join(dist, href)), `${page}: ${href}`).toBe(true);
  }
});

describe.each(essayPaths())('%s', (path) => {
  const html = read(join(path, 'index.html'));

  it('inlines each live figure drawing once, and its wide drawing is a file of the same figure', () => {
    const figures = liveFigures(html);
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures) {
      const id = /data-figure="([^"]+)"/.exec(figure)![1]!;
      const plot = figure.slice(figure.indexOf('data-plot'), figure.indexOf('</live-figure>'));
      expect(plot.match(/<div class="figure-plot-variant"/g), id).toHaveLength(1);
      const wide = /data-wide="([^"]+\.svg)"/.exec(figure)?.[1];
      expect(wide, id).toBeDefined();
      const file = read(wide!);
      expect(file, id).toMatch(/^<svg[^>]*viewBox="0 0 640 /);
      // The box on the page holds exactly the wide drawing's proportions, so nothing moves when it arrives.
      const viewBox = /viewBox="([^"]+)"/.exec(file)![1];
      expect(figure, id).toContain(`<svg class="figure-plot-box" viewBox="${viewBox}" aria-hidden="true"`);
    }
  });

  it('fetches each data table when opened, and links the data for a reader without JavaScript', () => {
    for (const figure of liveFigures(html)) {
      const id = /data-figure="([^"]+)"/.exec(figure)![1]!;
      const table = figure.slice(figure.indexOf('<details class="figure-table"'));
      expect(table.slice(0, table.indexOf('</details>')), id).not.toContain('<table');
      const src = /data-table-src="([^"]+\.table\.txt)"/.exec(table)?.[1];
      expect(src, id).toBeDefined();
      expect(read(src!), id).toMatch(/^<div class="table-scroll"[^>]*><table><thead>.*<tbody data-table-body><tr>/);
      const csv = /<a href="(\/figures\/[^"]+\/data\.csv)"/.exec(table)?.[1];
      expect(csv && existsSync(join(dist, csv)), `${id}: ${csv}`).toBe(true);
    }
  });

  it('preloads no font, so the first paint waits only for the page and its one stylesheet (site-fonts.ts says why)', () => {
    expect(PRELOADED_FONTS).toEqual([]);
    expect(html).not.toMatch(/<link rel="preload"[^>]* as="font"/);
    expect(html).toMatch(/<link rel="stylesheet" href="\/_astro\/page\.[0-9a-f]+\.css">/);
  });
});

it('keeps the data table inline on a figure’s own page', () => {
  const html = read('figures/meek-loss-gap/index.html');
  expect(html).toContain('<tbody data-table-body><tr>');
  expect(html).not.toContain('data-table-src');
});

it("ships none of the registry's build-time words in any script, the band's Web Worker included", () => {
  // The slim registry (src/bundling/slim-browser-modules.ts) reaches workers only through vite.worker.plugins: the
  // band worker once carried every note, verbatim quote and published interval (5.8 KB gzip of its 10.1 KB).
  const scripts = readdirSync(join(dist, '_astro')).filter((file) => file.endsWith('.js'));
  expect(scripts.some((file) => file.startsWith('band-worker'))).toBe(true);
  // An entry's field, as JSON or as a minified object literal: {…,published:{…} or "quote":"…".
  const field = /[{,]"?(published|quote|assumption)"?:/;
  expect('{id:`a`,published:{low:1}}').toMatch(field);
  for (const file of scripts) expect(read(join('_astro', file)), file).not.toMatch(field);
});
