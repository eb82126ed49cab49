/**
 * Figures that follow another figure's slider (a shared key) as a reader meets them on the meek essay
 * (src/components/island-follow.ts): a follower on screen is right after a burst of inputs and draws the burst's
 * last state once; a follower out of sight keeps its old drawing until the reader reaches it, then shows the right
 * one; the live prose bound to a follower out of sight is right without the reader going there.
 * "Right" is what the figure's spec gives for the follower's state, computed here in Node from the same spec.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getFigure } from '../../src/figures/registry.ts';
import { formatCell } from '../../src/figures/format.ts';
import { defaultParams, type Params } from '../../src/figures/spec.ts';
import { useBuiltSite } from '../support/built-site.ts';
import { useFigures } from '../support/use-figures.ts';

const site = useBuiltSite();
const ESSAY = '/essays/meek-models/';
const horizon = getFigure('meek-horizon-gap');

/** The follower's state after the reader set gᵢ to `gI` (a linear slider): its defaults, its author's preset, gᵢ. */
async function stateOf(host: Locator, gI: number): Promise<Params> {
  const preset = JSON.parse((await host.getAttribute('data-preset')) ?? '{}') as Record<string, number>;
  await expect(host.locator('input[name="g_i"]').inputValue()).resolves.toBe(String(gI));
  return { ...defaultParams(horizon), ...preset, g_i: gI } as Params;
}

/** The horizon figure's description and a prose value at `params`, as the spec computes them. */
function expected(params: Params) {
  const rows = horizon.table(params, {});
  const later = horizon.values.horizonRatioLater!;
  return { alt: horizon.alt(params, rows), later: later.format(later.compute(params, rows)) };
}

async function open(page: Page): Promise<void> {
  await page.goto(`${site.server.origin}${ESSAY}`);
  await useFigures(page);
}

/** Counts the tasks in which `host`'s drawing changed (one MutationObserver call per task that changed it). */
async function countRedraws(host: Locator): Promise<void> {
  await host.evaluate((element) => {
    element.dataset.redraws = '0';
    new MutationObserver(() => (element.dataset.redraws = String(Number(element.dataset.redraws) + 1))).observe(
      element.querySelector('[data-plot]')!,
      { childList: true, subtree: true, attributes: true, characterData: true },
    );
  });
}

/** Moves `slider` through `values` in one task, as a fast drag or held key delivers them before a frame. */
async function burst(slider: Locator, values: readonly number[]): Promise<void> {
  await slider.evaluate((input: HTMLInputElement, values) => {
    for (const value of values) {
      input.value = String(value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }, values);
}

const settled = (page: Page) =>
  page.waitForFunction(() => document.querySelector('live-figure[aria-busy="true"]') === null);

describe('a follower on screen', () => {
  it('is right after a burst of inputs, drawing only the last state', async () => {
    // Tall enough for the capability gap and the horizon gap below it to be on screen together.
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 3600 } });
    await open(page);
    const source = page.locator('live-figure[data-figure="meek-capability-gap"]');
    const follower = page.locator('live-figure[data-figure="meek-horizon-gap"]');
    await source.evaluate((host) => window.scrollTo(0, host.getBoundingClientRect().top + scrollY - 20));
    const onScreen = await follower.evaluate((host) => host.getBoundingClientRect().bottom < innerHeight);
    expect(onScreen, 'the follower is on screen').toBe(true);
    const before = expected(await stateOf(follower, horizon.params.g_i!.default));
    await countRedraws(follower);
    await burst(source.locator('input[name="g_i"]'), [2, 2.5, 3, 3.5, 4, 4.5, 5, 5.5, 6]);
    await settled(page);
    const after = expected(await stateOf(follower, 6));
    expect(after.alt, 'the burst changes what the figure shows').not.toBe(before.alt);
    await expect(follower.locator('[data-alt]').textContent()).resolves.toBe(after.alt);
    await expect(follower.getAttribute('data-redraws')).resolves.toBe('1');
    await page.close();
  });
});

describe('a follower out of sight', () => {
  it('keeps its drawing until the reader reaches it, then shows the right one; its prose is right meanwhile', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await open(page);
    const source = page.locator('live-figure[data-figure="meek-loss-gap"]');
    const follower = page.locator('live-figure[data-figure="meek-horizon-gap"]');
    await source.evaluate((host) => host.scrollIntoView({ block: 'center' }));
    const far = await follower.evaluate((host) => host.getBoundingClientRect().top > innerHeight + 1000);
    expect(far, 'the follower is well below the screen').toBe(true);
    const altBefore = await follower.locator('[data-alt]').textContent();
    const later = page.locator('[data-figure-value="meek-horizon-gap:horizonRatioLater"]');
    const laterBefore = await later.textContent();
    await countRedraws(follower);
    await burst(source.locator('input[name="g_i"]'), [2, 3, 4, 5.5]);
    await settled(page);
    const now = expected(await stateOf(follower, 5.5));
    expect(now.alt).not.toBe(altBefore);
    expect(now.later, 'the move changes the sentence').not.toBe(laterBefore);
    // Its prose, far from the screen too, is right once the page is idle (at most 500 ms on a busy page).
    const proseFar = await later.evaluate((span) => span.getBoundingClientRect().top > innerHeight + 1000);
    expect(proseFar, 'the sentence is well below the screen').toBe(true);
    await expect.poll(() => later.textContent()).toBe(now.later);
    await expect(follower.getAttribute('data-redraws')).resolves.toBe('0');
    await expect(follower.locator('[data-alt]').textContent()).resolves.toBe(altBefore);
    await follower.scrollIntoViewIfNeeded();
    await expect.poll(() => follower.locator('[data-alt]').textContent()).toBe(now.alt);
    await expect(follower.getAttribute('data-redraws')).resolves.toBe('1');
    await page.close();
  });

  it('fills its table with the current state when the reader opens it before reaching the figure', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await open(page);
    const source = page.locator('live-figure[data-figure="meek-loss-gap"]');
    const follower = page.locator('live-figure[data-figure="meek-horizon-gap"]');
    await source.evaluate((host) => host.scrollIntoView({ block: 'center' }));
    await burst(source.locator('input[name="g_i"]'), [5]);
    await follower.locator('[data-table-details]').evaluate((details: HTMLDetailsElement) => (details.open = true));
    const ratio = horizon.columns.findIndex((column) => column.name === 'horizon_ratio');
    const last = horizon.table(await stateOf(follower, 5), {}).at(-1)!;
    const cell = follower.locator('[data-table-body] tr').last().locator('td').nth(ratio);
    await expect.poll(() => cell.textContent()).toBe(formatCell(last.horizon_ratio, horizon.columns[ratio]!));
    await page.close();
  });
});
