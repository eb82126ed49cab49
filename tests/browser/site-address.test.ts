/**
 * A build without SITE_URL (as the tests build it) names the placeholder
 * domain in its files; on a page, the citations and embed snippet a reader
 * copies carry the origin the page is served from instead.
 */
import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_SITE_URL, SITE } from '../../src/site.ts';
import { useBuiltSite } from '../support/built-site.ts';

const site = useBuiltSite();

describe.runIf(SITE.isPlaceholder)('a build without SITE_URL', () => {
  it('rewrites the permalink page’s citation and embed snippet to the serving origin, and names the version’s address by a path that needs no rewriting', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.origin}/figures/meek-loss-gap/`);
    const marked = page.locator('[data-site-origin]');
    await expect(marked.count()).resolves.toBeGreaterThanOrEqual(2);
    // The "to cite it" line above the figure shows a path: rewriting a full address there rewrapped it (a layout shift).
    const latest = page.locator('.eyebrow a[href^="/figures/meek-loss-gap/v"]');
    expect(await latest.textContent()).toBe(await latest.getAttribute('href'));
    await page.waitForFunction(
      (placeholder) =>
        [...document.querySelectorAll('[data-site-origin]')].every((e) => !e.textContent!.includes(placeholder)),
      PLACEHOLDER_SITE_URL,
    );
    const texts = await marked.allTextContents();
    expect(texts.join('\n')).toContain(`${site.server.origin}/figures/meek-loss-gap/v`);
    expect(await page.locator('[data-site-origin] a[href^="https://open-closed-ai.example"]').count()).toBe(0);
    // The page's own files (cite.bib) keep what the build wrote: only what the reader copies from the page changes.
    const bib = await (await page.request.get(`${site.server.origin}/figures/meek-loss-gap/v1/cite.bib`)).text();
    expect(bib).toContain(PLACEHOLDER_SITE_URL);
    await page.close();
  });

  it('rewrites an essay’s "Cite this essay" block', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.origin}/essays/meek-models/`);
    await page.waitForFunction(
      (origin) => document.querySelector('#cite-essay')?.closest('section')?.textContent?.includes(origin),
      site.server.origin,
    );
    const text = await page.locator('section[aria-labelledby="cite-essay"]').textContent();
    expect(text).not.toContain(PLACEHOLDER_SITE_URL);
    await page.close();
  });
});
