/**
 * npm run bench: the one place the site's speed and size budgets are checked,
 * per built page (budgets.ts; issue 11, "Performance"). It builds the site
 * clean, serves dist/ as a host would (host-site.ts), visits every page as a
 * reader who scrolls to every figure, in 1280 px and 390 px windows, light and
 * dark (page-visit.ts), runs Lighthouse on the essays, and prints one table
 * with PASS/FAIL per cell, a summary line and the details behind the cells.
 * Results also go to bench-results/latest.json.
 *
 * A report, not a test: it exits 0 whatever the numbers, and non-zero only
 * when it could not measure.
 *
 *   npm run bench                      everything (3 clean builds, Lighthouse 3 runs per essay)
 *   npm run bench -- --quick           1 build, 1 redraw pass, no Lighthouse
 *   npm run bench -- --no-build        measure the dist/ already built
 *   npm run bench -- --pages=essays    only pages whose path matches the pattern
 *   npm run bench -- --lighthouse=all  Lighthouse on every page, not only the essays
 *   npm run bench -- --jobs=2          two pages at a time, Lighthouse alongside (faster; timings noisier)
 *   --builds=N, --lighthouse-runs=N, --redraw-runs=N, --no-lighthouse, --help (options.ts)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../tests/support/browser.ts';
import { BUDGETS } from './budgets.ts';
import { BENCH_USAGE, benchOptions, type BenchOptions } from './options.ts';
import { measureBuild, type BuildTime } from './build-time.ts';
import { essayPages, pagesToMeasure, timesRedraw } from './built-pages.ts';
import { startHostSite } from './host-site.ts';
import { runLighthouse, type LighthouseResult } from './lighthouse.ts';
import { measureModel } from './model-timing.ts';
import { CITE_PAGE, measureCite, type CiteTiming } from './cite-timing.ts';
import { openScreen, SCREENS, visitPage, type Visit } from './page-visit.ts';
import {
  dataLines,
  errorLines,
  layoutShiftLines,
  lighthouseLines,
  modelLines,
  citeLines,
  redrawLines,
  scriptLines,
} from './report-details.ts';
import { formatTable, legendLines, summarise, summaryLine, type PageRow } from './report-table.ts';

/** Visits pages in `jobs` lanes (each with its own windows); one lane unless the reader asks for speed over quiet. */
async function visitAll(
  origin: string,
  paths: readonly string[],
  redrawRuns: number,
  jobs: number,
): Promise<Visit[][]> {
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const all: Visit[][] = new Array(paths.length);
    let next = 0;
    let done = 0;
    const lane = async () => {
      const windows = await Promise.all(SCREENS.map((screen) => openScreen(browser!, screen)));
      const [first, ...others] = windows;
      for (let i = next++; i < paths.length; i = next++) {
        const path = paths[i]!;
        // The first screen alone (it times redraws); the others only watch layout shift, side by side.
        const main = await visitPage(first!, origin, path, timesRedraw(path) ? redrawRuns : 0);
        const visits = [main, ...(await Promise.all(others.map((window) => visitPage(window, origin, path))))];
        all[i] = visits;
        const worstRedraw = Math.max(0, ...(main.redraws ?? []).map((redraw) => redraw.p95));
        console.log(
          `  ${String(++done).padStart(3)}/${paths.length} ${path}  figures ${main.figures}, ` +
            `CLS ${Math.max(...visits.map((visit) => visit.layoutShift.cls)).toFixed(4)}` +
            (main.redraws ? `, redraw p95 ${worstRedraw.toFixed(1)} ms` : ''),
        );
      }
      await Promise.all(windows.map((window) => window.close()));
    };
    await Promise.all(Array.from({ length: jobs }, lane));
    return all;
  } finally {
    await browser?.close();
  }
}

function rowOf(visits: readonly Visit[], lighthouse: LighthouseResult | undefined): PageRow {
  const [main] = visits;
  if (!main) throw new Error('a page without visits');
  const worst = visits.reduce((a, b) => (b.layoutShift.cls > a.layoutShift.cls ? b : a));
  const redraws = main.redraws ?? [];
  // "Followers settled" is budgeted where a moved key has followers: figures on the page that share it.
  const followers = redraws.filter((redraw) => redraw.followers > 0);
  return {
    path: main.path,
    figures: main.figures,
    eagerGzip: main.eager.gzip,
    visibleGzip: main.visible.gzip,
    moverGzip: main.figures > 0 ? main.moved.gzip : undefined,
    dataGzip: main.data.files.length > 0 ? main.data.gzip : undefined,
    redrawP95: redraws.length > 0 ? Math.max(...redraws.map((redraw) => redraw.p95)) : undefined,
    followersP95: followers.length > 0 ? Math.max(...followers.map((redraw) => redraw.caughtUpP95)) : undefined,
    cls: worst.layoutShift.cls,
    clsScreen: worst.screen,
    lighthouse: lighthouse && {
      performance: lighthouse.performance,
      accessibility: lighthouse.accessibility,
      lcpMs: lighthouse.lcpMs,
    },
  };
}

/** "Cite this view": click → citation on show (cite-timing.ts). */
async function timeCite(origin: string): Promise<CiteTiming | undefined> {
  const browser = await launchChromium();
  try {
    return await measureCite(browser, origin);
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const started = new Date();
  let opts: BenchOptions;
  try {
    opts = benchOptions(process.argv.slice(2));
  } catch (error) {
    // A mistyped option is the reader's, not a failure to measure: its message and the usage, no stack.
    console.error(`npm run bench: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
    return;
  }
  if (opts.help) {
    console.log(BENCH_USAGE);
    return;
  }
  let build: BuildTime | undefined;
  if (opts.builds > 0) {
    console.log(`Clean builds (npm run build from empty dist/ and caches), ${opts.builds} run(s):`);
    build = measureBuild(opts.builds);
  }
  const model = measureModel();

  const paths = pagesToMeasure(opts.pages);
  if (paths.length === 0) throw new Error('no built page to measure: is dist/ built?');
  const server = await startHostSite('dist');
  let visits: Visit[][];
  let lighthouse: LighthouseResult[] | undefined;
  let cite: CiteTiming | undefined;
  try {
    console.log(`Visiting ${paths.length} pages at ${SCREENS.map((screen) => screen.name).join(', ')}:`);
    // With --jobs > 1, Lighthouse runs alongside the visits too: faster, noisier.
    const targets = opts.lighthouseAll ? paths : essayPages().filter((path) => paths.includes(path));
    const audit = () => {
      if (opts.lighthouseRuns === 0) return Promise.resolve(undefined);
      console.log(`Lighthouse, ${opts.lighthouseRuns} run(s) on ${targets.length} page(s):`);
      return runLighthouse(server.origin, targets, opts.lighthouseRuns);
    };
    const alongside = opts.jobs > 1 ? audit() : undefined;
    visits = await visitAll(server.origin, paths, opts.redrawRuns, opts.jobs);
    lighthouse = await (alongside ?? audit());
    // Timed on one permalink; measured when that page is among the pages asked for.
    if (paths.includes(new URL(CITE_PAGE, server.origin).pathname)) cite = await timeCite(server.origin);
  } finally {
    await server.close();
  }

  const rows = visits.map((page) =>
    rowOf(
      page,
      lighthouse?.find((result) => result.path === page[0]!.path),
    ),
  );
  const flat = visits.flat();
  const mainVisits = visits.map((page) => page[0]!);
  const sections = [
    layoutShiftLines(flat),
    redrawLines(mainVisits),
    dataLines(mainVisits),
    scriptLines(mainVisits),
    lighthouseLines(lighthouse),
    errorLines(flat),
    modelLines(model),
    cite ? citeLines(cite) : [],
  ];
  console.log(
    `\nBench of ${started.toISOString()} (${opts.quick ? 'quick' : 'full'}); JS and data in gzip -9 bytes; ` +
      `bytes and redraw at ${SCREENS[0]!.name} (redraw timed on essays and /figures/<id>/v<N>/ pages), ` +
      `CLS the worst of ${SCREENS.map((screen) => screen.name).join(', ')}.`,
  );
  // Timings depend on what else the machine runs: say how busy it was.
  const load = loadavg().map((value) => value.toFixed(1));
  console.log(`Machine: ${cpus().length} cores, load average ${load.join(', ')} (1, 5, 15 min) at the end.`);
  if (build)
    console.log(
      `Clean build: median ${(build.medianMs / 1000).toFixed(1)} s of ${build.runsMs.map((run) => (run / 1000).toFixed(1)).join(', ')} s`,
    );
  console.log(formatTable(rows).join('\n'));
  console.log(summaryLine(rows, build?.medianMs));
  console.log(legendLines().join('\n'));
  for (const lines of sections) if (lines.length > 0) console.log(`\n${lines.join('\n')}`);

  mkdirSync('bench-results', { recursive: true });
  const result = {
    date: started.toISOString(),
    node: process.version,
    loadAverage: loadavg(),
    options: { ...opts, pages: opts.pages?.source },
    budgets: BUDGETS,
    screens: SCREENS,
    build,
    summary: summarise(rows),
    rows,
    visits,
    lighthouse,
    model,
    cite,
  };
  writeFileSync('bench-results/latest.json', `${JSON.stringify(result, null, 2)}\n`);
  console.log('\nWritten to bench-results/latest.json');
}

try {
  await main();
} catch (error) {
  console.error(
    `npm run bench could not measure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  process.exitCode = 1;
  // Whatever handle a failure left open must not keep the process alive.
  setTimeout(() => process.exit(1), 5_000).unref();
}
