/**
 * meek-loss-gap: the loss of a frontier actor and a fixed-budget ("meek")
 * actor over time, and the gap between them.
 * Gundlach, Lynch & Thompson 2025, arXiv 2507.07931, Figure 1.
 *
 * Every version is made here from one definition (never write a figure
 * twice); v1.ts, v2.ts, ... pick their options. A superseded version is
 * frozen, so changing this file can only change the latest version, and the
 * figure lock catches that.
 */
// Import model modules directly, not model/index.ts: this file runs in the browser island, and the
// index also re-exports the validated parameter registry (zod), which would ship with it.
import { frontierCompute, meekCompute, meekState } from '../../model/meek-models.ts';
import { FITTED_COMPUTE } from '../../model/power-law-loss.ts';
import { formatNumber, formatParam, formatYear } from '../format.ts';
import { LabelLayout } from '../layout/direct-labels.ts';
import { lossGapAnnotations } from './annotations.ts';
import { FRONTIER_COLOR, MEEK_COLOR, pairMarks } from './pair-marks.ts';
import { defineFigure, type ParamDefinition, type TableRow } from '../spec.ts';
import { HORIZON_YEARS, START_YEAR, peak, scenario, type AnyParams, type Pivot } from './model.ts';
import { anchorPresets } from '../registry-param.ts';
import { publishedParams, registryParams, v4Params, type Key } from './params.ts';
import { readingPresets, v7Params } from './reading.ts';
import { lossGapConstants } from './constants.ts';
import { meekCases } from './cases.ts';
import { describeLossGap, lossGapTitleFails, summariseLossGap } from './describe.ts';
import { formatNats, formatYearOf, meekValues } from './values.ts';

const STEPS_PER_YEAR = 4;
/** Year ticks every five years, the last year left to the actors' labels. */
const YEAR_TICKS = [0, 5, 10, 15].map((t) => START_YEAR + t);

/** Left margin for the loss ticks; right margin for the actors' names at the lines' ends. */
const MARGIN = { left: 50, right: 70 } as const;

const lastRow = (rows: readonly TableRow[]) => rows[rows.length - 1] as TableRow;

/** One-click settings shown under the figure (v3 on): the registry's anchors, then two scenarios of the essay. */
const PRESETS = [
  ...anchorPresets<Key>(['g_i']),
  {
    label: 'ρ = 10⁶: a $1B frontier run against $1,000',
    params: { budget: 1000, lead: 1e6 },
    source:
      'Cottier et al. 2024: the largest training runs will cost more than a billion dollars by 2027 if the trend continues',
  },
  {
    label: 'gₕ = gₐ = 1: no shared progress',
    params: { g_h: 1, g_a: 1 },
    source: 'A thought experiment: neither hardware nor algorithms improve',
  },
];

/** What distinguishes one published version from another. */
export interface MeekLossGapVersion {
  readonly version: number;
  readonly date: string;
  readonly changes: string;
  /** Adds the head-start parameter ρ (v2 on). */
  readonly headStart: boolean;
  /** Where the loss law is held fixed when α moves (see model.ts): v1–v2 at 10²⁵ FLOP, v3 on at the paper's start. */
  readonly pivot: Pivot;
  /** Parameters read from the model's registry (v3 on) rather than the definitions v1–v2 published. */
  readonly fromRegistry: boolean;
  /**
   * v4 on: dotted lines beyond the compute the loss law was fitted on, compute columns in the data, cases
   * for live prose, gᵢ defined as compute growth net of hardware, and a caption in words.
   */
  readonly extrapolation?: boolean;
  /** v5 on: labels placed through one LabelLayout, inside the plot and clear of each other at every width. */
  readonly placedLabels?: boolean;
  /** v6 on: the layout's labels keep off both lines (LabelLayout.avoid), where on a phone they lay along them. */
  readonly labelsOffLines?: boolean;
  /** v7 on: gᵢ = 3.57 and the loss law's constants are said as this site's reading of the paper (reading.ts). */
  readonly readingStated?: boolean;
  /** v8 on: the constants' sources have no brackets of their own, so the permalink's "(source)" reads (constants.ts). */
  readonly plainSources?: boolean;
  /**
   * v9 on: the fitted range is "the largest run the law is known to have been fitted on": Besiroglu et al. recovered
   * a subset of Hoffmann et al.'s runs, so no source says the fit used nothing larger (constants.ts, describe.ts).
   */
  readonly fitKnown?: boolean;
}

export function meekLossGapFigure(options: MeekLossGapVersion) {
  const { pivot, extrapolation = false, fitKnown = false } = options;
  const readingStated = options.readingStated ?? false;
  const current = readingStated ? v7Params : v4Params;
  const { lead, ...base } = extrapolation ? current : options.fromRegistry ? registryParams : publishedParams;
  // v1 has no `lead` key; every function here reads it as optional (AnyParams), so the cast is safe.
  const params = (options.headStart ? { ...base, lead } : base) as Record<Key, ParamDefinition>;
  return defineFigure<Key>({
    id: 'meek-loss-gap',
    version: options.version,
    date: options.date,
    changes: options.changes,
    title: 'The frontier’s lead in loss rises, peaks, then fades',
    caption: extrapolation
      ? `Training loss of a frontier actor whose compute grows gᵢ·gₕ times a year and of a meek actor whose budget stays fixed; the frontier starts ρ times ahead, and both gain from algorithmic progress gₐ. Both follow the paper’s loss law, in which every tenfold increase in compute removes the same share of the loss that can still be removed; when α moves, the loss at the paper’s starting point (its $1,000 budget in 2025) is held fixed. The shaded band is the gap. Each line turns dotted where its compute passes ${fitKnown ? 'the largest run the law is known to have been fitted on' : 'the largest training run the law was fitted on'}: beyond it the figure extends the law, it does not report a fit. The vertical axis follows the losses your settings give.`
      : options.fromRegistry
        ? 'Training loss of a frontier actor whose spend grows gᵢ× a year and of a meek actor whose budget stays fixed; the frontier starts ρ times ahead, and both share hardware (gₕ) and algorithmic (gₐ) progress. Both follow the paper’s loss law L(C) = L₀ + A·C^(−α); when α moves, the loss at the paper’s starting point (its $1,000 budget in 2025) is held fixed. The shaded band is the gap.'
        : options.headStart
          ? 'Training loss of a frontier actor whose spend grows every year and of a meek actor whose budget stays fixed; the frontier starts ρ times ahead, and both share hardware and algorithmic progress. The shaded band is the gap.'
          : 'Training loss of a frontier actor whose spend grows every year and of a meek actor whose budget stays fixed; both start from the same budget and share hardware and algorithmic progress. The shaded band is the gap.',
    params,
    constants: lossGapConstants({
      pivot,
      headStart: options.headStart,
      extrapolation,
      readingStated,
      sources: options.plainSources ? 'plain' : 'bracketed',
      fitKnown,
    }),
    presets: !options.fromRegistry ? [] : readingStated ? readingPresets(PRESETS) : PRESETS,
    datasets: [],
    columns: [
      {
        name: 'year',
        label: 'Year',
        unit: 'calendar year',
        description: 'Calendar year (fractions are quarters).',
        digits: 6,
      },
      {
        name: 'frontier_loss',
        label: 'Frontier loss',
        unit: 'nats/token',
        description: 'Loss of the frontier actor.',
        digits: 4,
      },
      {
        name: 'meek_loss',
        label: 'Meek loss',
        unit: 'nats/token',
        description: 'Loss of the fixed-budget actor.',
        digits: 4,
      },
      {
        name: 'loss_gap',
        label: 'Loss gap',
        unit: 'nats/token',
        description: 'Meek loss minus frontier loss.',
        digits: 3,
      },
      ...(extrapolation
        ? [
            {
              name: 'frontier_compute',
              label: 'Frontier compute',
              unit: 'FLOP',
              description: 'Effective training compute of the frontier actor, in FLOP at the start year’s algorithms.',
              digits: 4,
            },
            {
              name: 'meek_compute',
              label: 'Meek compute',
              unit: 'FLOP',
              description: 'Effective training compute of the meek actor, in FLOP at the start year’s algorithms.',
              digits: 4,
            },
          ]
        : []),
    ],
    values: meekValues(pivot),
    ...(extrapolation ? { cases: meekCases(pivot) } : {}),
    table(p) {
      const s = scenario(p, pivot);
      const rows: TableRow[] = [];
      for (let i = 0; i <= HORIZON_YEARS * STEPS_PER_YEAR; i++) {
        const state = meekState(s, i / STEPS_PER_YEAR);
        rows.push({
          year: START_YEAR + state.years,
          frontier_loss: state.frontierLoss,
          meek_loss: state.meekLoss,
          loss_gap: state.lossGap,
          ...(extrapolation
            ? { frontier_compute: frontierCompute(s, state.years), meek_compute: meekCompute(s, state.years) }
            : {}),
        });
      }
      return rows;
    },
    plot(p, rows, _band, frame) {
      // v5 on: every label through one layout, so each stays inside the plot and clear of the others.
      const layout = options.placedLabels ? new LabelLayout() : undefined;
      if (layout && options.labelsOffLines)
        layout.avoid(rows, 'year', 'meek_loss', MEEK_COLOR).avoid(rows, 'year', 'frontier_loss', FRONTIER_COLOR);
      const plotWidth = (frame?.width ?? 640) - MARGIN.left - MARGIN.right;
      const notes = lossGapAnnotations(p, rows, pivot, { extrapolation, layout, plotWidth });
      const pair = pairMarks(rows, {
        meek: { y: 'meek_loss', label: 'Meek', ...(extrapolation ? { compute: 'meek_compute' } : {}) },
        frontier: { y: 'frontier_loss', label: 'Frontier', ...(extrapolation ? { compute: 'frontier_compute' } : {}) },
        meekAbove: true,
        ...(extrapolation ? { fittedUpTo: FITTED_COMPUTE.high } : {}),
        ...(layout ? { layout } : {}),
      });
      return {
        width: 640,
        height: 380,
        marginRight: MARGIN.right,
        marginLeft: MARGIN.left,
        // No tick label at the last year: the actors' names sit there, at the lines' ends.
        x: { label: null, tickFormat: formatYear, ticks: YEAR_TICKS, domain: [START_YEAR, START_YEAR + HORIZON_YEARS] },
        y: { label: '↓ Training loss (nats per token)', grid: true, nice: true },
        // With a layout the gap's label is placed before the fitted-range label, which makes way for it.
        marks: layout
          ? [...notes.exitRule, ...pair, ...notes.gap, ...notes.exitLabel]
          : [...notes.exitRule, ...notes.exitLabel, ...pair, ...notes.gap],
      };
    },
    ...(extrapolation
      ? {
          summary: (p: AnyParams, rows: readonly TableRow[]) => summariseLossGap(p, rows, pivot),
          titleFails: (p: AnyParams, rows: readonly TableRow[]) => lossGapTitleFails(p, rows, pivot),
        }
      : {}),
    alt(p, rows) {
      if (extrapolation) return describeLossGap(p, rows, pivot, fitKnown);
      const top = peak(p, pivot);
      const end = lastRow(rows);
      const lead = p.lead === undefined ? '' : `, a frontier head start of ${formatParam(p.lead, '×')}`;
      const setting = `With frontier spend growing ${formatParam(p.g_i, '×/yr')}, hardware ${formatParam(p.g_h, '×/yr')}, algorithms ${formatParam(p.g_a, '×/yr')}, α = ${formatNumber(p.alpha)}${lead} and a meek budget of ${formatParam(p.budget, 'US$')}`;
      const start = rows[0]?.loss_gap ?? NaN;
      const endGap = formatNumber(end.loss_gap ?? NaN, 2);
      const story =
        top.years === Infinity
          ? `the loss gap widens for ever: with no shared progress the meek actor never improves; by ${START_YEAR + HORIZON_YEARS} it is ${endGap} nats per token`
          : top.years < 0
            ? `the loss gap is already shrinking in ${START_YEAR}, from ${formatNumber(start, 2)} to ${endGap} nats per token by ${START_YEAR + HORIZON_YEARS}`
            : top.years <= HORIZON_YEARS
              ? `the loss gap widens until ${formatYearOf(top.years)}, peaking at ${formatNats(top.gap)}, then shrinks to ${endGap} by ${START_YEAR + HORIZON_YEARS}`
              : `the loss gap keeps widening through ${START_YEAR + HORIZON_YEARS}, reaching ${endGap} nats per token`;
      return `Line chart of training loss from ${START_YEAR} to ${START_YEAR + HORIZON_YEARS} for a frontier and a meek actor. ${setting}, ${story}.`;
    },
  });
}
