/**
 * A figure whose sliders reach only a few states draws them while the page is
 * idle (src/components/drawings-ahead.ts). A drawing made ahead must be the
 * drawing a fresh render gives: the same markup, so a view, its citation and
 * its download do not depend on whether the reader's state was drawn ahead.
 * The fresh side is the same page with requestIdleCallback never answering,
 * so nothing is drawn ahead there.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';
import { useFigures } from '../support/use-figures.ts';

const site = useBuiltSite();

async function openFigure(path: string, drawAhead: boolean): Promise<Page> {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  if (!drawAhead) await page.addInitScript(() => (window.requestIdleCallback = () => 0));
  await page.goto(`${site.server.origin}${path}`);
  await useFigures(page); // islands load on intent: a control focused
  await page.locator('live-figure[data-live="ready"]').waitFor({ timeout: 15_000 });
  return page;
}

/** Moves the year slider three years back with the keyboard, to `year`, and returns the drawing on show. */
async function stepBack(page: Page, year: number): Promise<string> {
  const slider = page.locator('input[name="from_year"]');
  await slider.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
  await expect(slider.inputValue()).resolves.toBe(String(year));
  return page.locator('[data-plot]').innerHTML();
}

describe.each([1, 2, 3, 4])('open-closed-compute v%i, drawn ahead', (version) => {
  const path = `/figures/open-closed-compute/v${version}/`;

  it('shows the same markup as a fresh drawing of the same state', async () => {
    const ahead = await openFigure(path, true);
    await ahead.locator('live-figure[data-ahead="done"]').waitFor({ timeout: 30_000 });
    const fresh = await openFigure(path, false);
    const aheadDrawings = [await stepBack(ahead, 2015), await stepBack(ahead, 2012)];
    const freshDrawings = [await stepBack(fresh, 2015), await stepBack(fresh, 2012)];
    // The fresh page never had an idle moment to draw in.
    await expect(fresh.locator('live-figure').getAttribute('data-ahead')).resolves.toBe('drawing');
    expect(aheadDrawings[0]).toContain('<circle');
    expect(aheadDrawings[0]).not.toBe(aheadDrawings[1]);
    expect(aheadDrawings).toEqual(freshDrawings);
    // Coming back to a state drawn ahead gives it again, whole (the page showed a copy, not the kept drawing).
    const slider = ahead.locator('input[name="from_year"]');
    await slider.focus();
    for (let i = 0; i < 3; i++) await ahead.keyboard.press('ArrowRight');
    for (let i = 0; i < 3; i++) await ahead.keyboard.press('ArrowLeft');
    await expect(ahead.locator('[data-plot]').innerHTML()).resolves.toBe(aheadDrawings[1]);
    await ahead.close();
    await fresh.close();
  });
});
