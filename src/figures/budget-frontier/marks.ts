/**
 * What budget-frontier draws: the record runs and the fitted frontier bill, its projection, the falling
 * cost of the chosen year's capability, the budget tiers and the reader's budget. From v2 the anchor year's
 * own record runs are marked beside the trend's level there (issue 20.8: the fitted 2025 level lies below
 * both of the year's record runs), labels fit a phone's 320 px, and colours are theme tokens.
 */
import * as Plot from '@observablehq/plot';
import { BUDGET_TIERS } from '../../model/cost-incentives.ts';
import { formatUsd, formatYear } from '../format.ts';
import { LEGACY } from '../legacy-colours.ts';
import { theme } from '../theme.ts';
import type { Params, TableRow } from '../spec.ts';
import { FIRST_YEAR, anchorOf, frontierBill, nearestYear, reachYear, type Key } from './anchor.ts';

export const LAST_YEAR = 2040;
export const Y_DOMAIN: [number, number] = [1e3, 1e12];
/** Row series of the table (long format: every cell a finite number). */
export const FRONTIER = 0;
export const CAPABILITY = 1;
export const OBSERVED = 2;
/** v2: the projected frontier bill, from the anchor on (series 0 is then the fitted trend itself). */
export const PROJECTED = 3;

/** v1's label for the chosen capability, beside its curve. */
function capabilityLabelV1(p: Params<Key>, y: number) {
  return Plot.text([`Cost of the ${Math.floor(p.capability_year)} frontier’s capability`], {
    x: Math.min(p.capability_year + 0.5, LAST_YEAR - 8),
    y,
    dx: 8,
    dy: -8,
    textAnchor: 'start',
    fill: theme.open,
    fontWeight: 600,
  });
}

const HALO = { stroke: theme.background, strokeWidth: 3 } as const;

/**
 * v2's labels: the two curves named in the top-left corner, which no reachable state draws into (the
 * fitted bill before 2023 stays below $10B), so they never meet each other, the tier labels or a curve's end.
 */
function legendV2(p: Params<Key>) {
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

/** The anchor year's two dearest runs ringed where they were published, and the trend's level that year (v2). */
function anchorMarks(rows: readonly TableRow[]) {
  const anchor = anchorOf(rows);
  const runs = rows
    .filter((r) => r.series === OBSERVED && Math.floor(r.year!) === anchor.year)
    .sort((a, b) => b.usd! - a.usd!)
    .slice(0, 2);
  if (runs.length === 0) return [];
  const top = runs[0]!;
  return [
    Plot.dot(runs, { x: 'year', y: 'usd', r: 5, stroke: theme.frontier, strokeWidth: 1.5 }),
    Plot.dot([{ year: anchor.year, usd: anchor.trendCostUsd }], {
      x: 'year',
      y: 'usd',
      r: 4,
      fill: theme.background,
      stroke: theme.frontier,
      strokeWidth: 1.5,
    }),
    Plot.text([`${anchor.year} runs`], {
      x: top.year!,
      y: top.usd!,
      dy: -12,
      textAnchor: 'end',
      fill: theme.frontier,
      ...HALO,
    }),
    Plot.text(['trend'], {
      x: anchor.year,
      y: anchor.trendCostUsd,
      dx: 8,
      dy: 6,
      textAnchor: 'start',
      fill: theme.frontier,
      ...HALO,
    }),
  ];
}

/** The plot options of every version; `records` is v2's. */
export function budgetFrontierPlot(p: Params<Key>, rows: readonly TableRow[], records: boolean): Plot.PlotOptions {
  const inDomain = (r: { readonly usd?: number }) => r.usd! >= Y_DOMAIN[0] && r.usd! <= Y_DOMAIN[1];
  const curve = rows.filter((r) => r.series === FRONTIER && inDomain(r));
  const observed = rows.filter((r) => r.series === OBSERVED && inDomain(r));
  const capability = rows.filter((r) => r.series === CAPABILITY && inDomain(r));
  const anchor = anchorOf(rows);
  const tiers = BUDGET_TIERS.map((t) => ({ budget: t.budget, label: `${t.label} ${formatUsd(t.budget)}` }));
  const reach = [...BUDGET_TIERS.map((t) => t.budget), p.budget]
    .map((budget) => ({ budget, year: reachYear(anchor, p, budget, p.capability_year) }))
    .filter((d) => d.year > p.capability_year && d.year <= LAST_YEAR);
  const halo = records ? HALO : {};
  // v2: the solid line is the fitted trend itself, the dashed one the projection from the anchor. The table
  // has them at whole years; drawn at quarter years and cut to the domain, they reach its edges (Plot's `clip`
  // would do the same but numbers its clip paths per process, so the published bytes would vary).
  const dense = (from: number, to: number, usd: (year: number) => number) =>
    Array.from({ length: Math.round((to - from) / 0.25) + 1 }, (_, i) => from + i * 0.25)
      .map((year) => ({ year, usd: usd(year) }))
      .filter(inDomain);
  const fitted = records
    ? dense(FIRST_YEAR, anchor.year, (y) => anchor.trendCostUsd * anchor.fittedGrowth ** (y - anchor.year))
    : curve.filter((r) => r.year! <= anchor.year + 0.5);
  const projected = records
    ? dense(anchor.year, LAST_YEAR, (y) => frontierBill(anchor, p, y))
    : curve.filter((r) => r.year! >= anchor.year);
  const capabilityLine = records
    ? dense(
        p.capability_year,
        LAST_YEAR,
        (y) => frontierBill(anchor, p, p.capability_year) / (p.g_h * p.g_a) ** (y - p.capability_year),
      )
    : capability;
  return {
    width: 640,
    height: 400,
    marginLeft: 60,
    marginRight: 16,
    x: { label: null, domain: [FIRST_YEAR, LAST_YEAR], tickFormat: (d: number) => formatYear(d) },
    y: {
      type: 'log',
      label: '↑ US$',
      domain: Y_DOMAIN,
      ticks: [1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12],
      grid: true,
      tickFormat: (d: number) => formatUsd(d),
    },
    marks: [
      Plot.ruleY(tiers, { y: 'budget', stroke: records ? theme.reference : LEGACY.tier7a, strokeDasharray: '4,3' }),
      Plot.text(tiers, {
        y: 'budget',
        x: FIRST_YEAR,
        text: 'label',
        textAnchor: 'start',
        dy: -6,
        fill: records ? theme.mutedInk : LEGACY.text555,
        fontSize: 11,
        ...halo,
      }),
      Plot.ruleY([p.budget], { stroke: theme.open, strokeOpacity: 0.5 }),
      Plot.text([`Your budget ${formatUsd(p.budget)}`], {
        x: LAST_YEAR,
        y: p.budget,
        textAnchor: 'end',
        dy: 10,
        fill: theme.open,
        fontSize: 11,
        ...halo,
      }),
      Plot.dot(observed, { x: 'year', y: 'usd', r: 2.5, fill: theme.frontier, fillOpacity: 0.45 }),
      Plot.line(fitted, { x: 'year', y: 'usd', stroke: theme.frontier, strokeWidth: 2 }),
      Plot.line(projected, {
        x: 'year',
        y: 'usd',
        stroke: theme.frontier,
        strokeWidth: 2,
        strokeDasharray: '5,3',
      }),
      // v1's order, kept so that its code still draws its frozen bytes: the bill's label before the capability line.
      ...(records
        ? []
        : [
            Plot.text(['Frontier bill'], {
              x: 2031,
              y: frontierBill(anchor, p, 2031),
              dx: -8,
              textAnchor: 'end',
              fill: theme.frontier,
              fontWeight: 600,
            }),
          ]),
      Plot.line(capabilityLine, { x: 'year', y: 'usd', stroke: theme.open, strokeWidth: 2 }),
      Plot.dot(reach, { x: 'year', y: 'budget', r: 4, fill: theme.open }),
      ...(records
        ? [...anchorMarks(rows), ...legendV2(p)]
        : [capabilityLabelV1(p, frontierBill(anchor, p, p.capability_year))]),
    ],
  } as Plot.PlotOptions;
}
