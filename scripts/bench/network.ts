/**
 * What a page fetches: every script (JavaScript by type or by request kind,
 * workers included) and every data file (JSON, CSV), each with its body's raw
 * and gzip sizes, and the requests in flight so `idle()` can wait for real
 * quiet at any time. (Playwright's waitForLoadState('networkidle') returns at
 * once after the first idle, so it cannot wait for what a scroll starts.)
 */
import type { Page, Request, Response } from 'playwright-core';
import { describeOpen, openRequests, RequestCount } from '../../tests/support/quiet-network.ts';
import { bytesOf, sleep, type Bytes } from './numbers.ts';

/** Quiet time that counts as network idle (Playwright's own networkidle uses 500 ms). */
const IDLE_MS = 500;
const IDLE_TIMEOUT_MS = 30_000;

export interface Fetched extends Bytes {
  url: string;
}

export interface PageNetwork {
  scripts: Map<string, Fetched>;
  data: Map<string, Fetched>;
  idle(): Promise<void>;
  /** Stops watching (the page is reused for the next visit). */
  stop(): void;
}

const isScript = (type: string, kind: string) => /javascript|ecmascript/.test(type) || kind === 'script';
const isData = (type: string, url: string) =>
  /\bjson\b|text\/csv/.test(type) || /\.(json|csv)$/.test(new URL(url).pathname);

export function watchNetwork(page: Page): PageNetwork {
  const scripts = new Map<string, Fetched>();
  const data = new Map<string, Fetched>();
  const reading = new Set<Promise<void>>();
  // The same count as the per-page sweep's (tests/support/quiet-network.ts): each request from start to end.
  const count = new RequestCount<Request>();
  const started = (request: Request) => count.start(request);
  const done = (request: Request) => count.end(request);
  const responded = (response: Response) => {
    const type = response.headers()['content-type'] ?? '';
    const kind = response.request().resourceType();
    const into = isScript(type, kind) ? scripts : kind !== 'document' && isData(type, response.url()) ? data : null;
    if (!into) return;
    const read = response
      .body()
      .then((body) => void into.set(response.url(), { url: response.url(), ...bytesOf(body) }))
      .catch((error: unknown) => {
        throw new Error(`could not read ${response.url()}: ${String(error)}`);
      });
    reading.add(read);
    void read.finally(() => reading.delete(read)).catch(() => undefined);
  };
  page.on('request', started);
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  page.on('response', responded);
  return {
    scripts,
    data,
    async idle(): Promise<void> {
      const deadline = performance.now() + IDLE_TIMEOUT_MS;
      while (!count.isQuiet(IDLE_MS)) {
        if (performance.now() > deadline)
          throw new Error(`${page.url()}: the network never went idle; ${describeOpen(openRequests(count))}`);
        await sleep(50);
      }
      await Promise.all(reading);
    },
    stop(): void {
      page.off('request', started);
      page.off('requestfinished', done);
      page.off('requestfailed', done);
      page.off('response', responded);
    },
  };
}

/** JavaScript written into the HTML itself (none expected under the CSP; counted so an inlined script cannot hide). */
export async function inlineScripts(page: Page): Promise<Fetched[]> {
  const bodies = await page.evaluate(() =>
    [...document.scripts]
      .filter((script) => !script.src && (!script.type || /module|javascript/i.test(script.type)))
      .map((script) => script.textContent ?? ''),
  );
  return bodies.map((body, i) => ({ url: `${page.url()}#inline-script-${i + 1}`, ...bytesOf(body) }));
}
