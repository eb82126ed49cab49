/**
 * The page's one module script starts after the first paint (src/layouts/after-paint-script.ts), so a test that
 * acts as soon as the page has loaded can act before the script has run, where a reader on a phone could not: this
 * waits until it has. Its first act is to show the theme button (src/components/site/theme-toggle.ts), and it
 * defines <live-figure>; a page with neither (a static embed) has no page script to wait for. On an essay it also
 * waits until the blocks held back below the first screen are laid out (src/components/essay/lay-out-when-idle.ts,
 * a second or two after landing when the page is idle): until then the browser's scroll anchoring moves scrollY as
 * each block above the screen takes its real height, and a test that compares positions would race it.
 * @example await page.goto(url); await pageScriptRan(page); await ref.tap();
 */
import type { Page } from 'playwright-core';
import { CONTAINED_BLOCKS, LAID_OUT_CLASS } from '../../src/components/essay/lay-out-when-idle.ts';

export async function pageScriptRan(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('[data-theme-toggle]:not([data-pending])') !== null ||
      customElements.get('live-figure') !== undefined ||
      (document.querySelector('[data-theme-toggle]') === null && document.querySelector('live-figure') === null),
    undefined,
    { timeout },
  );
  await page.waitForFunction(
    ([blocks, laidOut]) => [...document.querySelectorAll(blocks!)].every((block) => block.classList.contains(laidOut!)),
    [CONTAINED_BLOCKS, LAID_OUT_CLASS],
    { timeout },
  );
}
