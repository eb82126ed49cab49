/**
 * The built site (dist/) served on 127.0.0.1 and a Debian Chromium, ready
 * before a test file's tests:
 *   const site = useBuiltSite(); … site.browser.newPage() … `${site.server.origin}/`
 *
 * In the browser project both are shared by every file (started once by the
 * global setup in shared-site.ts): this connects to that Chromium and closes
 * only the connection afterwards, which also closes the pages and contexts the
 * file opened. Run outside that project (no global setup), it starts its own
 * server and Chromium for the file, as before.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { connectChromium, launchChromium } from './browser.ts';
import { TEST_FILES } from './axe.ts';
import { pageScriptDelayMs } from './late-page-script.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';

export interface BuiltSite {
  server: StaticServer;
  browser: Browser;
}

export function useBuiltSite(): BuiltSite {
  const site = {} as BuiltSite;
  let ownServer: StaticServer | undefined;
  beforeAll(async () => {
    const origin = inject('builtSiteOrigin');
    const endpoint = inject('chromiumEndpoint');
    if (origin && endpoint) {
      site.server = { origin, close: async () => {} };
      site.browser = await connectChromium(endpoint);
    } else {
      site.server = ownServer = await startStaticServer('dist', undefined, TEST_FILES, pageScriptDelayMs());
      site.browser = await launchChromium();
    }
  });
  afterAll(async () => {
    await site.browser?.close();
    await ownServer?.close();
  });
  return site;
}
