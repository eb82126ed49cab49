/**
 * Islands load on a reader's intent to use a figure (src/components/live-figure.ts): a test that needs live
 * figures shows that intent as a reader would, by focusing each figure's first control (or, for a figure without
 * one, a focus on the figure), and waits until every island is ready.
 * @example await useFigures(page); await useFigures(page, 'live-figure[data-figure="device-fit"]');
 */
import type { Page } from 'playwright-core';
import { pageScriptRan } from './page-script.ts';

export async function useFigures(page: Page, selector = 'live-figure', timeout = 15_000): Promise<void> {
  await page.locator(selector).first().waitFor({ state: 'attached', timeout });
  // <live-figure> is defined by the page's script, which starts after the first paint: until then the controls are
  // the no-JS ones (disabled), which a reader cannot focus either.
  await pageScriptRan(page, timeout);
  await page.evaluate((selector) => {
    for (const host of document.querySelectorAll<HTMLElement>(selector)) {
      if (host.dataset.live) continue;
      const control = host.querySelector<HTMLElement>('input:not([disabled]), button:not([disabled])');
      if (control) control.focus({ preventScroll: true });
      else host.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    }
    (document.activeElement as HTMLElement | null)?.blur();
  }, selector);
  await page.waitForFunction(
    (selector) =>
      [...document.querySelectorAll(selector)].every((host) =>
        ['ready', 'failed'].includes(host.getAttribute('data-live') ?? ''),
      ),
    selector,
    { timeout },
  );
}
