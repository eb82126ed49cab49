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
import { WIDE_DRAWING_FROM_PX } from '../build-widths.ts';
import type { Params, PlotFrame, TableRow } from '../spec.ts';
import { LabelLayout } from '../layout/direct-labels.ts';
import { FIRST_YEAR, anchorOf, frontierBill, reachYear, type Key } from './anchor.ts';
import {
  anchorDots,
  anchorLabels,
  anchorRuns,
  HALO,
  HEADER_MARGIN,
  headerLegend,
  legendV2,
  trendLevel,
  type TextMark,
} from './labels.ts';

export const LAST_YEAR = 2040;
export const Y_DOMAIN: [number, number] = [1e3, 1e12];
/** v3: a rule's name slides along its rule (it names that rule). */
const RULE = { along: 'rule' } as const;
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

/**
 * The plot options of every version; `records` is v2's, `offMarks` v3's: every label drawn after the marks and
 * placed by one LabelLayout clear of the lines, rules and dots of other colours, each rule's name along its rule.
 */
export function budgetFrontierPlot(
  p: Params<Key>,
  rows: readonly TableRow[],
  records: boolean,
  offMarks = false,
  frame?: PlotFrame,
): Plot.PlotOptions {
  const inDomain = (r: { readonly usd?: number }) => r.usd! >= Y_DOMAIN[0] && r.usd! <= Y_DOMAIN[1];
  const curve = rows.filter((r) => r.series === FRONTIER && inDomain(r));
  const observed = rows.filter((r) => r.series === OBSERVED && inDomain(r));
  const capability = rows.filter((r) => r.series === CAPABILITY && inDomain(r));
  const anchor = anchorOf(rows);
  // v3 on a phone (a drawing narrower than the wide build-time one): a tier's name without its amount, which the
  // y axis's tick at its rule gives, and "Budget" for "Your budget" (the slider names it an open lab's budget).
  // With the amounts, "Academic lab $1M" found no place on its rule clear of the fitted bill and the cost curve.
  const narrow = offMarks && (frame?.width ?? 640) < WIDE_DRAWING_FROM_PX;
  const tiers = BUDGET_TIERS.map((t) => ({
    budget: t.budget,
    label: narrow ? t.label : `${t.label} ${formatUsd(t.budget)}`,
  }));
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
  const layout = offMarks ? new LabelLayout() : undefined;
  layout
    ?.avoid(fitted, 'year', 'usd', theme.frontier)
    .avoid(projected, 'year', 'usd', theme.frontier)
    .avoid(capabilityLine, 'year', 'usd', theme.open)
    .avoidRuleY(tiers, 'budget', theme.reference)
    .avoidRuleY([{ budget: p.budget }], 'budget', theme.open)
    .avoidDots(reach, 'year', 'budget', 4)
    .avoidDots(anchorRuns(rows), 'year', 'usd', 6)
    .avoidDots(trendLevel(rows), 'year', 'usd', 5);
  const text: TextMark = (data, options, how = {}) =>
    Plot.text(
      data,
      !layout
        ? options
        : how.along
          ? layout.placeAlongRules(options, how.region)
          : layout.place(options, 'frame', how.reach),
    );
  const tierRules = Plot.ruleY(tiers, {
    y: 'budget',
    stroke: records ? theme.reference : LEGACY.tier7a,
    strokeDasharray: '4,3',
  });
  // v3: bottom-anchored just above the rule, so the name's box stays clear of its own rule.
  const tierLabels = text(
    tiers,
    {
      y: 'budget',
      text: 'label',
      x: FIRST_YEAR,
      textAnchor: 'start',
      ...(offMarks ? { lineAnchor: 'bottom', dy: -3 } : { dy: -6 }),
      fill: records ? theme.mutedInk : LEGACY.text555,
      fontSize: 11,
      ...halo,
    },
    RULE,
  );
  const budgetRule = Plot.ruleY([p.budget], { stroke: theme.open, strokeOpacity: 0.5 });
  const budgetLabel = text(
    [`${narrow ? 'Budget' : 'Your budget'} ${formatUsd(p.budget)}`],
    { x: LAST_YEAR, y: p.budget, textAnchor: 'end', dy: 10, fill: theme.open, fontSize: 11, ...halo },
    // The reader's budget, set anywhere on the axis, may also take the right margin beside its rule's end.
    { ...RULE, region: 'frame and right margin' },
  );
  const observedDots = Plot.dot(observed, { x: 'year', y: 'usd', r: 2.5, fill: theme.frontier, fillOpacity: 0.45 });
  const billLines = [
    Plot.line(fitted, { x: 'year', y: 'usd', stroke: theme.frontier, strokeWidth: 2 }),
    Plot.line(projected, { x: 'year', y: 'usd', stroke: theme.frontier, strokeWidth: 2, strokeDasharray: '5,3' }),
  ];
  const costMarks = [
    Plot.line(capabilityLine, { x: 'year', y: 'usd', stroke: theme.open, strokeWidth: 2 }),
    Plot.dot(reach, { x: 'year', y: 'budget', r: 4, fill: theme.open }),
  ];
  return {
    width: 640,
    height: 400,
    ...(offMarks ? { marginTop: HEADER_MARGIN } : {}),
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
    marks: offMarks
      ? [
          tierRules,
          budgetRule,
          observedDots,
          ...billLines,
          ...costMarks,
          ...anchorDots(rows),
          ...headerLegend(p),
          ...anchorLabels(rows, text),
          budgetLabel,
          tierLabels,
        ]
      : [
          tierRules,
          tierLabels,
          budgetRule,
          budgetLabel,
          observedDots,
          ...billLines,
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
          ...costMarks,
          ...(records
            ? [...anchorDots(rows), ...anchorLabels(rows, text), ...legendV2(p)]
            : [capabilityLabelV1(p, frontierBill(anchor, p, p.capability_year))]),
        ],
  } as Plot.PlotOptions;
}
