/**
 * axe-core in a page of the built site. The site's CSP forbids inline scripts,
 * so axe is added in a browser context created with bypassCSP (the pages keep
 * their policy; tests/browser/csp.test.ts checks it without the bypass).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

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
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
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
