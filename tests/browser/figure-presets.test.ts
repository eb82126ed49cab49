/**
 * Preset buttons under a figure (the spec's `presets`): one click sets the
 * measured value of a parameter, moves the sliders, the picture and the prose
 * numbers; without JavaScript each is a link to the same state in the URL.
 */
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';

const site = useBuiltSite();
const ESSAY = '/essays/meek-models/';

describe('figure presets', () => {
  it('are links to the preset state, so they work without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}${ESSAY}`);
    const measured = page.locator('[data-figure-presets="meek-loss-gap"] a', {
      hasText: 'Measured training-cost growth',
    });
    await expect(measured.getAttribute('href')).resolves.toMatch(/^\?g_i=2\.4#figure-title-meek-loss-gap-v3$/);
    await context.close();
  });

  it('one click sets gᵢ to the measured 2.4 and the prose follows', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.server.origin}${ESSAY}`);
    const host = page.locator('live-figure[data-figure="meek-loss-gap"]');
    await host.scrollIntoViewIfNeeded();
    await page.mouse.move(10, 10);
    await page.locator('live-figure[data-figure="meek-loss-gap"][data-live="ready"]').waitFor({ state: 'attached' });
    const rate = page.locator('[data-figure-value="meek-loss-gap:spendGrowth"]').first();
    const when = page.locator('[data-figure-value="meek-loss-gap:peakWhen"]').first();
    await expect(rate.textContent()).resolves.toBe('3.6× a year');
    const before = await when.textContent();
    await page.locator('a.figure-preset', { hasText: 'Measured training-cost growth' }).click();
    await page.waitForURL((url) => url.searchParams.get('g_i') === '2.4');
    await expect(rate.textContent()).resolves.toBe('2.4× a year');
    await expect(
      page.locator('live-figure[data-figure="meek-loss-gap"] input[name="g_i"]').first().inputValue(),
    ).resolves.toBe('2.4');
    expect(await when.textContent()).not.toBe(before);

    await page.locator('a.figure-preset', { hasText: 'no shared progress' }).click();
    await expect(when.textContent()).resolves.toBe('for ever: without shared progress nothing lifts the meek actor');
    await page.close();
  });

  it('are one choice: a preset sets exactly its keys, returns the others to the start, and shows as pressed', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.server.origin}${ESSAY}`);
    const host = page.locator('live-figure[data-figure="meek-loss-gap"]');
    await host.scrollIntoViewIfNeeded();
    await page.mouse.move(10, 10);
    await page.locator('live-figure[data-figure="meek-loss-gap"][data-live="ready"]').waitFor({ state: 'attached' });
    const slider = (key: string) => host.locator(`input[name="${key}"]`).first();
    const pressed = () => host.locator('a.figure-preset[aria-pressed="true"]').allTextContents();
    const group = host.locator('[data-figure-presets]');
    await expect(group.getAttribute('role')).resolves.toBe('group');
    const startLead = await slider('lead').inputValue();
    const startBudget = await slider('budget').inputValue();

    await host.locator('a.figure-preset', { hasText: 'ρ = 10⁶' }).click();
    await expect(slider('lead').inputValue()).resolves.toBe('6');
    await expect(pressed()).resolves.toEqual([expect.stringContaining('ρ = 10⁶')]);

    // The next preset used to leave ρ at 10⁶: now every key it does not set returns to the start.
    await host.locator('a.figure-preset', { hasText: 'no shared progress' }).click();
    await expect(slider('lead').inputValue()).resolves.toBe(startLead);
    await expect(slider('budget').inputValue()).resolves.toBe(startBudget);
    await expect(slider('g_h').inputValue()).resolves.toBe('1');
    await expect(pressed()).resolves.toEqual([expect.stringContaining('no shared progress')]);
    await page.waitForURL((url) => url.searchParams.get('g_h') === '1' && !url.searchParams.has('lead'));

    // Moving a slider away from the preset releases it; Space chooses a preset as it does any button.
    await slider('alpha').focus();
    await page.keyboard.press('ArrowRight');
    await expect(pressed()).resolves.toEqual([]);
    await host.locator('a.figure-preset', { hasText: 'ρ = 10⁶' }).focus();
    await page.keyboard.press(' ');
    await expect(pressed()).resolves.toEqual([expect.stringContaining('ρ = 10⁶')]);
    await page.close();
  });
});
