/**
 * A test-only way to make the race between a test and the page script visible. The page's module scripts start
 * after the first paint is reported (src/layouts/after-paint-script.ts): on a loaded machine that is up to 3 s after
 * the load, after the network has fallen quiet, so a test that acts on what the script provides (the theme button,
 * the contents, sidenotes, menus, <live-figure>, search) without waiting for it passes on a quiet machine and fails
 * in CI (stop 26). With `TEST_PAGE_SCRIPT_DELAY_MS=<ms>` the tests' static server starts every such script that much
 * later on every page, so such a test fails on any machine:
 *
 *     npm run build && TEST_PAGE_SCRIPT_DELAY_MS=2500 npm exec -- vitest run --project browser <files>
 *
 * How: the pages' placeholders point at a stub under /__tests__/late/ that waits, then imports the real module at
 * its own address (the islands import from it, so it must stay one module at one address). The inline head script
 * that reads the placeholders is unchanged (its CSP hash still holds). Off by default: the default run is not slowed.
 * @example lateAfterPaintScripts('<script type="text/x-after-paint" data-after-paint="/_astro/P.js">')
 *   // → '<script type="text/x-after-paint" data-after-paint="/__tests__/late/_astro/P.js">'
 */
import { AFTER_PAINT_ATTRIBUTE } from '../../src/layouts/after-paint-script.ts';

/** The delay asked for, ms (0: off). A value that is not a whole number of ms is an error, not silently off. */
export function pageScriptDelayMs(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.TEST_PAGE_SCRIPT_DELAY_MS;
  if (raw === undefined || raw === '') return 0;
  if (!/^\d+$/.test(raw)) throw new Error(`TEST_PAGE_SCRIPT_DELAY_MS must be a whole number of ms, not "${raw}"`);
  return Number(raw);
}

/** Where the stub for a module at `path` is served. */
export const LATE_PREFIX = '/__tests__/late';

/** A page's HTML with each after-paint placeholder pointing at its late stub. */
export function lateAfterPaintScripts(html: string): string {
  return html.replaceAll(`${AFTER_PAINT_ATTRIBUTE}="/`, `${AFTER_PAINT_ATTRIBUTE}="${LATE_PREFIX}/`);
}

/** The stub served at LATE_PREFIX + path: waits `delayMs`, then runs the real module at `path`. */
export function lateModuleStub(path: string, delayMs: number): string {
  return `await new Promise((done) => setTimeout(done, ${delayMs}));\nawait import(${JSON.stringify(path)});\n`;
}
