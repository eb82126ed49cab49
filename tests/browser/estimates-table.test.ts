/**
 * The estimates table on /data/ in Chromium: shown in full (not in a
 * fixed-height scroll box) and readable on a 390 px phone, where each row
 * becomes a labelled card and nothing is wider than the screen.
 */
import { expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';

const site = useBuiltSite();

it.each([390, 1280])('shows every estimate in full at %i px, nothing wider than the screen', async (width) => {
  const page = await site.browser.newPage({ viewport: { width, height: 800 } });
  await page.goto(`${site.server.origin}/data/`);
  const layout = await page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const tables = [...document.querySelectorAll<HTMLTableElement>('table.estimates')];
    return {
      tables: tables.length,
      rows: document.querySelectorAll('table.estimates:not(.sensitivity) tbody tr').length,
      tooWide: [...document.querySelectorAll('table.estimates, table.estimates *')]
        // A header row hidden for screen readers only (clipped to nothing) takes no room.
        .filter((e) => {
          const head = e.closest('thead');
          return !head || getComputedStyle(head).clipPath === 'none';
        })
        .filter((e) => e.getBoundingClientRect().width > 0 && e.getBoundingClientRect().right > viewport + 1)
        .map((e) => `${e.tagName} ${e.textContent?.slice(0, 40)}`),
      // No ancestor clips the table to a fixed height (the old 24rem scroll box).
      clipped: tables.some((table) => {
        for (let e = table.parentElement; e; e = e.parentElement) {
          const style = getComputedStyle(e);
          if (style.maxHeight !== 'none' && /auto|scroll|hidden/.test(style.overflowY)) return true;
        }
        return false;
      }),
      labels: [...document.querySelectorAll('#open-closed-compute-lag td')].map(
        (td) => getComputedStyle(td, '::before').content,
      ),
    };
  });
  expect(layout.tables).toBe(4); // the estimates, and the GPU start-year tables of three segments
  expect(layout.rows).toBeGreaterThan(15);
  expect(layout.tooWide).toEqual([]);
  expect(layout.clipped).toBe(false);
  if (width === 390) expect(layout.labels.slice(0, 3)).toEqual(['"Estimate: "', '"Ours: "', '"Published: "']);
  else expect(layout.labels.every((label) => label === 'none' || label === 'normal')).toBe(true);
  await expect(page.locator('#open-closed-compute-lag').textContent()).resolves.toMatch(
    /13 closed records matched, 4 still unmatched/,
  );
  await page.close();
});
