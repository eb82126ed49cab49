/**
 * Links a reader did not expect to work (issue 19's rule: bad input gets a clear notice and loses nothing): a value
 * between a slider's steps, "-0", a key no figure reads, a search with a bidi override or 1,000 characters. Each is
 * ignored, clamped or cut with a notice in the page's words; nothing prints "-0" or a year like "2029.5".
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';
import { pageScriptRan } from '../support/page-script.ts';

const site = useBuiltSite();

async function open(path: string): Promise<Page> {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${site.server.origin}${path}`);
  await pageScriptRan(page);
  return page;
}

/** The live figure `id` on the page, once its island has taken the link's state. */
async function liveFigure(page: Page, id: string) {
  const host = page.locator(`live-figure[data-figure="${id}"]`);
  await host.and(page.locator('[data-live="ready"]')).waitFor({ timeout: 20_000 });
  return host;
}

describe('figure links', () => {
  it('moves a value between steps to the slider’s step and prints no −0, with a notice', async () => {
    const page = await open('/essays/peak-capabilities-wall/?glut_year=2029.5&saturation=-0');
    const glut = await liveFigure(page, 'wall-glut');
    const notice = glut.locator('[data-notice]');
    await expect(notice.isVisible()).resolves.toBe(true);
    await expect(notice.getAttribute('role')).resolves.toBe('status');
    await expect(notice.innerText()).resolves.toContain(
      '“glut_year” = 2029.5 is between the slider’s steps; using 2030.',
    );
    await expect(glut.locator('output[for$="-glut_year"]').textContent()).resolves.toBe('2030');
    await expect(glut.locator('input[name="glut_year"]').inputValue()).resolves.toBe('2030');
    // "-0" reads as 0: no notice for it, and no "-0 per point" anywhere on the page.
    await expect(notice.innerText()).resolves.not.toContain('saturation');
    await expect(glut.locator('output[for$="-saturation"]').textContent()).resolves.toMatch(/^0\b/);
    expect(await page.locator('body').innerText()).not.toMatch(/[-−]0 (per point|years)/);
    await page.close();
  });

  it('says so when a link’s only key is one no figure on the page reads; click counters pass quietly', async () => {
    const page = await open('/essays/meek-models/?g_l=5');
    const first = page.locator('live-figure').first();
    const id = await first.getAttribute('data-figure');
    await liveFigure(page, id!);
    await expect(first.locator('[data-notice]').innerText()).resolves.toContain('Unknown parameter "g_l" ignored.');
    await page.close();

    const tracked = await open('/essays/meek-models/?utm_source=newsletter&fbclid=IwAR0');
    await liveFigure(tracked, id!);
    await expect(tracked.locator('[data-notice]:visible').count()).resolves.toBe(0);
    await tracked.close();
  });
});

describe('frozen version links', () => {
  it('says a frozen version cannot draw a link’s settings, a mistyped key included, and passes a click counter', async () => {
    const page = await open('/figures/wall-gap-lag/v1/?g_l=5');
    const notice = page.locator('[data-notice]');
    await notice.waitFor({ state: 'visible' });
    await expect(notice.innerText()).resolves.toMatch(/Version 1 is frozen.*cannot draw the settings in this link/);
    await page.close();

    const tracked = await open('/figures/wall-gap-lag/v1/?utm_source=newsletter');
    await tracked.waitForLoadState('networkidle');
    await expect(tracked.locator('[data-notice]').isHidden()).resolves.toBe(true);
    await tracked.close();
  });
});

describe('search links', () => {
  it('quotes a search with its bidi override shown, never raw', async () => {
    const page = await open('/search/?q=meek%E2%80%AEevil');
    const status = page.locator('[data-search-status]');
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toMatch(/for “meek⟨U\+202E⟩evil”/);
    expect(await status.textContent()).not.toContain('\u202E');
    await page.close();
  });

  it('searches only the first 200 characters of a long search, says so, and keeps the address short', async () => {
    const page = await open(`/search/?q=${'meek%20'.repeat(200)}`);
    const status = page.locator('[data-search-status]');
    await expect
      .poll(() => status.textContent(), { timeout: 20_000 })
      .toMatch(/for “(meek ){16}…”\. Only its first 200 characters were searched\.$/);
    expect(new URL(page.url()).searchParams.get('q')?.length).toBeLessThanOrEqual(200);
    await page.close();
  });
});
