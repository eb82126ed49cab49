/**
 * Whole-sentence live prose: a <FigureCases> shows, without JavaScript, the <When> that holds at the essay's
 * starting state, and the island switches to the one that holds when the reader moves the figure's slider.
 * The edge essay's device-fit "density" case: dense at the default (every weight active), sparse below it.
 */
import { describe, expect, it } from 'vitest';
import { getFigure } from '../../src/figures/registry.ts';
import { useBuiltSite } from '../support/built-site.ts';
import { useFigures } from '../support/use-figures.ts';

const site = useBuiltSite();
const ESSAY = '/essays/the-edge/';
const CASE = '[data-figure-case="device-fit:density"]';

describe('figure cases', () => {
  it('show the starting option without JavaScript, one option only', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}${ESSAY}`);
    await expect(page.locator(`${CASE} [data-when="dense"]`).isVisible()).resolves.toBe(true);
    await expect(page.locator(`${CASE} [data-when="sparse"]`).isVisible()).resolves.toBe(false);
    await context.close();
  });

  it('switch to the option that holds when the reader moves the slider, and back', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.server.origin}${ESSAY}`);
    const host = page.locator('live-figure[data-figure="device-fit"]');
    await host.scrollIntoViewIfNeeded();
    await useFigures(page); // islands load on intent: a control focused
    await page.locator('live-figure[data-figure="device-fit"][data-live="ready"]').waitFor({ state: 'attached' });
    const slider = host.locator('input[name="active_share"]');
    // The slider's own ends (its positions may be on a log scale), from the latest version's spec: v3 runs 1% to 1.
    const share = getFigure('device-fit').params.active_share!;
    const percent = (share: number) => `${Math.round(share * 100)}%`;
    const move = (end: 'min' | 'max') =>
      slider.evaluate((input, e) => {
        const range = input as HTMLInputElement;
        range.value = range[e];
        range.dispatchEvent(new Event('input', { bubbles: true }));
      }, end);
    await move('min');
    await page.locator(`${CASE} [data-when="sparse"]`).waitFor({ state: 'visible' });
    await expect(page.locator(`${CASE} [data-when="dense"]`).isVisible()).resolves.toBe(false);
    await expect(page.locator(`${CASE} [data-when="sparse"]`).textContent()).resolves.toMatch(
      new RegExp(`^With ${percent(share.min)} of the weights read for each token`),
    );
    // The top of the slider is 1, every weight read for each token (v1 and v2 stopped at 0.98): dense again.
    expect(share.max).toBe(1);
    await move('max');
    await page.locator(`${CASE} [data-when="dense"]`).waitFor({ state: 'visible' });
    await expect(page.locator(`${CASE} [data-when="sparse"]`).isVisible()).resolves.toBe(false);
    // Back to the start with Reset.
    await move('min');
    await page.locator(`${CASE} [data-when="sparse"]`).waitFor({ state: 'visible' });
    await host.locator('[data-reset]').click();
    await page.locator(`${CASE} [data-when="dense"]`).waitFor({ state: 'visible' });
    await expect(page.locator(`${CASE} [data-when="sparse"]`).isVisible()).resolves.toBe(false);
    await page.close();
  });
});
