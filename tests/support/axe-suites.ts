/**
 * Accessibility (issue 11 §3): axe-core finds no violation of WCAG 2.0/2.1 A
 * and AA or of its best practices on any built page. The theme follows the
 * system (emulated with colorScheme) unless the toggle set data-theme on
 * <html>; both routes are checked. Live figures are woken first, so the
 * island's controls, notice and live region are checked too.
 *
 * Every page is checked once, on a 390 px phone in the dark theme, by the
 * per-page sweep (page-sweep.ts, tests/browser/every-page-<k>.test.ts), which
 * also checks one page of each template (page-templates.ts) in the light
 * theme; tests/browser/axe-laptop.test.ts checks those template pages at
 * 1280 px in both themes, and the toggle's route, with the suites here. So
 * every template meets all four (390 and 1280 px, light and dark) and every
 * page one (issue 22 §5: axe on 150 pages in four settings was most of the run).
 *
 * @example
 *   const site = useBuiltSite();
 *   axePages(site, { width: 1280, height: 800 }, templatePages(builtPages()));
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatViolations, runAxe } from './axe.ts';
import type { BuiltSite } from './built-site.ts';
import { builtPages } from './site-pages.ts';
import { pageScriptRan } from './page-script.ts';
import { useFigures } from './use-figures.ts';

/** Loads a page and, if it has live figures, wakes their islands (they load on the reader's intent). */
async function open(site: BuiltSite, page: Page, path: string): Promise<void> {
  await page.goto(`${site.server.origin}${path}`, { waitUntil: 'load' });
  await wakeIslands(page);
}

/** Wakes a loaded page's islands, if it has live figures, and waits until the first is ready or failed. */
export async function wakeIslands(page: Page): Promise<void> {
  // The page script (theme button, contents, notes, <live-figure>) starts after the first paint: axe reads the page
  // a reader keeps, so wait for it on every page, not only on pages with figures (useFigures waits there too).
  await pageScriptRan(page);
  if ((await page.locator('live-figure').count()) === 0) return;
  await page.locator('live-figure').first().scrollIntoViewIfNeeded();
  await useFigures(page); // islands load on intent: a control focused
  await page
    .locator('live-figure[data-live="ready"], live-figure[data-live="failed"]')
    .first()
    .waitFor({ state: 'attached', timeout: 15_000 });
}

/** Waits until colour transitions started by a theme switch have ended (axe would read mid-transition colours). */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    // A cancelled animation rejects its finished promise (AbortError): it has ended all the same.
    await Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined)));
  });
  // Chromium repaints a long page after a colour-scheme switch in more than one pass; give it a moment.
  await page.waitForTimeout(300);
}

// One page per width, reused: each page is loaded once and checked in the light, then the dark theme
// (the system preference switched with emulateMedia), which halves the loads of a 4-context run. Pages are
// checked one after another: three at once in one context made theme repaints lag behind the 300 ms settle
// on a loaded machine (axe then read mid-repaint colours).
export function axePages(
  site: BuiltSite,
  { width, height }: { width: number; height: number },
  pages: readonly string[],
): void {
  describe(`axe at ${width} px, light and dark`, () => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await site.browser.newContext({
        viewport: { width, height },
        reducedMotion: 'reduce',
        bypassCSP: true,
      });
      page = await context.newPage();
    });
    afterAll(() => context?.close());

    it.each([...pages])('%s has no violations', { timeout: 180_000 }, async (path) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await open(site, page, path);
      const report: string[] = [];
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await settled(page);
        const violations = await runAxe(page);
        if (violations.length > 0) report.push(formatViolations(`${path} @${width}px ${scheme}:`, violations));
      }
      expect(report, report.join('\n')).toEqual([]);
    });
  });
}

// The toggle's route to a theme (data-theme on <html>, against the system's choice) on one page of each kind.
export function axeThemeToggle(site: BuiltSite): void {
  const pages = builtPages();
  const KINDS = [
    '/',
    pages.find((p) => p.startsWith('/essays/') && p !== '/essays/'),
    pages.find((p) => /^\/figures\/[^/]+\/v\d+\/$/.test(p)),
    pages.find((p) => p.startsWith('/data/')),
  ].filter((p): p is string => p !== undefined);

  describe.each([
    { system: 'light' as const, chosen: 'dark' },
    { system: 'dark' as const, chosen: 'light' },
  ])('axe with the toggle set to $chosen on a $system system', ({ system, chosen }) => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await site.browser.newContext({
        viewport: { width: 1280, height: 800 },
        colorScheme: system,
        reducedMotion: 'reduce',
        bypassCSP: true,
      });
      page = await context.newPage();
    });
    afterAll(() => context?.close());

    it.each(KINDS)('%s has no violations', { timeout: 120_000 }, async (path) => {
      await open(site, page, path);
      await page.locator('[data-theme-toggle]').click();
      await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe(chosen);
      await settled(page);
      const violations = await runAxe(page);
      expect(violations, formatViolations(`${path} toggle ${chosen}:`, violations)).toEqual([]);
      await page.evaluate(() => localStorage.clear());
    });
  });
}
