/**
 * Preset buttons under a figure (the spec's `presets`): one click sets the
 * measured value of a parameter, moves the sliders, the picture and the prose
 * numbers; without JavaScript each is a link to the same state in the URL.
 */
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';
import { parameterEntry } from '../../src/model/parameter-entries.ts';
import { getFigure } from '../../src/figures/registry.ts';
import { useFigures } from '../support/use-figures.ts';

const site = useBuiltSite();
const ESSAY = '/essays/meek-models/';
/** The essay shows the latest version of the loss-gap figure. */
const lossGap = getFigure('meek-loss-gap');
const gI = lossGap.params.g_i!;
/** The registry's named value for gᵢ measured as training-cost growth (Cottier et al. 2024), a preset of the figure. */
const measuredAnchor = parameterEntry('g_i').anchors!.find((anchor) => anchor.source.key === 'cottier-2024')!;
const MEASURED = String(measuredAnchor.value);

describe('figure presets', () => {
  it('are links to the preset state, so they work without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}${ESSAY}`);
    const measured = page.locator('[data-figure-presets="meek-loss-gap"] a', {
      hasText: measuredAnchor.label,
    });
    await expect(measured.getAttribute('href')).resolves.toBe(
      `?g_i=${MEASURED}#figure-title-meek-loss-gap-v${lossGap.version}`,
    );
    await context.close();
  });

  it('one click sets gᵢ to the measured training-cost growth and the prose follows', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.server.origin}${ESSAY}`);
    const host = page.locator('live-figure[data-figure="meek-loss-gap"]');
    await host.scrollIntoViewIfNeeded();
    await useFigures(page); // islands load on intent: a control focused
    await page.locator('live-figure[data-figure="meek-loss-gap"][data-live="ready"]').waitFor({ state: 'attached' });
    // The essay no longer echoes gᵢ in its prose (v4): the figure's own readout says the rate, and the sentence
    // about the peak ("grows for N years, until …") is the prose that follows it.
    const rate = host.locator('output[for$="-g_i"]').first();
    const when = page.locator('[data-figure-value="meek-loss-gap:peakYearsAfterStart"]').first();
    await expect(rate.textContent()).resolves.toBe(`${gI.default}×/yr`);
    const before = await when.textContent();
    await page.locator('a.figure-preset', { hasText: measuredAnchor.label }).click();
    await page.waitForURL((url) => url.searchParams.get('g_i') === MEASURED);
    await expect(rate.textContent()).resolves.toBe(`${MEASURED}×/yr`);
    await expect(
      page.locator('live-figure[data-figure="meek-loss-gap"] input[name="g_i"]').first().inputValue(),
    ).resolves.toBe(MEASURED);
    expect(await when.textContent()).not.toBe(before);

    // Without shared progress the essay says so in whole sentences (its peakShape case 'never').
    await page.locator('a.figure-preset', { hasText: 'no shared progress' }).click();
    const shape = page.locator('[data-figure-case="meek-loss-gap:peakShape"] > [data-when]:not([hidden])').first();
    await expect(shape.getAttribute('data-when')).resolves.toBe('never');
    await expect(shape.textContent()).resolves.toMatch(/nothing lifts the meek actor: without shared\s+progress/);
    await page.close();
  });

  it('are one choice: a preset sets exactly its keys, returns the others to the start, and shows as pressed', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.server.origin}${ESSAY}`);
    const host = page.locator('live-figure[data-figure="meek-loss-gap"]');
    await host.scrollIntoViewIfNeeded();
    await useFigures(page); // islands load on intent: a control focused
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
