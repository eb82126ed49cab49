/**
 * The web faces only once cached (src/fonts/web-fonts-script.ts), in Chromium under each page's CSP: a reader's
 * first page is set in the system faces and fetches no font file before it has loaded; once idle it fetches the web
 * faces and stores the flag, without moving anything; the next page uses the web faces (at 390 and 1280 px, light
 * and dark). Without JavaScript every page keeps the system faces and fetches no font file.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEB_FONTS_CLASS, WEB_FONTS_FLAG } from '../../src/fonts/web-fonts-script.ts';
import { useBuiltSite } from '../support/built-site.ts';

const site = useBuiltSite();
const ESSAY = '/essays/the-edge/';
const NEXT = '/essays/meek-models/';

/** Records CSP violations and layout shifts from the first moment of every page. */
async function watch(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { violations: string[]; shifts: number };
    w.violations = [];
    w.shifts = 0;
    addEventListener('securitypolicyviolation', (e) => w.violations.push(`${e.violatedDirective} ${e.sourceFile}`));
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.shifts += (entry as unknown as { value: number }).value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The first paragraph's font stack, whether <html> has the class, and when font files were fetched. */
const state = (page: Page) =>
  page.evaluate((className) => {
    const w = window as unknown as { violations: string[]; shifts: number };
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const fonts = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.includes('/fonts/'))
      .map((entry) => ({ url: entry.name, start: entry.startTime }));
    return {
      family: getComputedStyle(document.querySelector('.essay-body p')!).fontFamily,
      hasClass: document.documentElement.classList.contains(className),
      loadEnd: navigation.loadEventEnd,
      fonts,
      violations: w.violations,
      shifts: w.shifts,
    };
  }, WEB_FONTS_CLASS);

const SCREENS = [
  { width: 390, height: 844, colorScheme: 'light' },
  { width: 390, height: 844, colorScheme: 'dark' },
  { width: 1280, height: 800, colorScheme: 'light' },
  { width: 1280, height: 800, colorScheme: 'dark' },
] as const;

describe.each(SCREENS)('the web faces, once cached, at $width px, $colorScheme', ({ width, height, colorScheme }) => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await site.browser.newContext({ viewport: { width, height }, colorScheme });
    page = await context.newPage();
    await watch(page);
  });
  afterAll(() => context.close());

  it('a first page is set in the system faces, fetches the web faces only after it has loaded, and moves nothing', async () => {
    await page.goto(`${site.server.origin}${ESSAY}`, { waitUntil: 'load' });
    await expect
      .poll(() => page.evaluate((key) => localStorage.getItem(key), WEB_FONTS_FLAG), { timeout: 20_000 })
      .toBe('1');
    const first = await state(page);
    expect(first.hasClass).toBe(false);
    expect(first.family).toMatch(/^Charter,/);
    expect(first.fonts.length, 'the five faces were fetched').toBeGreaterThanOrEqual(5);
    for (const font of first.fonts) expect(font.start, font.url).toBeGreaterThanOrEqual(first.loadEnd);
    expect(first.violations).toEqual([]);
    expect(first.shifts).toBe(0);
  });

  it('the next page is set in the web faces, from the cache, and moves nothing', async () => {
    await page.goto(`${site.server.origin}${NEXT}`, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    const next = await state(page);
    expect(next.hasClass).toBe(true);
    expect(next.family).toMatch(/^"Source Serif 4", Charter,/);
    expect(await page.evaluate(() => document.fonts.check('400 1em "Source Serif 4"'))).toBe(true);
    expect(next.violations).toEqual([]);
    expect(next.shifts).toBe(0);
  });
});

describe('without JavaScript', () => {
  it('pages keep the system faces and fetch no font file', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on('request', (request) => void (request.url().includes('/fonts/') && fetched.push(request.url())));
    for (const path of [ESSAY, NEXT]) {
      await page.goto(`${site.server.origin}${path}`, { waitUntil: 'load' });
      const family = await page.evaluate(() => getComputedStyle(document.querySelector('.essay-body p')!).fontFamily);
      expect(family, path).toMatch(/^Charter,/);
    }
    expect(fetched).toEqual([]);
    await context.close();
  });
});
