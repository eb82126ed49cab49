/**
 * npm run bench: what a reader pays for the site, and how fast the figures are.
 *  - build time (wall clock of `npm run build`)
 *  - per page: JavaScript loaded before any interaction, and once every figure is visible (raw and gzip bytes)
 *  - slider input → redrawn SVG in Chromium (median, p95, max over 60 inputs)
 *  - the model's own benchmarks (scripts/bench-model.ts, when present)
 * A report, not a test: it prints results against the targets and exits 0 unless something fails to run.
 * Results also go to bench-results/latest.json.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchChromium } from '../tests/support/browser.ts';
import { startStaticServer } from '../tests/support/static-server.ts';

const TARGETS = { eagerGzip: 5 * 1024, visibleGzip: 100 * 1024, redrawP95Ms: 16 };
const INPUTS = 60;
const WARM_UP = 5;

interface Bytes {
  raw: number;
  gzip: number;
}
const sum = (files: Map<string, Bytes>): Bytes =>
  [...files.values()].reduce((total, f) => ({ raw: total.raw + f.raw, gzip: total.gzip + f.gzip }), {
    raw: 0,
    gzip: 0,
  });
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;

function htmlPages(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return htmlPages(path);
    return entry.name === 'index.html'
      ? [`/${relative('dist', directory)}/`.replace(/\/+$/, '/').replace(/^\/\.\//, '/')]
      : [];
  });
}

/** Records every JavaScript response on a page, keyed by URL, with raw and gzip sizes of its body. */
function recordScripts(page: Page): Map<string, Bytes> {
  const scripts = new Map<string, Bytes>();
  page.on('response', async (response) => {
    const type = response.headers()['content-type'] ?? '';
    if (!type.includes('javascript')) return;
    const body = await response.body().catch(() => undefined);
    if (body) scripts.set(response.url(), { raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
  });
  return scripts;
}

// 1. Build.
const buildStart = performance.now();
const build = spawnSync('npm', ['run', 'build'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (build.status !== 0) throw new Error('npm run build failed');
const buildMs = performance.now() - buildStart;

const server = await startStaticServer('dist');
const browser = await launchChromium();
try {
  // 2. JavaScript per page.
  // eager: what a page loads whatever the reader does (the scripts its HTML references);
  // atLoad: what it loads in a 1280×800 window before any interaction (includes the island when a figure is in the first screen);
  // visible: everything once every figure has been scrolled into view.
  const pages: { path: string; eager: Bytes; atLoad: Bytes; visible: Bytes; figures: number }[] = [];
  for (const path of htmlPages('dist').sort()) {
    // Eager = the scripts the HTML itself loads: every other script arrives through the island's
    // dynamic import (the island, its chunks and their preloads), so those are blocked here.
    const html = await (await fetch(`${server.origin}${path}`)).text();
    const referenced = new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]));
    const blocked = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await blocked.route(/\.js(\?|$)/, (route) =>
      referenced.has(new URL(route.request().url()).pathname) ? route.continue() : route.abort(),
    );
    const bootstrap = recordScripts(blocked);
    await blocked.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
    const eager = sum(bootstrap);
    await blocked.close();

    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const scripts = recordScripts(page);
    await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
    const atLoad = sum(scripts);
    const figures = page.locator('live-figure');
    const count = await figures.count();
    for (let i = 0; i < count; i++) {
      await figures.nth(i).scrollIntoViewIfNeeded();
      await page.waitForSelector(`live-figure:nth-of-type(${i + 1})[data-live="ready"]`).catch(() => undefined);
    }
    await page.waitForLoadState('networkidle');
    pages.push({ path, eager, atLoad, visible: sum(scripts), figures: count });
    await page.close();
  }

  // 3. Slider input → redrawn SVG.
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const redrawPath = '/figures/meek-loss-gap/';
  await page.goto(`${server.origin}${redrawPath}`);
  await page.locator('live-figure').scrollIntoViewIfNeeded();
  await page.waitForSelector('live-figure[data-live="ready"]');
  const timings = await page.evaluate(
    ({ inputs }) => {
      const input = document.querySelector<HTMLInputElement>('live-figure input[name="g_i"]')!;
      const plot = document.querySelector('live-figure [data-plot]')!;
      const times: number[] = [];
      for (let i = 0; i < inputs; i++) {
        const before = plot.querySelector('svg');
        const start = performance.now();
        input.value = (2 + (i % 41) * 0.1).toFixed(1);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        const after = plot.querySelector('svg');
        void (plot as HTMLElement).offsetHeight; // include the style and layout work of showing the new SVG
        const end = performance.now();
        if (after === before) throw new Error('the figure did not redraw synchronously on input');
        times.push(end - start);
      }
      return times;
    },
    { inputs: INPUTS + WARM_UP },
  );
  await page.close();
  const redraw = timings.slice(WARM_UP).sort((a, b) => a - b);
  const redrawStats = {
    n: redraw.length,
    median: quantile(redraw, 0.5),
    p95: quantile(redraw, 0.95),
    max: redraw.at(-1) ?? NaN,
  };

  // 4. The model's benchmarks, if the model provides them.
  let model: unknown;
  if (existsSync('scripts/bench-model.ts')) {
    const output = execFileSync(process.execPath, ['scripts/bench-model.ts', '--json'], { encoding: 'utf8' });
    const last = output.trim().split('\n').at(-1) ?? '';
    try {
      model = JSON.parse(last);
    } catch {
      model = output.trim();
    }
  }

  // Report.
  const mark = (ok: boolean) => (ok ? 'ok  ' : 'OVER');
  console.log(`\nBuild: ${(buildMs / 1000).toFixed(1)} s\n`);
  console.log('JavaScript per page, raw / gzip.');
  console.log(`  eager: loaded whatever the reader does (target ≤ ${kb(TARGETS.eagerGzip)} gzip)`);
  console.log(
    '  at load: before any interaction in a 1280×800 window (a figure in the first screen loads its island at once)',
  );
  console.log(`  visible: once every figure is in view (target ≤ ${kb(TARGETS.visibleGzip)} gzip)\n`);
  const cell = (b: Bytes) => `${kb(b.raw)} / ${kb(b.gzip)}`.padStart(20);
  console.log(`${'page'.padEnd(42)} ${'eager'.padStart(20)}      ${'at load'.padStart(20)} ${'visible'.padStart(20)}`);
  for (const p of pages) {
    console.log(
      `${p.path.padEnd(42)} ${cell(p.eager)} ${mark(p.eager.gzip <= TARGETS.eagerGzip)} ${cell(p.atLoad)} ${cell(p.visible)} ${mark(p.visible.gzip <= TARGETS.visibleGzip)}`,
    );
  }
  console.log(
    `\nSlider input → redrawn SVG, style and layout included, on ${redrawPath} (${redrawStats.n} inputs after ${WARM_UP} warm-up): median ${redrawStats.median.toFixed(2)} ms, p95 ${redrawStats.p95.toFixed(2)} ms ${mark(redrawStats.p95 <= TARGETS.redrawP95Ms)}(target ≤ ${TARGETS.redrawP95Ms} ms), max ${redrawStats.max.toFixed(2)} ms`,
  );
  if (model !== undefined) console.log(`\nModel: ${typeof model === 'string' ? model : JSON.stringify(model)}`);

  mkdirSync('bench-results', { recursive: true });
  writeFileSync(
    'bench-results/latest.json',
    `${JSON.stringify({ date: new Date().toISOString(), targets: TARGETS, buildMs, pages, redraw: redrawStats, model }, null, 2)}\n`,
  );
  console.log('\nWritten to bench-results/latest.json');
} finally {
  await browser.close();
  await server.close();
}
