/**
 * Global setup of the browser project (vitest.config.ts): one static server for
 * dist/ and one Debian Chromium for all browser test files, instead of one of
 * each per file. Test files reach both through useBuiltSite() (built-site.ts),
 * which reads the addresses provided here; a new browser test file needs
 * nothing more than `const site = useBuiltSite();`.
 *
 * Each file still gets its own pages and contexts: close what you open (or
 * use a context) so files running side by side do not see each other's state.
 */
import type { TestProject } from 'vitest/node';
import { launchChromiumServer } from './browser.ts';
import { treeCpuSeconds } from './process-cpu.ts';
import { TEST_FILES } from './axe.ts';
import { pageScriptDelayMs } from './late-page-script.ts';
import { startStaticServer } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shared static server's origin, e.g. http://127.0.0.1:41234 (empty when not set up). */
    builtSiteOrigin: string;
    /** The shared Chromium's WebSocket endpoint for playwright's chromium.connect (empty when not set up). */
    chromiumEndpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startStaticServer('dist', undefined, TEST_FILES, pageScriptDelayMs());
  const chromium = await launchChromiumServer();
  project.provide('builtSiteOrigin', server.origin);
  project.provide('chromiumEndpoint', chromium.wsEndpoint());
  return async () => {
    // CHROMIUM_CPU=1: what the shared Chromium cost, renderers included (/usr/bin/time does not see them).
    const cpu = process.env.CHROMIUM_CPU ? treeCpuSeconds(chromium.process().pid!) : undefined;
    if (cpu !== undefined) console.log(`shared Chromium: ${cpu.toFixed(1)} CPU-s (user + system, renderers included)`);
    await chromium.close();
    await server.close();
  };
}
