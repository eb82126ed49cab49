/**
 * One tab for many tests, navigated from test to test, instead of a new tab (and context) per test. On two cores
 * npm test is bound by CPU, most of it Chromium's, and a new tab costs Chromium ~0.8 CPU-s for its renderer and
 * window against ~0.3 for a navigation; under load more (66 versions in figure-contract and figure-legibility:
 * 103 → 26 CPU-s with one tab each). Issue 22 §5.
 *
 * For tests that read only what one navigation loads. The tab keeps its context's storage, cookies and
 * permissions, any init script a test adds, the page clock once installed, and the viewport and media last set:
 * a test that sets storage, permissions, init scripts or the clock opens its own tab, and a test that needs a
 * viewport passes it to `fresh`. Each `fresh()` removes the listeners and routes the previous test added, moves
 * the pointer to the top left (a figure the pointer comes near wakes) and leaves the tab on about:blank, so the test's own `goto` is a new load at the top of the page (a navigation to
 * the URL already shown would be a reload, which restores the scroll position). Tests that share a tab must
 * not run concurrently.
 *
 * @example
 *   const tab = useOneTab(site, { viewport: { width: 390, height: 844 } });
 *   it('…', async () => {
 *     const page = await tab.fresh();
 *     page.on('pageerror', …);
 *     await page.goto(`${site.server.origin}/essays/wall/`);
 *   });
 */
import type { BrowserContextOptions, Page, ViewportSize } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { BuiltSite } from './built-site.ts';

/** The page events a test may listen to: fresh() removes the previous test's listeners. */
const EVENTS = [
  'console',
  'dialog',
  'download',
  'pageerror',
  'popup',
  'request',
  'requestfailed',
  'requestfinished',
  'response',
] as const;

export interface OneTab {
  /** The tab, its previous test's listeners and routes removed, its pointer at the top left, on about:blank. */
  fresh(viewport?: ViewportSize): Promise<Page>;
}

/** Opens the tab before the tests of the enclosing block (its context made with `options`) and closes it after. */
export function useOneTab(site: BuiltSite, options: BrowserContextOptions = {}): OneTab {
  let page: Page | undefined;
  beforeAll(async () => {
    page = await (await site.browser.newContext(options)).newPage();
  });
  afterAll(() => page?.context().close());
  return {
    async fresh(viewport) {
      for (const event of EVENTS) page!.removeAllListeners(event);
      await page!.unrouteAll({ behavior: 'ignoreErrors' });
      // The pointer stays where the last test left it, and the site wakes a figure the pointer comes near.
      await page!.mouse.move(0, 0);
      if (viewport) await page!.setViewportSize(viewport);
      await page!.goto('about:blank');
      return page!;
    },
  };
}
