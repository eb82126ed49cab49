/**
 * Lighthouse 13 (the npm package, mobile preset: its default config, with
 * simulated throttling) on Debian's Chromium, started by chrome-launcher.
 * Each page is audited `runs` times; the median performance score is reported
 * with the run it came from, and that run's failing audits (page, audit id,
 * value, and for accessibility the elements) so a failure is precise.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_PATH } from '../../tests/support/browser.ts';
import { median } from './numbers.ts';
import { lcpPath, type LcpPath } from './lcp-path.ts';
import { takeSimulatedPath } from './lantern-path.ts';

export interface FailingAudit {
  category: 'performance' | 'accessibility';
  id: string;
  title: string;
  score: number;
  value: string;
  /** Accessibility: the elements that fail it (at most three). */
  nodes: string[];
}

export interface LighthouseResult {
  path: string;
  performance: number;
  accessibility: number;
  /** Largest contentful paint, median of the runs, ms (simulated mobile). */
  lcpMs: number;
  /** Each run's LCP and what was on its path (lcp-path.ts: the requests it counted; lantern-path.ts: where the time went). */
  lcpPaths: LcpPath[];
  performanceRuns: number[];
  accessibilityRuns: number[];
  /** Core metrics and main-thread diagnostics of the median run (LCP, TBT, CLS, FCP, SI, DOM size …). */
  metrics: Record<string, string>;
  /** Lighthouse's measure of the machine's speed per run (lower is slower; simulated timings scale with it). */
  benchmarkIndex: number[];
  failing: FailingAudit[];
}

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
  'dom-size-insight',
  'bootup-time',
  'mainthread-work-breakdown',
  'total-byte-weight',
];

function failingAudits(lhr: Lhr): FailingAudit[] {
  const failing: FailingAudit[] = [];
  for (const category of ['performance', 'accessibility'] as const) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= (category === 'performance' ? 0.9 : 1)) continue;
      if (category === 'performance' && ref.weight === 0 && audit.scoreDisplayMode !== 'binary') continue;
      const items = (audit.details as { items?: { node?: { selector?: string } }[] } | undefined)?.items ?? [];
      failing.push({
        category,
        id: audit.id,
        title: audit.title,
        score: audit.score,
        value: audit.displayValue ?? (audit.numericValue === undefined ? '' : String(audit.numericValue)),
        nodes: items
          .map((item) => item.node?.selector)
          .filter((selector): selector is string => Boolean(selector))
          .slice(0, 3),
      });
    }
  }
  return failing;
}

/**
 * What each run clears for the origin, so every run is a reader's first visit: Lighthouse's default (file systems,
 * shader cache, service workers, Cache Storage; it clears the HTTP cache itself) and local storage, which it keeps by
 * default. The site's inline font script stores a flag there once the web faces are cached and uses them from the
 * next page on (src/fonts/web-fonts-script.ts); kept, the flag made later runs (and every later essay in one bench)
 * a returning reader whose cache was emptied, who fetches the fonts before the first paint: one such run, 2.23 s
 * against 1.15 and 1.25 s.
 */
const FIRST_VISIT_STORAGE: ('file_systems' | 'shader_cache' | 'service_workers' | 'cache_storage' | 'local_storage')[] =
  ['file_systems', 'shader_cache', 'service_workers', 'cache_storage', 'local_storage'];

export async function runLighthouse(
  origin: string,
  paths: readonly string[],
  runs: number,
): Promise<LighthouseResult[]> {
  const chrome = await launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
    logLevel: 'silent',
  });
  try {
    const results: LighthouseResult[] = [];
    for (const path of paths) {
      const lhrs: Lhr[] = [];
      const lcpPaths: LcpPath[] = [];
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(`${origin}${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility'],
          clearStorageTypes: FIRST_VISIT_STORAGE,
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
        if (result.lhr.runtimeError)
          throw new Error(`Lighthouse on ${path}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
        lhrs.push(result.lhr);
        // Read before the next run simulates again (lantern-path.ts).
        const simulated = takeSimulatedPath();
        lcpPaths.push({ ...lcpPath(result.lhr), ...(simulated ? { simulated } : {}) });
      }
      const score = (lhr: Lhr, category: string) => Math.round((lhr.categories[category]?.score ?? NaN) * 100);
      const performanceRuns = lhrs.map((lhr) => score(lhr, 'performance'));
      const accessibilityRuns = lhrs.map((lhr) => score(lhr, 'accessibility'));
      const performance = median(performanceRuns);
      // The run whose performance score is the median (the lower middle for an even count) speaks for the page.
      const sorted = [...lhrs].sort((a, b) => score(a, 'performance') - score(b, 'performance'));
      const typical = sorted[Math.floor((sorted.length - 1) / 2)]!;
      results.push({
        path,
        performance,
        accessibility: median(accessibilityRuns),
        lcpMs: median(lhrs.map((lhr) => lhr.audits['largest-contentful-paint']?.numericValue ?? NaN)),
        lcpPaths,
        performanceRuns,
        accessibilityRuns,
        metrics: Object.fromEntries(
          METRICS.map((id) => [
            id,
            typical.audits[id]?.displayValue ?? String(typical.audits[id]?.numericValue ?? '?'),
          ]),
        ),
        benchmarkIndex: lhrs.map((lhr) => Math.round(lhr.environment.benchmarkIndex)),
        failing: failingAudits(typical),
      });
      console.log(
        `  Lighthouse ${path}: performance ${performanceRuns.join(', ')}; accessibility ${accessibilityRuns.join(', ')}`,
      );
    }
    return results;
  } finally {
    chrome.kill();
  }
}
