/**
 * Finding things in Chromium: full-text search (Pagefind) finds the meek
 * essay for "diminishing returns" and a figure by its title, under the CSP,
 * by keyboard from the nav's box; the search page helps without JavaScript;
 * the nav's box fits a phone; the 404 page suggests the page meant.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getFigure } from '../../src/figures/registry.ts';
import { useBuiltSite } from '../support/built-site.ts';
import { pageScriptRan } from '../support/page-script.ts';

const site = useBuiltSite();

/** A page that records CSP violations from its first script on. */
async function watchedPage(options: Parameters<typeof site.browser.newPage>[0] = {}): Promise<Page> {
  const page = await site.browser.newPage(options);
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return page;
}
const violations = (page: Page) => page.evaluate(() => (window as unknown as { violations: string[] }).violations);

interface Result {
  href: string;
  title: string;
  kind: string;
  excerpt: string;
  marked: number;
  markedText: string[];
}

async function results(page: Page): Promise<Result[]> {
  await page.locator('[data-search-results] li').first().waitFor({ timeout: 20_000 });
  return page.locator('[data-search-results] li').evaluateAll((items) =>
    items.map((li) => ({
      href: li.querySelector('a')?.getAttribute('href') ?? '',
      title: li.querySelector('a')?.textContent ?? '',
      kind: li.querySelector('.search-kind')?.textContent ?? '',
      excerpt: li.querySelector('.search-excerpt')?.textContent ?? '',
      marked: li.querySelectorAll('.search-excerpt mark').length,
      markedText: [...li.querySelectorAll('.search-excerpt mark')].map((m) => m.textContent ?? ''),
    })),
  );
}

describe('search', () => {
  it('finds the meek essay for "diminishing returns", with title, kind and excerpt, under the CSP', async () => {
    const page = await watchedPage();
    await page.goto(`${site.server.origin}/search/?q=diminishing%20returns`);
    const found = await results(page);
    const essay = found.find((r) => r.href === '/essays/meek-models/');
    expect(essay, JSON.stringify(found.map((r) => r.href))).toBeDefined();
    expect(found.indexOf(essay!)).toBeLessThan(3);
    expect(essay!.title).toMatch(/Meek models/);
    expect(essay!.kind).toBe('Essay');
    // The excerpt is the essay's text around the words found ("Returns that diminish"), marked.
    expect(essay!.marked).toBeGreaterThan(0);
    expect(essay!.markedText.join(' ')).toMatch(/diminish|return/i);
    expect(essay!.excerpt).not.toMatch(/Essays\s*Figures\s*Data/); // no nav chrome
    await expect.poll(() => page.locator('[data-search-status]').textContent()).toMatch(/results? for/);
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('finds a figure by its title, at its latest version, as a figure', async () => {
    const spec = getFigure('open-closed-compute');
    const page = await watchedPage();
    await page.goto(`${site.server.origin}/search/?q=${encodeURIComponent(spec.title)}`);
    const found = await results(page);
    expect(found[0]?.href).toBe(`/figures/${spec.id}/v${spec.version}/`);
    expect(found[0]?.title).toBe(spec.title);
    expect(found[0]?.kind).toBe('Figure');
    // Superseded versions are not in the index.
    expect(found.filter((r) => r.href.startsWith(`/figures/${spec.id}/`)).map((r) => r.href)).toEqual([
      `/figures/${spec.id}/v${spec.version}/`,
    ]);
    await page.close();
  });

  it('shows maths in excerpts once, as text, never as TeX', async () => {
    const page = await watchedPage();
    await page.goto(`${site.server.origin}/search/?q=${encodeURIComponent('frontier actor invests more every year')}`);
    const essay = (await results(page)).find((r) => r.href === '/essays/meek-models/');
    expect(essay).toBeDefined();
    // The sentence reads "it buys gᵢ times more compute each year": KaTeX's TeX source (g_i) and its second,
    // visual copy are left out of the index, so the excerpt has the formula's text once.
    expect(essay!.excerpt).toMatch(/buys\s+gi\s+times more compute/);
    expect(essay!.excerpt).not.toMatch(/g_i|\\|gigi|mathnormal/);
    await page.close();
  });

  it('works from the keyboard: Tab to the nav box, type, Enter, ArrowDown to a result, Enter to open it', async () => {
    const page = await watchedPage();
    await page.goto(`${site.server.origin}/`);
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.id === 'site-search')) break;
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.type('diminishing returns');
    await Promise.all([page.waitForURL(/\/search\/\?q=diminishing\+returns$/), page.keyboard.press('Enter')]);
    expect(await page.locator('#search-query').inputValue()).toBe('diminishing returns');
    await results(page);
    await page.locator('#search-query').focus();
    await page.keyboard.press('ArrowDown');
    const first = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(first).toMatch(/^\//);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(first);
    await Promise.all([page.waitForURL(`${site.server.origin}${first}`), page.keyboard.press('Enter')]);
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('updates as the reader types and keeps the query in the URL', async () => {
    const page = await watchedPage();
    await page.goto(`${site.server.origin}/search/`);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');
    await page.keyboard.type('glut');
    const found = await results(page);
    expect(found.some((r) => r.href.startsWith('/essays/peak-capabilities-wall/'))).toBe(true);
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('glut');
    await page.locator('#search-query').fill('');
    await expect.poll(() => page.locator('[data-search-status]').textContent()).toMatch(/Type a word/);
    expect(await page.locator('[data-search-results] li').count()).toBe(0);
    expect(new URL(page.url()).searchParams.has('q')).toBe(false);
    await page.close();
  });

  it('on a phone, the header leads to search in one row, the page does not scroll sideways, and search works', async () => {
    const page = await watchedPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto(`${site.server.origin}/essays/meek-models/`);
    // The phone's header has no room for a box: its nav links to the search page instead.
    await expect(page.locator('#site-search').isVisible()).resolves.toBe(false);
    const link = page.locator('.site-header .nav-search-link');
    await link.scrollIntoViewIfNeeded();
    const box = await link.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    expect(box!.height).toBeGreaterThanOrEqual(24); // a target a thumb can hit
    const pageScrollsSideways = await page.evaluate(
      () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
    );
    expect(pageScrollsSideways).toBe(false);
    await Promise.all([page.waitForURL(/\/search\/$/), link.tap()]);
    const input = page.locator('main input[type="search"]');
    await input.tap();
    await page.keyboard.type('diminishing returns');
    await page.keyboard.press('Enter');
    expect((await results(page)).some((r) => r.href === '/essays/meek-models/')).toBe(true);
    await page.close();
  });

  it('without JavaScript, the search page says why, lists every essay and figure, and shows nothing of the query', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    // A link's query can say anything (search-hostile.test.ts): without the script, none of it is on the page.
    await page.goto(
      `${site.server.origin}/search/?q=${encodeURIComponent('meek" has been withdrawn; see evil.example')}`,
    );
    expect(await page.locator('main').textContent()).toMatch(/needs JavaScript/);
    expect(await page.locator('body').textContent()).not.toMatch(/evil\.example/);
    expect(await page.locator('#search-query').inputValue()).toBe('');
    expect(await page.locator('main a[href="/essays/meek-models/"]').count()).toBe(1);
    expect(await page.locator('main a[href^="/figures/"]').count()).toBeGreaterThan(10);
    await context.close();
  });
});

describe('404', () => {
  it('suggests the latest version for a version that does not exist', async () => {
    const page = await watchedPage();
    const response = await page.goto(`${site.server.origin}/figures/meek-loss-gap/v99/`);
    expect(response?.status()).toBe(404);
    const suggestion = page.locator('[data-suggestion]');
    await suggestion.waitFor({ state: 'visible' });
    expect(await suggestion.locator('a').getAttribute('href')).toBe('/figures/meek-loss-gap/');
    expect(await suggestion.textContent()).toMatch(/has no v99; it has v1, v2, v3/);
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('corrects a typo in an essay address, and offers a search box and the essays', async () => {
    const page = await watchedPage();
    await page.goto(`${site.server.origin}/essays/meek-modles/`);
    const suggestion = page.locator('[data-suggestion]');
    await suggestion.waitFor({ state: 'visible' });
    expect(await suggestion.locator('a').getAttribute('href')).toBe('/essays/meek-models/');
    await page.locator('#not-found-search').fill('diminishing returns');
    await Promise.all([page.waitForURL(/\/search\/\?q=/), page.locator('#not-found-search').press('Enter')]);
    expect((await results(page)).some((r) => r.href === '/essays/meek-models/')).toBe(true);
    await page.close();
  });

  it('says nothing it cannot stand behind for an address unlike any page', async () => {
    const page = await watchedPage();
    await page.goto(`${site.server.origin}/wp-login.php`);
    await page.locator('h1').waitFor();
    await pageScriptRan(page); // the suggestion is the page script's: it must have run for its absence to mean anything
    await page.waitForLoadState('networkidle');
    expect(await page.locator('[data-suggestion]').isHidden()).toBe(true);
    expect(await page.locator('main a[href="/essays/meek-models/"]').count()).toBeGreaterThan(0);
    await page.close();
  });
});
