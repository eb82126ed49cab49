/**
 * budget-frontier's labels from v2: the two curves named in the top-left corner (v2) or above the plot (v3), and
 * the anchor year's record runs ringed beside the trend's level, with their names. Each name goes through `text`:
 * Plot.text as v2 drew it, or (v3) through a LabelLayout that keeps it off the lines, rules and dots of other
 * colours (marks.ts, which also names the budget rules).
 *
 * @example anchorLabels(rows, (data, options) => Plot.text(data, options))
 */
import * as Plot from '@observablehq/plot';
import { formatYear } from '../format.ts';
import { theme } from '../theme.ts';
import type { Params, TableRow } from '../spec.ts';
import { anchorOf, nearestYear, type Key } from './anchor.ts';

/**
 * How v3 places a label: `reach`, it names a point and stays within that many pixels of it (LabelLayout.place);
 * `along: 'rule'`, it names the rule at its y and slides along it (LabelLayout.placeAlongRules).
 */
export interface PlaceHow {
  readonly reach?: number;
  readonly along?: 'rule';
  /** Where a rule's name may go (LabelLayout.place's region); the plot area by default. */
  readonly region?: 'frame' | 'frame and right margin';
}

/** Draws a text mark: plainly (v2) or placed by a LabelLayout (v3, as `how` says). */
export type TextMark = (data: readonly unknown[], options: Plot.TextOptions, how?: PlaceHow) => Plot.Markish;

export const HALO = { stroke: theme.background, strokeWidth: 3 } as const;
/** Observed runs: this is their table series (marks.ts OBSERVED). */
const OBSERVED = 2;

/**
 * The two curves named in the top-left corner (v2). v2 said no reachable state draws into it; on a phone the
 * projected bill does (at steep growth), and the cost curve's name crossed the $100B rule.
 */
export function legendV2(p: Params<Key>) {
  const year = formatYear(nearestYear(p.capability_year));
  return [
    Plot.text(['Frontier bill'], {
      frameAnchor: 'top-left',
      dx: 6,
      dy: 6,
      textAnchor: 'start',
      fill: theme.frontier,
      fontWeight: 600,
      ...HALO,
    }),
    Plot.text([`Cost of ${year}’s frontier capability`], {
      frameAnchor: 'top-left',
      dx: 6,
      dy: 24,
      textAnchor: 'start',
      fill: theme.open,
      fontWeight: 600,
      ...HALO,
    }),
  ];
}

/** v3's top margin: the y axis's title and, right-aligned, a row for each curve's name, clear of every mark. */
export const HEADER_MARGIN = 52;

/** v3: the two curves named in the top margin, right-aligned above the plot, where no data is drawn. */
export function headerLegend(p: Params<Key>) {
  const year = formatYear(nearestYear(p.capability_year));
  const row = (text: string, fill: string, dy: number) =>
    Plot.text([text], { frameAnchor: 'top-right', dy, textAnchor: 'end', fill, fontWeight: 600 });
  return [row('Frontier bill', theme.frontier, -34), row(`Cost of ${year}’s frontier capability`, theme.open, -16)];
}

/** The anchor year's two dearest runs, each {year, usd}, dearest first. */
export function anchorRuns(rows: readonly TableRow[]) {
  const anchor = anchorOf(rows);
  return rows
    .filter((r) => r.series === OBSERVED && Math.floor(r.year!) === anchor.year)
    .sort((a, b) => b.usd! - a.usd!)
    .slice(0, 2);
}

/** The trend's level in the anchor year, as a point. */
export const trendLevel = (rows: readonly TableRow[]) => {
  const anchor = anchorOf(rows);
  return [{ year: anchor.year, usd: anchor.trendCostUsd }];
};

/** The anchor year's two dearest runs ringed where they were published, and the trend's level that year (v2). */
export function anchorDots(rows: readonly TableRow[]) {
  const runs = anchorRuns(rows);
  if (runs.length === 0) return [];
  return [
    Plot.dot(runs, { x: 'year', y: 'usd', r: 5, stroke: theme.frontier, strokeWidth: 1.5 }),
    Plot.dot(trendLevel(rows), {
      x: 'year',
      y: 'usd',
      r: 4,
      fill: theme.background,
      stroke: theme.frontier,
      strokeWidth: 1.5,
    }),
  ];
}

/** v3: a point's name comes within this many pixels of its point, or is left out (it names that point). */
const NEAR = { reach: 12 } as const;

/** The names of the anchor year's runs and of the trend's level. */
export function anchorLabels(rows: readonly TableRow[], text: TextMark) {
  const anchor = anchorOf(rows);
  const top = anchorRuns(rows)[0];
  if (!top) return [];
  return [
    text(
      [`${anchor.year} runs`],
      { x: top.year!, y: top.usd!, dy: -12, textAnchor: 'end', fill: theme.frontier, ...HALO },
      NEAR,
    ),
    text(
      ['trend'],
      { x: anchor.year, y: anchor.trendCostUsd, dx: 8, dy: 6, textAnchor: 'start', fill: theme.frontier, ...HALO },
      NEAR,
    ),
  ];
}
