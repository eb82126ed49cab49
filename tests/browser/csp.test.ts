/**
 * Every page under its Content-Security-Policy in Chromium: the policy is in
 * the page, and loading it (and, where there is a live figure, waking the
 * island and moving a slider) raises no `securitypolicyviolation`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/security/csp.ts';
import { useBuiltSite } from '../support/built-site.ts';
import { builtPages } from '../support/site-pages.ts';
import { useFigures } from '../support/use-figures.ts';

const site = useBuiltSite();
const pages = builtPages();

describe('Content-Security-Policy', () => {
  it('public/_headers sends the same policy as the pages', () => {
    const headers = readFileSync('public/_headers', 'utf8');
    expect(headers).toContain(`  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}\n`);
    // 'wasm-unsafe-eval' (WebAssembly for search) is allowed; JavaScript eval and inline script are not.
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'/);
  });

  it.each(pages)('%s loads with no violation', async (path) => {
    const page = await site.browser.newPage();
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { violations: string[] }).violations = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`.trim()),
      );
    });
    const console: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) console.push(message.text());
    });
    await page.goto(`${site.server.origin}${path}`, { waitUntil: 'load' });
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(meta).toBe(CONTENT_SECURITY_POLICY);
    const live = page.locator('live-figure');
    if ((await live.count()) > 0) {
      await live.first().scrollIntoViewIfNeeded();
      await useFigures(page); // islands load on intent: a control focused
      await page.locator('live-figure[data-live="ready"]').first().waitFor({ timeout: 15_000 });
      const slider = page.locator('live-figure input[type="range"]').first();
      await slider.focus();
      await slider.press('ArrowRight');
      await page.waitForTimeout(100);
    }
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    expect(console).toEqual([]);
    await page.close();
  });
});
