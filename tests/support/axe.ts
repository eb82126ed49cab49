/**
 * axe-core in a page of the built site. The site's CSP forbids inline scripts,
 * so axe is added in a browser context created with bypassCSP (the pages keep
 * their policy; the per-page sweep checks it without the bypass).
 *
 * axe is added from the tests' static server (AXE_PATH, served with a year's cache: static-server.ts), not
 * as inline text: Chromium then keeps its compiled code between pages. Inline, each page compiled axe's
 * 550 KB again, 0.165 CPU-s a page against 0.034 (32 pages at 390 px, issue 22 §5); axe runs on ~220 pages.
 */
import { readFileSync } from 'node:fs';
import { layOutEverything } from './lay-out-everything.ts';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_FILE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const AXE_SOURCE = readFileSync(AXE_FILE, 'utf8');

/** Where the tests' static server serves axe-core, outside the site's own paths. */
export const AXE_PATH = '/__tests__/axe-core/axe.min.js';

/** The files the tests' static server adds to the site (startStaticServer's `testFiles`). */
export const TEST_FILES: Readonly<Record<string, string>> = { [AXE_PATH]: AXE_FILE };

/** Adds axe to the page: from the page's server when it serves it, else inline (a server without it). */
async function addAxe(page: Page): Promise<void> {
  try {
    await page.addScriptTag({ url: new URL(AXE_PATH, page.url()).href });
  } catch {
    await page.addScriptTag({ content: AXE_SOURCE });
  }
}

/** WCAG 2.0/2.1 A and AA, and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe over the whole document and returns its violations, one entry per rule. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await addAxe(page);
  // A block skipped below the screen has no painted colours for axe to read (it reported false contrast
  // failures there): axe reads every block as a reader who scrolls to it sees it.
  await layOutEverything(page);
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.map((node) => node.target.join(' ')),
    }));
  }, AXE_TAGS);
}

/** One line per failing element: where, which rule, how bad, what to do. */
export function formatViolations(label: string, violations: AxeViolation[]): string {
  return violations
    .flatMap((v) => v.targets.slice(0, 8).map((target) => `${label} ${v.id} (${v.impact}) ${target}: ${v.help}`))
    .join('\n');
}
