/**
 * A page's figures as readers meet them. A reader who only reads scrolls past every figure and does nothing to
 * them (`readThrough`: no island may load). A reader who uses them shows intent on each in turn
 * (`bringFiguresToLife`: scrolled into view, the mouse over it, then its first control focused, as a keyboard or
 * a pointer reaches it), and waits until the island says it is ready (data-live="ready").
 */
import type { Page } from 'playwright-core';
import type { PageNetwork } from './network.ts';

const FIGURE_TIMEOUT_MS = 20_000;

/** Scrolls every figure into view in turn, then to the end of the page, with no pointer, key or touch. */
export async function readThrough(page: Page, network: PageNetwork): Promise<void> {
  const figures = page.locator('.figure-host');
  for (let i = 0; i < (await figures.count()); i++) await figures.nth(i).scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await network.idle();
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Shows intent on every live figure in turn until each is live; returns how many there are. */
export async function bringFiguresToLife(page: Page, network: PageNetwork): Promise<number> {
  const figures = page.locator('live-figure');
  const count = await figures.count();
  for (let i = 0; i < count; i++) {
    const figure = figures.nth(i);
    await figure.scrollIntoViewIfNeeded();
    // The mouse over the chart fetches the island ahead; focus on a control loads it (live-figure.ts).
    await figure.locator('[data-plot]').hover();
    await figure.evaluate((host) => {
      const control = host.querySelector<HTMLElement>('input, button:not([disabled])');
      if (control) control.focus();
      else host.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    });
    await figure.evaluate(
      (host, timeout) =>
        new Promise<void>((resolve, reject) => {
          const deadline = performance.now() + timeout;
          const check = () => {
            const state = host.getAttribute('data-live');
            if (state === 'ready') return resolve();
            if (state === 'failed') return reject(new Error('a figure failed to load its island'));
            if (performance.now() > deadline) return reject(new Error(`a figure did not become live (${state})`));
            setTimeout(check, 20);
          };
          check();
        }),
      FIGURE_TIMEOUT_MS,
    );
    await network.idle();
  }
  return count;
}

/** Longer than every "once the reader pauses" wait (claims and title notes 150 ms, Believe boxes 200, the announcer 700). */
const PAUSE_MS = 1_000;

/**
 * A reader who moves a slider: on every live figure in turn, its first slider one step by the keyboard (back one
 * step where it starts at its maximum), then a pause. What loads then (the checked claims' code, the Believe boxes',
 * the band's Web Worker) joins what the live figures loaded. Returns how many figures had a slider.
 */
export async function moveOneSliderEach(page: Page, network: PageNetwork): Promise<number> {
  let moved = 0;
  const figures = page.locator('live-figure[data-live="ready"]');
  for (let i = 0; i < (await figures.count()); i++) {
    const slider = figures.nth(i).locator('[data-controls] input[type="range"]').first();
    if ((await slider.count()) === 0) continue;
    await slider.scrollIntoViewIfNeeded();
    await slider.focus();
    const before = await slider.inputValue();
    await page.keyboard.press('ArrowRight');
    if ((await slider.inputValue()) === before) await page.keyboard.press('ArrowLeft');
    if ((await slider.inputValue()) === before) throw new Error(`a slider of figure ${i + 1} did not move`);
    moved++;
    await page.waitForTimeout(PAUSE_MS);
    await network.idle();
  }
  return moved;
}
