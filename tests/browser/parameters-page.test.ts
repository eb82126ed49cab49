/** /parameters/ in Chromium: readable on a 390 px phone (rows become cards, nothing scrolls sideways) and on a desktop. */

import { expect, it } from 'vitest';
import { PARAMETERS } from '../../src/model/parameters/index.ts';
import { useBuiltSite } from '../support/built-site.ts';

const site = useBuiltSite();

it('stacks each parameter into a card on a 390 px phone, without sideways scrolling', async () => {
  const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto(`${site.server.origin}/parameters/`);
  const layout = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    rowDisplay: getComputedStyle(document.querySelector('tbody tr')!).display,
    widest: Math.max(...[...document.querySelectorAll('tbody td')].map((td) => td.getBoundingClientRect().right)),
    label: getComputedStyle(document.querySelector('tbody td:nth-child(2)')!, '::before').content,
  }));
  expect(layout.scrollWidth).toBeLessThanOrEqual(390);
  expect(layout.rowDisplay).toBe('block');
  expect(layout.widest).toBeLessThanOrEqual(390);
  expect(layout.label).toContain('Default and source');
  // For a person reviewing the layout (test-results/ is not committed).
  await page.locator('#g_h').screenshot({ path: 'test-results/parameters-390-g_h.png' });
  await page.close();
});

it('shows the whole table on a desktop, in full rather than in a scroll box', async () => {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${site.server.origin}/parameters/`);
  const layout = await page.evaluate(() => ({
    rows: document.querySelectorAll('tbody tr').length,
    rowDisplay: getComputedStyle(document.querySelector('tbody tr')!).display,
    clipped: [...document.querySelectorAll('table')].some((t) => {
      const box = t.parentElement!;
      return box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1;
    }),
  }));
  await page.locator('#g_i').screenshot({ path: 'test-results/parameters-1280-g_i.png' });
  expect(layout.rows).toBe(PARAMETERS.length);
  expect(layout.rowDisplay).toBe('table-row');
  expect(layout.clipped).toBe(false);
  await page.screenshot({ path: 'test-results/parameters-1280.png', fullPage: false });
  await page.close();
});
