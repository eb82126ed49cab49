/**
 * npm run bench: what a reader pays for the site, and how fast the figures are.
 *  - build time (wall clock of `npm run build`)
 *  - per page, JavaScript in raw and gzip (level 9) bytes:
 *      bootstrap  what the page loads while no figure is near the viewport (IntersectionObserver never fires)
 *      eager      what it loads in a 1280×800 window, load + network idle, without scrolling
 *                 (a figure in the first screen loads its island here)
 *      visible    eager plus everything loaded once every figure has been scrolled into view and is live
 *  - slider input → redrawn SVG in Chromium (median, p95, max over 60 inputs after 5 warm-up inputs)
 *  - the model's own benchmarks (scripts/bench-model.ts, when present)
 * A report, not a test: it prints results against the targets and exits 0 even when over a target;
 * it exits non-zero when something fails to run. Results also go to bench-results/latest.json.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../tests/support/browser.ts';
import { startStaticServer, type StaticServer } from '../tests/support/static-server.ts';

const TARGETS = { eagerGzip: 5 * 1024, visibleGzip: 100 * 1024, redrawP95Ms: 16 };
const VIEWPORT = { width: 1280, height: 800 };
const INPUTS = 60;
const WARM_UP = 5;
/** Quiet time that counts as network idle (Playwright's own networkidle uses 500 ms). */
const IDLE_MS = 500;
const FIGURE_TIMEOUT_MS = 15_000;
/**
 * The latest meek-loss-gap version (v1 is superseded and frozen: it has no sliders). The
 * alias serves the latest version's page.
 */
const REDRAW_PATH = '/figures/meek-loss-gap/';
const REDRAW_PARAM = 'g_i';

interface Bytes {
  raw: number;
  gzip: number;
}
interface JsFile extends Bytes {
  url: string;
}
interface Stats {
  median: number;
  p95: number;
  max: number;
}

const bytesOf = (body: Buffer | string): Bytes => {
  const buffer = typeof body === 'string' ? Buffer.from(body) : body;
  return { raw: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length };
};
const total = (files: Iterable<Bytes>): Bytes => {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    raw += file.raw;
    gzip += file.gzip;
  }
  return { raw, gzip };
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const quantile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
const stats = (values: readonly number[]): Stats => {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), max: sorted.at(-1) ?? NaN };
};
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Every page of the built site: the URL path of each index.html under dist/. */
function htmlPages(root: string, directory = root): string[] {
  return readdirSync(directory, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) return htmlPages(root, path);
      if (entry.name !== 'index.html') return [];
      const parts = relative(root, directory).split(sep).filter(Boolean);
      return [`/${parts.map((part) => `${part}/`).join('')}`];
    })
    .sort();
}

/**
 * Watches a page's network: every JavaScript response (by URL, with its body's sizes) and the
 * number of requests in flight, so `idle()` can wait for real quiet at any time. (Playwright's
 * waitForLoadState('networkidle') returns at once once the page has been idle after loading,
 * so it cannot wait for what a scroll starts.)
 */
function watchNetwork(page: Page) {
  const scripts = new Map<string, JsFile>();
  const reading = new Set<Promise<void>>();
  let inFlight = 0;
  let lastActivity = performance.now();
  page.on('request', () => {
    inFlight++;
    lastActivity = performance.now();
  });
  const done = () => {
    inFlight = Math.max(0, inFlight - 1);
    lastActivity = performance.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  page.on('response', (response) => {
    const type = response.headers()['content-type'] ?? '';
    if (!/javascript|ecmascript/.test(type) && response.request().resourceType() !== 'script') return;
    const read = response
      .body()
      .then((body) => void scripts.set(response.url(), { url: response.url(), ...bytesOf(body) }))
      .catch((error: unknown) => {
        throw new Error(`could not read ${response.url()}: ${String(error)}`);
      });
    reading.add(read);
    void read.finally(() => reading.delete(read)).catch(() => undefined);
  });
  return {
    scripts,
    async idle(): Promise<void> {
      const deadline = performance.now() + 30_000;
      while (inFlight > 0 || performance.now() - lastActivity < IDLE_MS) {
        if (performance.now() > deadline) throw new Error(`${page.url()}: the network never went idle`);
        await sleep(50);
      }
      await Promise.all(reading);
    },
  };
}

/** JavaScript written into the HTML itself (none today; counted so an inlined script cannot hide). */
async function inlineScripts(page: Page): Promise<JsFile[]> {
  const bodies = await page.evaluate(() =>
    [...document.scripts]
      .filter((script) => !script.src && (!script.type || /module|javascript/i.test(script.type)))
      .map((script) => script.textContent ?? ''),
  );
  return bodies.map((body, i) => ({ url: `${page.url()}#inline-script-${i + 1}`, ...bytesOf(body) }));
}

interface PageResult {
  path: string;
  figures: number;
  bootstrap: Bytes & { files: JsFile[] };
  eager: Bytes & { files: JsFile[] };
  visible: Bytes & { files: JsFile[] };
}

const summary = (files: JsFile[]) => ({ ...total(files), files });

async function measurePage(browser: Browser, server: StaticServer, path: string): Promise<PageResult> {
  const url = `${server.origin}${path}`;

  // Bootstrap: no figure ever comes near the viewport.
  const quiet = await browser.newPage({ viewport: VIEWPORT });
  await quiet.addInitScript(() => {
    window.IntersectionObserver = class {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
      takeRecords(): [] {
        return [];
      }
    } as unknown as typeof IntersectionObserver;
  });
  const quietNetwork = watchNetwork(quiet);
  const quietResponse = await quiet.goto(url, { waitUntil: 'load' });
  if (quietResponse?.status() !== 200) throw new Error(`${path}: HTTP ${quietResponse?.status()}`);
  await quietNetwork.idle();
  const bootstrap = summary([...quietNetwork.scripts.values(), ...(await inlineScripts(quiet))]);
  await quiet.close();

  // Eager: load and network idle in a 1280×800 window, no scrolling.
  const page = await browser.newPage({ viewport: VIEWPORT });
  const network = watchNetwork(page);
  const response = await page.goto(url, { waitUntil: 'load' });
  if (response?.status() !== 200) throw new Error(`${path}: HTTP ${response?.status()}`);
  await network.idle();
  const inline = await inlineScripts(page);
  const eager = summary([...network.scripts.values(), ...inline]);

  // Visible: every figure scrolled into view, one by one, with reader activity, until each is live.
  const figures = page.locator('live-figure');
  const count = await figures.count();
  for (let i = 0; i < count; i++) {
    const figure = figures.nth(i);
    await figure.scrollIntoViewIfNeeded();
    await page.mouse.move(10 + i, 10); // a reader's first activity: islands load only after some
    await figure.evaluate(
      (host, timeout) =>
        new Promise<void>((resolve, reject) => {
          const check = () => {
            const state = host.getAttribute('data-live');
            if (state === 'ready') return resolve();
            if (state === 'failed') return reject(new Error('the figure failed to load its island'));
            if (performance.now() > deadline) return reject(new Error('the figure did not become live'));
            setTimeout(check, 20);
          };
          const deadline = performance.now() + timeout;
          check();
        }),
      FIGURE_TIMEOUT_MS,
    );
    await network.idle();
  }
  const visible = summary([...network.scripts.values(), ...inline]);
  await page.close();
  return { path, figures: count, bootstrap, eager, visible };
}

/** Slider input → redrawn SVG, measured inside the page. */
async function measureRedraw(browser: Browser, server: StaticServer) {
  const page = await browser.newPage({ viewport: VIEWPORT });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.origin}${REDRAW_PATH}`);
  await page.locator('live-figure').first().scrollIntoViewIfNeeded();
  await page.mouse.move(10, 10); // islands load after the reader's first activity
  await page.waitForSelector('live-figure[data-live="ready"]', { timeout: FIGURE_TIMEOUT_MS });
  const samples = await page.evaluate(
    ({ inputs, name }) => {
      const input = document.querySelector<HTMLInputElement>(`live-figure input[name="${name}"]`);
      const plot = document.querySelector<HTMLElement>('live-figure [data-plot]');
      if (!input || !plot) throw new Error(`no ${name} slider or plot on this page`);
      const handler: number[] = [];
      const withLayout: number[] = [];
      for (let i = 0; i < inputs; i++) {
        // Alternate between the low and the high half of 2.0–6.0, so every input is a real change.
        const step = (i % 20) * 0.1;
        const value = (i % 2 === 0 ? 2 + step : 6 - step).toFixed(1);
        const before = plot.querySelector('svg');
        const t0 = performance.now();
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        const t1 = performance.now();
        const after = plot.querySelector('svg');
        if (!after || after === before) throw new Error(`input ${i} (${name} = ${value}) did not redraw the SVG`);
        plot.getBoundingClientRect(); // style and layout of the new SVG
        const t2 = performance.now();
        handler.push(t1 - t0);
        withLayout.push(t2 - t0);
      }
      return { handler, withLayout };
    },
    { inputs: INPUTS + WARM_UP, name: REDRAW_PARAM },
  );
  await page.close();
  if (errors.length > 0) throw new Error(`errors while redrawing: ${errors.join('; ')}`);
  return {
    path: REDRAW_PATH,
    param: REDRAW_PARAM,
    inputs: INPUTS,
    warmUp: WARM_UP,
    handler: stats(samples.handler.slice(WARM_UP)),
    withLayout: stats(samples.withLayout.slice(WARM_UP)),
  };
}

function runBuild(): number {
  const start = performance.now();
  const build = spawnSync('npm', ['run', 'build'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const ms = performance.now() - start;
  if (build.status !== 0) {
    process.stderr.write(build.stdout ?? '');
    process.stderr.write(build.stderr ?? '');
    throw new Error(`npm run build failed (${build.error?.message ?? `exit code ${build.status}`})`);
  }
  return ms;
}

/** scripts/bench-model.ts prints lines for people and, with --json, a last line of JSON. */
function modelBenchmarks(): { text: string; results: unknown } | undefined {
  if (!existsSync('scripts/bench-model.ts')) return undefined;
  const output = execFileSync(process.execPath, ['scripts/bench-model.ts', '--json'], { encoding: 'utf8' });
  const lines = output.trim().split('\n');
  try {
    return { text: lines.slice(0, -1).join('\n'), results: JSON.parse(lines.at(-1) ?? '') };
  } catch {
    return { text: output.trim(), results: undefined };
  }
}

async function main(): Promise<void> {
  console.log('Building (npm run build)…');
  const buildMs = runBuild();

  const server = await startStaticServer('dist');
  let browser: Browser | undefined;
  let pages: PageResult[];
  let redraw: Awaited<ReturnType<typeof measureRedraw>>;
  try {
    browser = await launchChromium();
    pages = [];
    for (const path of htmlPages('dist')) pages.push(await measurePage(browser, server, path));
    redraw = await measureRedraw(browser, server);
  } finally {
    await browser?.close();
    await server.close();
  }
  const model = modelBenchmarks();

  // Every JavaScript file seen, with the pages that load it eagerly.
  const files = new Map<string, JsFile & { eagerOn: number; lazyOn: number }>();
  for (const page of pages) {
    for (const file of page.visible.files) {
      const path = file.url.startsWith('http') ? new URL(file.url).pathname : file.url;
      if (!files.has(path)) files.set(path, { ...file, url: path, eagerOn: 0, lazyOn: 0 });
      const entry = files.get(path)!;
      if (page.eager.files.some((eager) => eager.url === file.url)) entry.eagerOn++;
      else entry.lazyOn++;
    }
  }

  // Report.
  const mark = (ok: boolean) => (ok ? 'PASS' : 'OVER');
  const cell = (b: Bytes) => `${kb(b.raw)} / ${kb(b.gzip)}`.padStart(21);
  const width = Math.max(...pages.map((p) => p.path.length), 4);
  const line = '─'.repeat(width + 6 + 3 * 27);
  console.log(`\nBuild (npm run build, wall clock): ${(buildMs / 1000).toFixed(1)} s`);
  console.log(`\nJavaScript per page, raw / gzip -9, in a ${VIEWPORT.width}×${VIEWPORT.height} window:`);
  console.log('  bootstrap: loaded while no figure is near the viewport');
  console.log(
    `  eager:     loaded at load + network idle without scrolling; target ≤ ${kb(TARGETS.eagerGzip)} gzip per page`,
  );
  console.log(
    `  visible:   eager + lazy once every figure is in view and live; target ≤ ${kb(TARGETS.visibleGzip)} gzip`,
  );
  console.log(line);
  console.log(
    `${'page'.padEnd(width)} figs ${'bootstrap'.padStart(21)}      ${'eager'.padStart(21)}      ${'visible'.padStart(21)}`,
  );
  console.log(line);
  for (const p of pages) {
    console.log(
      `${p.path.padEnd(width)} ${String(p.figures).padStart(4)} ` +
        `${cell(p.bootstrap)} ${mark(p.bootstrap.gzip <= TARGETS.eagerGzip)} ` +
        `${cell(p.eager)} ${mark(p.eager.gzip <= TARGETS.eagerGzip)} ` +
        `${cell(p.visible)} ${mark(p.visible.gzip <= TARGETS.visibleGzip)}`,
    );
  }
  console.log(line);
  const over = pages.filter((p) => p.eager.gzip > TARGETS.eagerGzip && p.bootstrap.gzip <= TARGETS.eagerGzip);
  if (over.length > 0) {
    console.log(
      `Eager is over target only where a figure is in the first screen and loads its island at once (${over.length} page(s));`,
    );
    console.log('bootstrap shows what those pages cost before that.');
  }

  console.log('\nJavaScript files (pages loading each eagerly / only once figures are visible):');
  const fileWidth = Math.max(...[...files.keys()].map((f) => f.length), 4);
  for (const [path, f] of [...files].sort((a, b) => b[1].gzip - a[1].gzip || a[0].localeCompare(b[0]))) {
    console.log(`  ${path.padEnd(fileWidth)} ${cell(f)}  eager on ${f.eagerOn}, lazy on ${f.lazyOn}`);
  }

  const ms = (value: number) => `${value.toFixed(2)} ms`;
  console.log(
    `\nSlider input → redrawn SVG on ${redraw.path} (${redraw.param}, ${redraw.inputs} inputs after ${redraw.warmUp} warm-up; target p95 ≤ ${TARGETS.redrawP95Ms} ms):`,
  );
  for (const [label, s] of [
    ['input handler (redraw is synchronous)', redraw.handler],
    ['handler + style and layout', redraw.withLayout],
  ] as const) {
    console.log(
      `  ${label.padEnd(38)} median ${ms(s.median).padStart(9)}  p95 ${ms(s.p95).padStart(9)} ${mark(s.p95 <= TARGETS.redrawP95Ms)}  max ${ms(s.max).padStart(9)}`,
    );
  }
  if (model) console.log(`\nModel (scripts/bench-model.ts):\n  ${model.text.split('\n').join('\n  ')}`);

  mkdirSync('bench-results', { recursive: true });
  const result = {
    date: new Date().toISOString(),
    node: process.version,
    viewport: VIEWPORT,
    targets: TARGETS,
    buildMs,
    pages,
    files: [...files.values()],
    redraw,
    pass: {
      eager: pages.every((p) => p.eager.gzip <= TARGETS.eagerGzip),
      bootstrap: pages.every((p) => p.bootstrap.gzip <= TARGETS.eagerGzip),
      visible: pages.every((p) => p.visible.gzip <= TARGETS.visibleGzip),
      redrawP95: redraw.handler.p95 <= TARGETS.redrawP95Ms,
    },
    model: model?.results,
  };
  writeFileSync('bench-results/latest.json', `${JSON.stringify(result, null, 2)}\n`);
  console.log('\nWritten to bench-results/latest.json');
}

try {
  await main();
} catch (error) {
  console.error(`npm run bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
  // Whatever handle a failure left open must not keep the process alive.
  setTimeout(() => process.exit(1), 5_000).unref();
}
