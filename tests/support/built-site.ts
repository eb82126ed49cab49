/**
 * The built site (dist/) served on 127.0.0.1 and one Debian Chromium, started
 * before a test file's tests and stopped after them.
 *   const site = useBuiltSite(); … site.browser.newPage() … `${site.server.origin}/`
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';

export interface BuiltSite {
  server: StaticServer;
  browser: Browser;
}

export function useBuiltSite(): BuiltSite {
  const site = {} as BuiltSite;
  beforeAll(async () => {
    site.server = await startStaticServer('dist');
    site.browser = await launchChromium();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
