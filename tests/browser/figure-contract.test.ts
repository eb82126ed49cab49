/**
 * The figure URL contract in Chromium: every URL in /figures/index.json and
 * every file it lists is served; a superseded version serves its frozen bytes;
 * a cited view reopens exactly as cited; "download this view" gives what the
 * reader sees; without JavaScript a permalink still shows figure, table and downloads.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { figureVersions, versionsOf } from '../../src/figures/registry.ts';
import { readFrozen } from '../../src/figures/publishing/lock-files.ts';
import { SITE } from '../../src/site.ts';
import { downloadedBytes } from '../support/browser.ts';
import { useBuiltSite } from '../support/built-site.ts';
import { useFigures } from '../support/use-figures.ts';

const site = useBuiltSite();

/** A published (absolute) URL, served by the local server instead. */
const local = (url: string) => `${site.server.origin}${new URL(url).pathname}${new URL(url).search}`;

async function livePage(path: string): Promise<Page> {
  const page = await site.browser.newPage({ acceptDownloads: true });
  await page.goto(`${site.server.origin}${path}`);
  await page.locator('live-figure').scrollIntoViewIfNeeded();
  await useFigures(page); // islands load on intent: a control focused
  await page.waitForSelector('live-figure[data-live="ready"]');
  return page;
}

describe('/figures/index.json', () => {
  // Served files are the static server's answer, not a page's: Node's fetch asks for them directly (page.request
  // carried every body, PNGs included, from the shared Chromium's process to this worker), several at a time.
  it('lists every figure version, and every URL and file it names is served', async () => {
    const response = await fetch(`${site.server.origin}/figures/index.json`);
    expect(response.status).toBe(200);
    const index = await response.json();
    expect(index.site).toBe(SITE.url);
    const versions = index.figures.flatMap((f: { versions: unknown[] }) => f.versions);
    expect(versions).toHaveLength(figureVersions.length);
    const expectedTypes: Record<string, RegExp> = {
      'figure.svg': /^image\/svg\+xml/,
      'figure.png': /^image\/png/,
      'data.csv': /^text\/csv/,
      'params.json': /^application\/json/,
      'oembed.json': /^application\/json/,
      embed: /^text\/html/,
      'embed/static': /^text\/html/,
    };
    const served = async (version: { url: string; files: Record<string, { url: string }> }) => {
      const pageResponse = await fetch(local(version.url));
      expect(pageResponse.status, version.url).toBe(200);
      await pageResponse.body?.cancel();
      for (const [name, file] of Object.entries(version.files)) {
        const fileResponse = await fetch(local(file.url));
        expect(fileResponse.status, file.url).toBe(200);
        expect((await fileResponse.arrayBuffer()).byteLength, file.url).toBeGreaterThan(0);
        if (expectedTypes[name])
          expect(fileResponse.headers.get('content-type'), file.url).toMatch(expectedTypes[name]!);
      }
    };
    // Eight versions at a time: each version's files one after another, as before.
    for (let start = 0; start < versions.length; start += 8)
      await Promise.all(versions.slice(start, start + 8).map(served));
  });
});

describe('a superseded version', () => {
  const superseded = figureVersions.filter((spec) => versionsOf(spec.id).at(-1) !== spec);

  it('exists, so the freeze is exercised', () => {
    expect(superseded.length).toBeGreaterThan(0);
  });

  // One tab for every superseded version, a navigation each (33 versions): these checks read only the page a
  // navigation loads (no storage, no listeners), and a new tab costs Chromium ~0.8 CPU-s against ~0.3 for a
  // navigation (tests/support/README.md).
  let page: Page;
  beforeAll(async () => {
    page = await site.browser.newPage();
  });
  afterAll(() => page?.close());

  it.each(superseded.map((spec) => [`${spec.id} v${spec.version}`, spec] as const))(
    '%s serves its frozen bytes and says it is superseded',
    async (_, spec) => {
      const frozen = readFrozen(`${spec.id}/v${spec.version}`);
      expect(frozen, 'superseded versions must be frozen').toBeDefined();
      for (const file of ['figure.svg', 'data.csv', 'params.json'] as const) {
        const response = await fetch(`${site.server.origin}/figures/${spec.id}/v${spec.version}/${file}`);
        expect(await response.text()).toBe(frozen![file]);
      }
      await page.goto(`${site.server.origin}/figures/${spec.id}/v${spec.version}/`);
      await expect(page.locator('.banner').innerText()).resolves.toMatch(/Superseded by version \d+/);
      await expect(page.locator('[data-plot] svg:visible').isVisible()).resolves.toBe(true);
      // The page shows what the frozen file shows: the same description of the same picture.
      const described = frozen!['figure.svg'].match(/aria-description="([^"]*)"/)?.[1];
      expect(described).toBeTruthy();
      await expect(page.locator('[data-plot] svg:visible').getAttribute('aria-description')).resolves.toBe(
        described!.replace(/&amp;/g, '&').replace(/&quot;/g, '"'),
      );
    },
  );
});

describe('citable views', () => {
  // The live (latest) version's sliders: seven steps of gᵢ up and one of α down from their defaults.
  const latestLossGap = versionsOf('meek-loss-gap').at(-1)!;
  const stepped = (key: 'g_i' | 'alpha', steps: number) => {
    const { default: start, step } = latestLossGap.params[key] as { default: number; step: number };
    const decimals = (String(step).split('.')[1] ?? '').length;
    return String(Number((start + steps * step).toFixed(decimals)));
  };
  const citedGi = stepped('g_i', 7);
  const citedAlpha = stepped('alpha', -1);

  it('"Cite this view" gives a link that reopens exactly the view the reader saw', async () => {
    const page = await livePage('/figures/meek-loss-gap/');
    const slider = page.locator('input[name="g_i"]');
    await slider.focus();
    for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowRight');
    await page.locator('input[name="alpha"]').focus();
    await page.keyboard.press('ArrowLeft');
    const seen = await page.locator('[data-plot]').innerHTML();
    await page.locator('[data-figure-menu] > summary').click();
    await page.getByRole('button', { name: 'Cite this view' }).click();
    const link = page.locator('[data-view-url]');
    await link.waitFor();
    const cited = await link.getAttribute('href');
    // A build without SITE_URL cites the address the page is served from (src/site-address/).
    const citedSite = SITE.isPlaceholder ? site.server.origin : SITE.url;
    expect(cited).toMatch(new RegExp(`^${citedSite}/figures/meek-loss-gap/v\\d+/\\?`));
    expect(cited).toMatch(new RegExp(`/v${latestLossGap.version}/\\?`));
    expect(cited).toContain(`g_i=${citedGi}`);
    expect(cited).toContain(`alpha=${citedAlpha}`);
    await expect(page.locator('[data-view-apa]').innerText()).resolves.toContain(cited!);
    await expect(page.locator('[data-view-citation] pre').first().textContent()).resolves.toMatch(/^@misc\{/);

    const reopened = await livePage(new URL(cited!).pathname + new URL(cited!).search);
    await expect(reopened.locator('[data-alt]').textContent()).resolves.toBe(
      await page.locator('[data-alt]').textContent(),
    );
    // A link's state is first drawn at the server drawing's width (no layout shift); once the reader
    // acts, at the container's width, as the citing reader saw it. Nudge a slider there and back.
    await reopened.locator('input[name="g_i"]').focus();
    await reopened.keyboard.press('ArrowRight');
    await reopened.keyboard.press('ArrowLeft');
    await expect(reopened.locator('input[name="g_i"]').inputValue()).resolves.toBe(citedGi);
    expect(await reopened.locator('[data-plot]').innerHTML()).toBe(seen);
    await expect(reopened.locator('[data-page-notice][data-shown]').count()).resolves.toBe(0);
    await reopened.close();
    await page.close();
  });

  it('"Download this view" gives the SVG and CSV the reader sees, and a PNG', async () => {
    const page = await livePage('/figures/meek-loss-gap/?g_i=5');
    const download = async (name: string) => {
      // The downloads are in the figure's "Download or cite" menu, which closes after each.
      await page.locator('[data-figure-menu] > summary').click();
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
      return { name: file.suggestedFilename(), body: await downloadedBytes(file) };
    };
    const svg = await download('Download SVG');
    expect(svg.name).toMatch(/^meek-loss-gap-v\d+-view\.svg$/);
    const shown = await page
      .locator('[data-plot] svg:visible')
      .evaluate((node) => new XMLSerializer().serializeToString(node));
    expect(svg.body.toString().replace(/<style>[\s\S]*?<\/style>/, '')).toBe(shown);
    // No Plot <style> inside: the page never holds one under the CSP (its rules are in global.css).
    expect(svg.body.toString()).toMatch(/^<svg[^>]*class="fig-meek-loss-gap"/);
    // The description states the view's gᵢ (v4 calls it the frontier's investment growth: src/figures/meek-loss-gap/describe.ts).
    expect(svg.body.toString()).toContain('frontier investment growing 5×/yr');

    const csv = await download('Download CSV');
    const lines = csv.body.toString().trimEnd().split('\n');
    // v4 adds both actors' effective compute to the data (its changes note).
    expect(lines[0]).toBe('year,frontier_loss,meek_loss,loss_gap,frontier_compute,meek_compute');
    const defaults = (
      await page.request.get(`${site.server.origin}/figures/meek-loss-gap/data.csv`).catch(() => undefined)
    )?.status();
    expect(defaults).toBe(404); // the latest alias has no files of its own: files live under /v<N>/
    const published = await (
      await page.request.get(`${site.server.origin}/figures/meek-loss-gap/v${latestLossGap.version}/data.csv`)
    ).text();
    expect(published.split('\n')[0]).toBe(lines[0]); // the same columns as the published default view
    expect(csv.body.toString()).not.toBe(published); // g_i = 5 is not the default view

    const png = await download('Download PNG');
    expect(png.body.subarray(1, 4).toString()).toBe('PNG');
    const width = Number(await page.locator('[data-plot] svg:visible').getAttribute('width'));
    expect(png.body.readUInt32BE(16)).toBe(width * 3);
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('a permalink shows the figure, its data table and its downloads', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    // The latest version: live, so its controls are drawn (disabled until the island loads).
    const latest = versionsOf('meek-loss-gap').at(-1)!.version;
    await page.goto(`${site.server.origin}/figures/meek-loss-gap/v${latest}/`);
    const svg = page.locator('[data-plot] svg:visible');
    expect((await svg.boundingBox())?.width).toBeGreaterThan(300);
    await page.getByText('Data table').click();
    expect(await page.locator('[data-table-body] tr').count()).toBeGreaterThan(10);
    for (const file of ['figure.svg', 'figure.png', 'data.csv', 'params.json', 'cite.bib', 'cite.ris', 'cite.json']) {
      await expect(page.locator(`.downloads a[href$="/v${latest}/${file}"]`).count()).resolves.toBe(1);
    }
    await expect(page.locator('[data-controls] fieldset').getAttribute('disabled')).resolves.toBe('');
    await context.close();
  });
});
