/**
 * meek-loss-gap's constants: what each version fixes, with its source. The permalink page prints each as
 * "label: value unit (source)", so from v8 a source has no brackets of its own: v7's read "(Gundlach, Lynch &
 * Thompson 2025, eq. 1, as cited (from Hoffmann et al. 2022); …)", brackets inside brackets (issue 19, note4's weak
 * spots). v1–v7 are published and keep their words.
 *
 * @example lossGapConstants({ pivot: 'paper-start', headStart: true, extrapolation: true, sources: 'plain' })[1].source
 *   // 'Gundlach, Lynch & Thompson 2025, eq. 1, as cited from Hoffmann et al. 2022; unchecked here, …'
 */
import { FITTED_COMPUTE, MEEK_MODELS_LOSS } from '../../model/power-law-loss.ts';
import type { ConstantDefinition } from '../spec.ts';
import { FLOP_PER_USD, PAPER_START_FLOP, START_YEAR, THRESHOLD_FLOP, type Pivot } from './model.ts';
import { LOSS_LAW_SOURCE } from './reading.ts';

/** The loss law's source up to v6. */
const PAPER_EQ1 = 'Gundlach, Lynch & Thompson 2025, eq. 1';

/** v8's words for each constant's source, none with brackets of its own. */
const PLAIN = {
  lossLaw:
    'Gundlach, Lynch & Thompson 2025, eq. 1, as cited from Hoffmann et al. 2022; unchecked here, where only the paper’s abstract could be read',
  rescaled: 'rescaled with α so that the loss at the paper’s starting point, its $1,000 budget, stays fixed',
  pivot: 'Gundlach, Lynch & Thompson 2025, Figure 1: the paper’s $1,000 budget, at the compute per dollar below',
  perDollar: 'H100 SXM in 2025: 989 TFLOP/s dense BF16 at 40% utilisation, $2 per GPU-hour',
  fitted:
    'Hoffmann et al. 2022, Figure 4, as digitised by Besiroglu et al. 2024: 245 runs, 1.4×10¹⁸ to 1.3×10²² FLOP; lines are dotted beyond it',
  threshold: 'EU AI Act, Regulation 2024/1689, Article 51, paragraph 2',
} as const;

/** v9's source of the fitted range: the digitised runs are a subset of the fit's (Besiroglu et al. 2024's README). */
const FITTED_SUBSET =
  'Hoffmann et al. 2022, Figure 4, as digitised by Besiroglu et al. 2024: 245 runs, a subset of those fitted, 1.4×10¹⁸ to 1.3×10²² FLOP; lines are dotted beyond it';

/** v1–v7's words (published). */
const BRACKETED = {
  rescaled: 'rescaled with α so that the loss at the paper’s starting point (its $1,000 budget) stays fixed',
  pivot: 'The paper’s $1,000 budget at the compute per dollar below (Gundlach, Lynch & Thompson 2025, Figure 1)',
  perDollar: 'H100 SXM: 989 TFLOP/s dense BF16 at 40% utilisation, $2 per GPU-hour (2025)',
  fitted:
    'Hoffmann et al. 2022, Figure 4, as digitised by Besiroglu et al. 2024 (245 runs, 1.4×10¹⁸ to 1.3×10²² FLOP); lines are dotted beyond it',
  threshold: 'Regulation (EU) 2024/1689, Art. 51(2)',
} as const;

/** What decides a version's constants (MeekLossGapVersion's options of the same names). */
export interface ConstantsOptions {
  readonly pivot: Pivot;
  readonly headStart: boolean;
  readonly extrapolation: boolean;
  /** v7 on: the loss law's source says it is unchecked here (reading.ts). */
  readonly readingStated?: boolean;
  /** 'plain' from v8: sources without brackets of their own. */
  readonly sources?: 'bracketed' | 'plain';
  /** v9 on: the largest run the law is known to have been fitted on (a subset of the fit's runs was recovered). */
  readonly fitKnown?: boolean;
}

/** The constants of one version, in the order its permalink lists them. */
export function lossGapConstants(options: ConstantsOptions): ConstantDefinition[] {
  const plain = options.sources === 'plain';
  const words = plain ? PLAIN : BRACKETED;
  const lossLaw = plain ? PLAIN.lossLaw : options.extrapolation && options.readingStated ? LOSS_LAW_SOURCE : PAPER_EQ1;
  const base: ConstantDefinition[] = [
    {
      label: 'Start year (t = 0)',
      value: START_YEAR,
      unit: 'year',
      source: 'Chosen: the latest full year of the paper’s data',
    },
    { label: 'Irreducible loss L₀', value: MEEK_MODELS_LOSS.L0, unit: 'nats/token', source: lossLaw },
    {
      label: 'Loss coefficient A at α = 0.155',
      value: MEEK_MODELS_LOSS.A,
      unit: 'nats/token · FLOP^α',
      source:
        options.pivot === 'fixed-1e25'
          ? `${PAPER_EQ1}; rescaled with α so that L(10²⁵ FLOP) stays fixed`
          : `${lossLaw}; ${words.rescaled}`,
    },
    ...(options.pivot === 'paper-start'
      ? [
          {
            label: 'Compute at which the loss is held fixed as α moves',
            value: PAPER_START_FLOP,
            unit: 'FLOP',
            source: words.pivot,
          },
        ]
      : []),
    { label: 'Compute per dollar at the start', value: FLOP_PER_USD, unit: 'FLOP/US$', source: words.perDollar },
  ];
  if (options.extrapolation)
    // v4 on: the compute range the loss law was fitted on, and the regulatory threshold the prose uses.
    return [
      ...base,
      {
        label: options.fitKnown
          ? 'Largest run the loss law is known to have been fitted on'
          : 'Largest training run the loss law was fitted on',
        value: FITTED_COMPUTE.high,
        unit: 'FLOP',
        source: options.fitKnown ? FITTED_SUBSET : words.fitted,
      },
      { label: 'EU AI Act compute threshold', value: THRESHOLD_FLOP, unit: 'FLOP', source: words.threshold },
    ];
  if (options.headStart) return base;
  // v1: both actors start from the same budget.
  return [
    ...base,
    {
      label: 'Frontier budget at the start',
      value: 1,
      unit: '× meek budget',
      source: 'Gundlach, Lynch & Thompson 2025, Figure 1',
    },
  ];
}
