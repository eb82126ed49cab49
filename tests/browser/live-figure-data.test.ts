/**
 * Every figure's latest version, live in Chromium on its permalink page: the island loads, a slider
 * redraws the figure, and nothing fails (the browser build leaves some d3 modules out and ships slim
 * parameter entries, src/bundling/). A figure that reads datasets fetches only its data slices
 * (src/figures/data-slices/), each at most 30 KB gzip, and never a whole dataset under /data/.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { figureIds, getFigure } from '../../src/figures/registry.ts';
import { figurePath } from '../../src/figures/paths.ts';
import { useBuiltSite } from '../support/built-site.ts';
import { useFigures } from '../support/use-figures.ts';

const site = useBuiltSite();
const SLICE_BUDGET_GZIP = 30 * 1024;

// One tab for every figure, a navigation each, its listeners new for each figure: a new tab costs Chromium ~0.8
// CPU-s against ~0.3 for a navigation (tests/support/README.md), and a navigation starts a new document.
let page: Page;
beforeAll(async () => {
  page = await site.browser.newPage();
});
afterAll(() => page?.close());

describe.each(figureIds().map((id) => getFigure(id)))('$id (latest version)', (spec) => {
  it('goes live, redraws from a slider, and fetches only its data slices', async () => {
    for (const event of ['pageerror', 'console', 'response'] as const) page.removeAllListeners(event);
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    const fetched: { url: string; gzip: number }[] = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() !== 'fetch') return;
      const body = await response.body().catch(() => Buffer.alloc(0));
      fetched.push({ url: new URL(response.url()).pathname, gzip: gzipSync(body, { level: 9 }).length });
    });
    await page.goto(`${site.server.origin}${figurePath(spec)}`);
    const host = page.locator(`live-figure[data-figure="${spec.id}"]`);
    await host.scrollIntoViewIfNeeded();
    await useFigures(page); // islands load on intent: a control focused
    await page.locator(`live-figure[data-figure="${spec.id}"][data-live="ready"]`).waitFor({ timeout: 15_000 });

    const plot = host.locator('[data-plot]');
    const before = await plot.innerHTML();
    const slider = host.locator('input[type="range"]').first();
    await slider.focus();
    // Towards the far end of the range from where it starts, so the value really changes.
    const atMax = await slider.evaluate((input: HTMLInputElement) => Number(input.value) >= Number(input.max));
    for (let i = 0; i < 3; i++) await page.keyboard.press(atMax ? 'ArrowLeft' : 'ArrowRight');
    await expect.poll(() => plot.innerHTML()).not.toBe(before);

    const slices = fetched.filter((f) => f.url.startsWith(figurePath(spec)) && !f.url.endsWith('cite-view.json'));
    expect(fetched.filter((f) => f.url.startsWith('/data/'))).toEqual([]);
    expect(slices.map((s) => s.url.replace(/\.[0-9a-f]{12}\.json$/, '')).sort()).toEqual(
      spec.datasets.map((d) => `${figurePath(spec)}${d.name}-v${d.version}`).sort(),
    );
    for (const slice of slices) expect(slice.gzip, slice.url).toBeLessThanOrEqual(SLICE_BUDGET_GZIP);
    expect(problems).toEqual([]);
  });
});
