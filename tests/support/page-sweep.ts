/**
 * The per-page checks, in one sweep over every built page (builtPages(), narrowed by CHECK_PAGES), split
 * into shards that run side by side: tests/browser/every-page-<k>.test.ts calls everyPageShard(site, k).
 * Each page is loaded twice, once per browser setting a check needs, and every check that needs that
 * setting reads the same load (issue 22 §5: it was loaded seven times by five files):
 *
 *   under its policy (1280 px, the page's Content-Security-Policy enforced):
 *     the policy is in the page; loading it, waking its island and moving a slider raises no
 *     `securitypolicyviolation` and no CSP console message; it answers 200, loads only from its own
 *     origin and logs no errors (was csp.test.ts and live-figure.test.ts "every page").
 *   on a 390 px phone (the policy bypassed so axe can be added, tests/support/axe.ts):
 *     nothing scrolls the page sideways in the light or the dark theme (was phone-layout.test.ts);
 *     axe finds no violation in the dark theme, islands woken (was axe-phone.test.ts, light and dark).
 *     One page of each template (page-templates.ts) is checked by axe in the light theme too, and at
 *     1280 px in both (axe-laptop.test.ts), so every template meets all four.
 *
 * A new per-page check belongs here, reading a load that is already made, rather than in a new file that
 * loads every page again.
 *
 * @example
 *   // tests/browser/every-page-1.test.ts
 *   everyPageShard(useBuiltSite(), 1);
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/security/csp.ts';
import { formatViolations, runAxe } from './axe.ts';
import { settled, wakeIslands } from './axe-suites.ts';
import type { BuiltSite } from './built-site.ts';
import { templatePages } from './page-templates.ts';
import { builtPages } from './site-pages.ts';
import { pageScriptRan } from './page-script.ts';
import { useFigures } from './use-figures.ts';
import { describeOpen, watchRequests, type RequestWatch } from './quiet-network.ts';

/** How many every-page-<k>.test.ts files share the pages (each takes every SHARDS-th page). */
export const SHARDS = 4;
const PHONE = { width: 390, height: 844 };

/** The pages of shard `k` (1…SHARDS): every SHARDS-th page, so each shard gets a mix of page kinds. */
export function shardPages(pages: readonly string[], k: number): string[] {
  return pages.filter((_, index) => index % SHARDS === k - 1);
}

/** What went wrong while one page loaded under its policy (the records of one navigation). */
interface PolicyRecord {
  policyMessages: string[];
  errors: string[];
  foreign: string[];
}

/**
 * One tab per shard for the loads under policy, each page a new navigation in it: a new tab costs Chromium a
 * renderer process and a window, ~0.8 CPU-s a page on this machine against ~0.35 for a navigation, and the
 * sweep loads ~150 pages (issue 22 §5). Each navigation is a new document with its own listener, and the
 * tab's records are emptied before each page; cached files still raise a request event, so the own-origin
 * check sees every file a page loads. No page of the site writes storage unless the theme toggle is pressed,
 * which the sweep never does.
 */
async function policyTab(site: BuiltSite): Promise<{ page: Page; record: PolicyRecord; network: RequestWatch }> {
  const page = await site.browser.newPage();
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`.trim()),
    );
  });
  const record: PolicyRecord = { policyMessages: [], errors: [], foreign: [] };
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) record.policyMessages.push(message.text());
    if (message.type() === 'error') record.errors.push(message.text());
  });
  page.on('pageerror', (error) => record.errors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(site.server.origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      record.foreign.push(url);
  });
  return { page, record, network: watchRequests(page) };
}

/** Loads `path` with its policy enforced in the shard's tab, wakes its island and moves a slider; returns what went wrong. */
async function underPolicy(
  site: BuiltSite,
  { page, record, network }: { page: Page; record: PolicyRecord; network: RequestWatch },
  path: string,
): Promise<Record<string, unknown>> {
  for (const list of Object.values(record)) list.length = 0;
  network.restart();
  const response = await page.goto(`${site.server.origin}${path}`, { waitUntil: 'load' });
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  let island: string | null = 'none';
  const live = page.locator('live-figure');
  if ((await live.count()) > 0) {
    await live.first().scrollIntoViewIfNeeded();
    await useFigures(page); // islands load on intent: a control focused
    await page
      .locator('live-figure[data-live="ready"], live-figure[data-live="failed"]')
      .first()
      .waitFor({ state: 'attached', timeout: 15_000 });
    island = await live.first().getAttribute('data-live');
    const slider = page.locator('live-figure input[type="range"]').first();
    if ((await slider.count()) > 0) {
      await slider.focus();
      await slider.press('ArrowRight');
    }
  }
  await pageScriptRan(page); // it starts after the first paint; its own requests must meet the policy too
  // Every request the page made is answered before the records are read (a failed load logs its error then).
  // Not playwright's networkidle: in CI it never came for two pages at the busiest moment of the run (stop 27),
  // which fall quiet in about a second here. A page still loading after 30 s is named in the log, and the checks
  // go on with what it loaded: each request was recorded (and checked against the policy) when it started.
  const settled = await network.quiet({ timeoutMs: 30_000 });
  if (!settled.quiet)
    console.warn(`${path}: the network did not fall quiet in 30 s; ${describeOpen(settled.open, site.server.origin)}`);
  const violations = await page.evaluate(() => (window as unknown as { violations: string[] }).violations);
  const { policyMessages, errors, foreign } = record;
  return {
    status: response?.status(),
    policy,
    island,
    violations,
    policyMessages: [...policyMessages],
    foreign: [...foreign],
    errors: [...errors],
  };
}

/** The registered shard: its pages under their policy, then on a phone. */
export function everyPageShard(site: BuiltSite, k: number): void {
  const all = builtPages();
  const pages = shardPages(all, k);
  const inAllFour = new Set(templatePages(all));

  describe(`every page, shard ${k} of ${SHARDS}`, () => {
    it('the shards together take every page once', () => {
      const taken = Array.from({ length: SHARDS }, (_, i) => shardPages(all, i + 1)).flat();
      expect(taken.sort()).toEqual([...all].sort());
    });

    let tab: Awaited<ReturnType<typeof policyTab>>;
    beforeAll(async () => {
      tab = await policyTab(site);
    });
    afterAll(() => tab?.page.close());

    it.each(pages)(
      '%s loads under its Content-Security-Policy with no violation, answers 200, loads only from its own origin and logs no errors',
      async (path) => {
        const island = (await live(path)) ? 'ready' : 'none';
        expect(await underPolicy(site, tab, path)).toEqual({
          status: 200,
          policy: CONTENT_SECURITY_POLICY,
          island,
          violations: [],
          policyMessages: [],
          foreign: [],
          errors: [],
        });
      },
    );

    describe('on a 390 px phone', () => {
      let context: BrowserContext;
      let page: Page;
      beforeAll(async () => {
        context = await site.browser.newContext({ viewport: PHONE, reducedMotion: 'reduce', bypassCSP: true });
        page = await context.newPage();
      });
      afterAll(() => context?.close());

      it.each(pages)(
        '%s does not scroll sideways (light and dark) and axe finds no violation (dark; light too for a template)',
        { timeout: 180_000 },
        async (path) => {
          await page.emulateMedia({ colorScheme: 'light' });
          await page.goto(`${site.server.origin}${path}`, { waitUntil: 'load' });
          // Read the page the reader keeps: the page script (it starts after the first paint) adds to the header.
          await pageScriptRan(page);
          const wide: string[] = [];
          for (const scheme of ['light', 'dark'] as const) {
            await page.emulateMedia({ colorScheme: scheme });
            const culprit = await sidewaysCulprit(page);
            if (culprit) wide.push(`${path} (${scheme}): ${culprit}`);
          }
          await wakeIslands(page);
          const report: string[] = [];
          for (const scheme of inAllFour.has(path) ? (['dark', 'light'] as const) : (['dark'] as const)) {
            await page.emulateMedia({ colorScheme: scheme });
            await settled(page);
            const violations = await runAxe(page);
            if (violations.length > 0) report.push(formatViolations(`${path} @390px ${scheme}:`, violations));
          }
          expect(wide, 'scrolls sideways').toEqual([]);
          expect(report, report.join('\n')).toEqual([]);
        },
      );
    });
  });
}

/** Whether the page has a live figure (read from the built file, so the expectation does not come from the page). */
async function live(path: string): Promise<boolean> {
  const { readFile } = await import('node:fs/promises');
  const file = path.endsWith('.html') ? `dist${path}` : `dist${path}index.html`;
  return (await readFile(file, 'utf8')).includes('<live-figure');
}

/** Where the page is wider than the phone: its width and the last element reaching past the edge, or ''. */
function sidewaysCulprit(page: Page): Promise<string> {
  return page.evaluate((limit) => {
    const width = document.documentElement.scrollWidth;
    if (width <= limit) return '';
    const over = [...document.body.querySelectorAll('*')].filter(
      (el) => el.getBoundingClientRect().right > limit + 0.5 && !el.closest('[data-scroll-box], .katex-display'),
    );
    const el = over.at(-1);
    return `${width} px (${el ? `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}` : 'unknown'})`;
  }, PHONE.width);
}
