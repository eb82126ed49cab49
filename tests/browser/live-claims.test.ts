/**
 * Checked claims follow the reader: a claim is evaluated again at the reader's settings, and one the settings
 * make false loses its ✓ for "not at your settings", says why in its note, and is announced politely; back at
 * the essay's starting state every claim holds and shows its ✓ again.
 */
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';

const site = useBuiltSite();
const ESSAY = '/essays/meek-models/';

describe('live claims', () => {
  it('say "not at your settings" with the reason when the reader makes them false, and recover', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    // A link with state loads the figures that read its keys at once: no shared progress, so the gap never peaks.
    await page.goto(`${site.server.origin}${ESSAY}?g_h=1&g_a=1`);
    const failing = page.locator('.claim[data-claim-state="fails"]');
    await failing.first().waitFor({ state: 'attached' });
    const claims = await page.locator('.claim').evaluateAll((elements) =>
      elements.map((e) => ({
        state: (e as HTMLElement).dataset.claimState,
        mark: e.querySelector('[data-claim-mark]')?.textContent,
        problem: e.querySelector('[data-claim-problem]')?.textContent ?? '',
        status: e.querySelector('[data-claim-status]')?.textContent ?? '',
        live: e.querySelector('[data-claim-status]')?.getAttribute('aria-live'),
      })),
    );
    const fails = claims.filter((c) => c.state === 'fails');
    expect(fails.length).toBeGreaterThan(0);
    for (const claim of fails) {
      expect(claim.mark).toBe('not at your settings');
      expect(claim.problem).toMatch(/^At your settings it does not hold\. [A-Z]/);
      expect(claim.status).toMatch(/^Not at your settings\. [A-Z]/);
      expect(claim.live).toBe('polite');
      // Words and formatted values: no parameter keys, value names or raw floats.
      expect(claim.problem).not.toMatch(/\b(g_[iha]|alpha|lead|budget)\b|[a-z][A-Z]\w*|\d\.\d{5,}|NaN|undefined/);
    }
    // No ✓ beside a false sentence.
    for (const claim of claims) expect(claim.mark === '✓').toBe(claim.state === 'holds');
    await expect(failing.first().locator('[data-claim-mark]').isVisible()).resolves.toBe(true);

    const reset = page.locator('live-figure[data-figure="meek-loss-gap"] [data-reset]').first();
    await reset.scrollIntoViewIfNeeded();
    await reset.click();
    await page.waitForFunction(() => document.querySelectorAll('.claim[data-claim-state="fails"]').length === 0);
    const marks = await page.locator('.claim [data-claim-mark]').allTextContents();
    expect(marks.every((m) => m === '✓')).toBe(true);
    await page.close();
  });

  it('say under a figure’s title when the reader’s settings make the title false, and recover', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
    // No shared progress: the loss gap never stops widening, so "rises, peaks, then fades" is false on screen.
    await page.goto(`${site.server.origin}${ESSAY}?g_h=1&g_a=1`);
    const host = page.locator('live-figure[data-figure="meek-loss-gap"]');
    const note = host.locator('[data-title-note]');
    await expect.poll(() => note.getAttribute('data-title-state')).toBe('fails');
    await expect(note.getAttribute('role')).resolves.toBe('status');
    await expect(note.textContent()).resolves.toMatch(/^\s*Not at your settings\.\s+With no shared progress/);
    await expect(note.isVisible()).resolves.toBe(true);
    // The title itself is the published takeaway: it does not change.
    await expect(host.locator('.figure-name').textContent()).resolves.toBe(
      'The frontier’s lead in loss rises, peaks, then fades',
    );
    const reset = host.locator('[data-reset]').first();
    await reset.scrollIntoViewIfNeeded();
    await reset.click();
    await expect.poll(() => note.getAttribute('data-title-state')).toBe('holds');
    await expect(note.textContent()).resolves.toMatch(/^\s*$/);
    await expect(note.evaluate((e) => e.getBoundingClientRect().height)).resolves.toBe(0);
    await page.close();
  });
});
