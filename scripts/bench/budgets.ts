/**
 * The budgets every page is held to (issue 11, "Performance"). One place, so
 * the table, the summary and bench-results/latest.json agree.
 */
export const BUDGETS = {
  /** JavaScript a page loads for a reader who only reads: load, then every figure scrolled into view, no input; gzip. */
  eagerGzip: 5 * 1024,
  /** JavaScript once every figure has been scrolled into view and is live, gzip. */
  visibleGzip: 100 * 1024,
  /** JavaScript once a slider of every live figure has been moved and the reader paused (what the pause loads too), gzip. */
  moverGzip: 100 * 1024,
  /** Data (JSON, CSV) a page's figures fetch once live, gzip. */
  dataGzip: 30 * 1024,
  /** Slider input → redrawn figure, p95 per live figure: one frame. */
  redrawP95Ms: 16,
  /** Slider input → every follower of the moved key in sight caught up too ("followers settled", redraw.ts), p95: two frames. */
  followersP95Ms: 33,
  /** Cumulative layout shift from navigation until every island is live and the network is idle. */
  cls: 0,
  /** Lighthouse, mobile preset, median of runs (scores 0–100). */
  lighthousePerformance: 98,
  lighthouseAccessibility: 100,
  /** Lighthouse (mobile preset, simulated throttling) largest contentful paint, median of the runs: about 0.8× Distill's article. */
  lcpMs: 1200,
  /** Clean `npm run build` (empty dist/ and .astro caches), median of runs. */
  buildMs: 60_000,
} as const;

export type Budget = keyof typeof BUDGETS;
