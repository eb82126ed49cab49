/**
 * Waiting for a page's network to fall quiet, by our own count of its requests rather than playwright's
 * `networkidle`. CI failed (stop 27's second run) with `waitForLoadState('networkidle')` timing out after 90 s on
 * the 2nd and 3rd pages of one sweep shard, at the busiest moment of the run, and a clean-clone run before it on
 * the same page at 30 s; those pages fall quiet in about a second on their own. `networkidle` says nothing about
 * why it never came; this says which requests were still open, for how long, and of what kind. The bench counts a
 * page's requests the same way (scripts/bench/network.ts).
 *
 * A request counts from its `request` event to its `requestfinished` or `requestfailed` event. The network is
 * quiet when no request has been open for `quietMs` (playwright's 500 ms). The count starts afresh at each
 * navigation (`restart`): a request of the page before that ends later is not waited for.
 *
 * @example
 *   const network = watchRequests(page);
 *   network.restart();
 *   await page.goto(url);
 *   const { quiet, open } = await network.quiet();
 *   if (!quiet) console.warn(describeOpen(open));
 */
import type { Page, Request } from 'playwright-core';

/** One request still open when the wait gave up. */
export interface OpenRequest {
  url: string;
  /** playwright's resourceType(): document, script, fetch, font… */
  kind: string;
  /** How long it had been open, ms. */
  openMs: number;
}

/** The outcome of a wait: quiet, or the requests still open at the timeout. */
export interface QuietOutcome {
  quiet: boolean;
  open: OpenRequest[];
}

/** The count itself, fed events and a clock: what `watchRequests` wires to a page (and what the unit test drives). */
export class RequestCount<R> {
  private readonly started = new Map<R, number>();
  private readonly now: () => number;
  private lastChange: number;

  constructor(now: () => number = () => performance.now()) {
    this.now = now;
    this.lastChange = now();
  }

  /** A new navigation: requests open so far are forgotten. */
  restart(): void {
    this.started.clear();
    this.lastChange = this.now();
  }

  start(request: R): void {
    this.started.set(request, this.now());
    this.lastChange = this.now();
  }

  /** Finished or failed; a request from before the last restart is ignored. */
  end(request: R): void {
    if (this.started.delete(request)) this.lastChange = this.now();
  }

  /** Whether nothing has been open for `quietMs`. */
  isQuiet(quietMs: number): boolean {
    return this.started.size === 0 && this.now() - this.lastChange >= quietMs;
  }

  /** The requests open now, with how long each has been. */
  open(): Array<{ request: R; openMs: number }> {
    const now = this.now();
    return [...this.started].map(([request, since]) => ({ request, openMs: Math.round(now - since) }));
  }
}

export interface RequestWatch {
  /** Call before each navigation. */
  restart(): void;
  /** Resolves when the page's network has been quiet for `quietMs`, or at `timeoutMs` with what was still open. */
  quiet(options?: { quietMs?: number; timeoutMs?: number }): Promise<QuietOutcome>;
}

/** Counts `page`'s requests from now on (every frame, every document). */
export function watchRequests(page: Page): RequestWatch {
  const count = new RequestCount<Request>();
  page.on('request', (request) => count.start(request));
  page.on('requestfinished', (request) => count.end(request));
  page.on('requestfailed', (request) => count.end(request));
  return {
    restart: () => count.restart(),
    async quiet({ quietMs = 500, timeoutMs = 30_000 } = {}) {
      const deadline = performance.now() + timeoutMs;
      while (!count.isQuiet(quietMs)) {
        if (performance.now() >= deadline) return { quiet: false, open: openRequests(count) };
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return { quiet: true, open: [] };
    },
  };
}

/** A page's requests open now, by address and kind (for a log or an error). */
export function openRequests(count: RequestCount<Request>): OpenRequest[] {
  return count.open().map(({ request, openMs }) => ({ url: request.url(), kind: request.resourceType(), openMs }));
}

/** "2 requests still open: script /_astro/x.js (31200 ms), fetch /data/y.json (30950 ms)" */
export function describeOpen(open: readonly OpenRequest[], origin = ''): string {
  const items = open.map(
    (r) => `${r.kind} ${r.url.startsWith(origin) ? r.url.slice(origin.length) : r.url} (${r.openMs} ms)`,
  );
  const count = open.length === 1 ? '1 request' : `${open.length} requests`;
  return open.length === 0 ? 'requests kept starting, none open for long' : `${count} still open: ${items.join(', ')}`;
}
