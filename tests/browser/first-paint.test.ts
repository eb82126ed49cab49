/**
 * What a page's first frame holds, and what waits for it (issue 21: LCP), in Chromium under the page's CSP:
 *  - a stored theme is painted in the first frame (src/layouts/theme-script.ts), even when the page's module script
 *    never arrives: a reader who chose dark against a light system sees no light frame, and the other way round;
 *  - the page's module scripts are requested only after the browser has reported the first paint of its largest
 *    content (src/layouts/after-paint-script.ts), and then every behaviour they carry is live, with no CSP violation
 *    and no layout shift, at 390 and 1280 px.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { THEME_KEY } from '../../src/layouts/theme-script.ts';
import { useBuiltSite } from '../support/built-site.ts';

const site = useBuiltSite();
const ESSAY = '/essays/the-edge/';
const PAGE_SCRIPT = /\/_astro\/PageScript\.astro_[^/]*\.js$/;

/** Before any of the page's own script: what the first frame shows, and what is reported and violated. */
async function watchFirstFrame(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as {
      firstFrame?: { theme: string | null; background: string };
      paints: number[];
      violations: string[];
      shifts: number;
    };
    w.paints = [];
    w.violations = [];
    w.shifts = 0;
    addEventListener('securitypolicyviolation', (e) => w.violations.push(`${e.violatedDirective} ${e.sourceFile}`));
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.paints.push(entry.startTime);
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.shifts += (entry as unknown as { value: number }).value;
    }).observe({ type: 'layout-shift', buffered: true });
    // A frame callback runs just before its frame is painted: the first one with the page's body and stylesheet
    // in place reads what that frame shows.
    const read = () => {
      const body = document.body;
      if (!body || document.styleSheets.length === 0) return requestAnimationFrame(read);
      w.firstFrame = {
        theme: document.documentElement.getAttribute('data-theme'),
        // The page's colour is on <html> (global.css: html { background: var(--paper) }).
        background: getComputedStyle(document.documentElement).backgroundColor,
      };
    };
    requestAnimationFrame(read);
  });
}

const firstFrame = (page: Page) =>
  page.evaluate(() => (window as unknown as { firstFrame?: { theme: string | null; background: string } }).firstFrame);

/** Relative luminance of an `rgb(r, g, b)` colour, 0 (black) to 1 (white). */
function luminance(colour: string): number {
  const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).map(Number).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

describe.each([
  { stored: 'dark', system: 'light', dark: true },
  { stored: 'light', system: 'dark', dark: false },
  { stored: null, system: 'light', dark: false },
  { stored: null, system: 'dark', dark: true },
] as const)('a stored theme $stored on a $system system', ({ stored, system, dark }) => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: system });
    page = await context.newPage();
    await page.goto(`${site.server.origin}/about/`, { waitUntil: 'load' });
    await page.evaluate(
      ([key, value]) => (value ? localStorage.setItem(key!, value) : localStorage.clear()),
      [THEME_KEY, stored],
    );
    await watchFirstFrame(page);
    // The page's module script never arrives: the first frame cannot have waited for it.
    await page.route(PAGE_SCRIPT, () => undefined);
  });
  afterAll(() => context.close());

  it(`is painted ${dark ? 'dark' : 'light'} from the first frame, without the page's module script`, async () => {
    await page.goto(`${site.server.origin}${ESSAY}`, { waitUntil: 'commit' });
    await expect.poll(() => firstFrame(page), { timeout: 20_000 }).toBeDefined();
    const frame = (await firstFrame(page))!;
    expect(frame.theme).toBe(stored);
    if (dark) expect(luminance(frame.background), frame.background).toBeLessThan(0.1);
    else expect(luminance(frame.background), frame.background).toBeGreaterThan(0.8);
    // What is shown now, the module script still held: the same theme.
    const now = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(now).toBe(frame.background);
    const violations = await page.evaluate(() => (window as unknown as { violations: string[] }).violations);
    expect(violations).toEqual([]);
  });
});

describe.each([
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
])('the module script at $width px', ({ width, height }) => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await site.browser.newContext({ viewport: { width, height } });
    page = await context.newPage();
    await watchFirstFrame(page);
  });
  afterAll(() => context.close());

  it('is requested only after the first paint is reported, then brings every behaviour, moving nothing', async () => {
    await page.goto(`${site.server.origin}${ESSAY}`, { waitUntil: 'load' });
    // The theme button's script has run (the button shows), and so have the contents' and the figures'.
    await expect.poll(() => page.locator('[data-theme-toggle]:not([data-pending])').count()).toBe(1);
    await expect.poll(() => page.evaluate(() => customElements.get('live-figure') !== undefined)).toBe(true);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 100))));
    const seen = await page.evaluate(() => {
      const w = window as unknown as { paints: number[]; violations: string[]; shifts: number };
      const modules = performance
        .getEntriesByType('resource')
        .filter(
          (entry) => (entry as PerformanceResourceTiming).initiatorType === 'script' && /\/_astro\//.test(entry.name),
        )
        .map((entry) => ({ url: entry.name, start: entry.startTime }));
      return { paints: w.paints, modules, violations: w.violations, shifts: w.shifts };
    });
    expect(seen.paints.length, 'a largest-contentful-paint was reported').toBeGreaterThan(0);
    const pageScript = seen.modules.find((m) => PAGE_SCRIPT.test(new URL(m.url).pathname));
    expect(pageScript, JSON.stringify(seen.modules)).toBeDefined();
    for (const m of seen.modules) expect(m.start, m.url).toBeGreaterThanOrEqual(seen.paints[0]!);
    expect(seen.violations).toEqual([]);
    expect(seen.shifts).toBe(0);
    // No placeholder is left, and the page has exactly one module script of its own.
    expect(await page.locator('script[data-after-paint]').count()).toBe(0);
    expect(await page.locator('script[type="module"][src*="PageScript"]').count()).toBe(1);
  });
});
