/**
 * What one Lighthouse run's largest contentful paint waited for. Lighthouse's mobile preset simulates a slow
 * phone from the run it observed (Lantern): every request that had finished before the observed LCP paint is
 * put on the simulated path to it. The site's web faces (font-display: optional) are the case that decides the
 * number: when they arrive before the first paint (a local server sends them in milliseconds), five or six woff2
 * files join the path and add about 0.7 s on the simulated link; when the paint comes first they are left out
 * (and, being optional, never swap in). Which happens first is a race that the machine's load decides, so the
 * bench says per run how many fonts were counted, to tell a page's own cost from the race (issue 21, item 6).
 * The site's faces now wait for a reader's second page (src/fonts/web-fonts-script.ts). KaTeX's fonts were
 * requested by the first layout of a page with maths, even far below the first screen; they now come inside
 * KaTeX's sheet as data: URLs (src/markdown/katex-subset.ts), which are no requests (Lantern gives one 2 ms) and
 * are not counted. The bench still says how many counted fonts are KaTeX's, should a KaTeX file be requested again.
 * The same holds for every other request but low-priority images (Lantern leaves those out): the pages' module
 * scripts were counted this way until they waited for the first paint (src/layouts/after-paint-script.ts), and the
 * favicon, which Chromium fetches around the load event, was when the paint was shown late, until it became a data:
 * URL (src/layouts/favicon.ts). So the bench names them.
 * @example lcpPath(lhr) // { lcpMs: 1943, observedMs: 273, element: 'main#main > … > p', fonts: 6, fontBytes: 91454, mathsFonts: 0, others: ['favicon.svg'] }
 */

import type { SimulatedPath } from './lantern-path.ts';

/** The parts of a Lighthouse result this reads (a subset of LH.Result, so a test can build one). */
export interface LcpRunResult {
  audits: Record<string, { numericValue?: number; details?: unknown } | undefined>;
}

export interface LcpPath {
  /** Simulated (mobile) largest contentful paint, ms. */
  lcpMs: number;
  /** When the paint happened in the observed (unthrottled) run, ms after navigation. */
  observedMs: number;
  /** The LCP element's selector, as Lighthouse names it. */
  element: string;
  /** Web fonts that finished before the observed paint: the simulation puts them on the path to LCP. */
  fonts: number;
  fontBytes: number;
  /** How many of those fonts are KaTeX's (maths), not the site's faces. */
  mathsFonts: number;
  /** The file names of the other requests on the path (not the page, its stylesheet or a font): scripts, the favicon. */
  others: string[];
  /** Where the simulated phone spent the time (lantern-path.ts), when Lantern's timings were read. */
  simulated?: SimulatedPath;
}

interface Item {
  type?: string;
  priority?: string;
  url?: string;
  selector?: string;
  resourceType?: string;
  networkEndTime?: number;
  transferSize?: number;
  observedLargestContentfulPaint?: number;
}
const itemsOf = (details: unknown): Item[] => ((details as { items?: Item[] } | undefined)?.items ?? []) as Item[];

export function lcpPath(lhr: LcpRunResult): LcpPath {
  const observedMs = itemsOf(lhr.audits['metrics']?.details)[0]?.observedLargestContentfulPaint ?? NaN;
  const element = itemsOf(lhr.audits['lcp-breakdown-insight']?.details).find((item) => item.type === 'node');
  // A data: URL (KaTeX's faces, inlined in its sheet: src/markdown/katex-subset.ts) is no request.
  const beforePaint = itemsOf(lhr.audits['network-requests']?.details).filter(
    (request) => (request.networkEndTime ?? Infinity) <= observedMs && !request.url?.startsWith('data:'),
  );
  const fonts = beforePaint.filter((request) => request.resourceType === 'Font');
  const lowPriorityImage = (request: Item) =>
    request.resourceType === 'Image' && (request.priority === 'Low' || request.priority === 'VeryLow');
  const others = beforePaint.filter(
    (request) => !['Document', 'Stylesheet', 'Font'].includes(request.resourceType ?? '') && !lowPriorityImage(request),
  );
  return {
    lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
    observedMs,
    element: element?.selector ?? '?',
    fonts: fonts.length,
    fontBytes: fonts.reduce((sum, request) => sum + (request.transferSize ?? 0), 0),
    mathsFonts: fonts.filter((request) => /\/katex-fonts\/|KaTeX_/.test(request.url ?? '')).length,
    others: others.map((request) => (request.url ?? '?').replace(/[?#].*$/, '').replace(/^.*\//, '') || '?'),
  };
}

/** One run's path in words, for the bench's details. */
export function describeLcpPath(path: LcpPath): string {
  const fonts =
    path.fonts === 0
      ? 'no web font had arrived before the paint'
      : `${path.fonts} web font${path.fonts === 1 ? '' : 's'} (${(path.fontBytes / 1024).toFixed(1)} KB` +
        `${path.mathsFonts > 0 ? `, ${path.mathsFonts} of them KaTeX's` : ''}) had arrived before the paint and count`;
  const others = path.others.length > 0 ? `; also counted: ${path.others.join(', ')}` : '';
  const sim = path.simulated;
  const simulated = sim
    ? `; simulated: HTML ${Math.round(sim.documentMs)} ms, stylesheet ${Math.round(sim.stylesheetMs)} ms, ` +
      `network ${Math.round(sim.networkMs)} ms, CPU ${Math.round(sim.cpuMs)} ms`
    : '';
  return `${(path.lcpMs / 1000).toFixed(2)} s (painted at ${Math.round(path.observedMs)} ms unthrottled; ${fonts}${others}${simulated})`;
}
