/**
 * Scaling-law fits: the Chinchilla parametric fit (Hoffmann et al. 2022, eq. 10),
 * its refit by Besiroglu et al. 2024, and the compute law the meek-models paper
 * builds on them (Gundlach, Lynch & Thompson 2025, eq. 1).
 */
import type { Citation, ParameterInput } from './schema.ts';

/** z of the 95th percentile: the refit's ranges are ±1.645 standard errors, a 90% interval. */
const Z90 = 1.6448536269514722;

/**
 * Besiroglu et al.'s own notebook (epoch-research/analyzing-chinchilla, data_analysis.ipynb at commit
 * 92258837425e1b5f2851d624287f0120583a3d0e), read here. It states Hoffmann et al.'s eq. 10 as printed,
 * their unrounded values (from the paper's TeX source), and the refit with its standard errors.
 */
const NOTEBOOK =
  'companion notebook data_analysis.ipynb (github.com/epoch-research/analyzing-chinchilla, commit 9225883)';

const hoffmannEq10: Citation = {
  key: 'besiroglu-2024',
  locator: `${NOTEBOOK}, section “Our estimates”: Hoffmann et al.’s eq. 10 as printed (A, B, E, α, β)`,
  quote: 'true_params_rounded_unlogged = np.array([406.4, 410.7, 1.69, 0.34, 0.28])',
  verified: true,
};
const hoffmannTex: Citation = {
  key: 'besiroglu-2024',
  locator: `${NOTEBOOK}, section “Define things”: Hoffmann et al.’s unrounded log A, log B, log E, α, β`,
  quote: 'true_params = np.array([6.0073404, 6.0179186, 0.5267228, 0.33917084, 0.2849083])',
  verified: true,
};
/** The refit's estimates and standard errors as the notebook prints them ("Estimates and standard errors"). */
const REFIT_PRINTOUT =
  'A: 482.00572 (124.52232) B: 2085.43420 (1293.28410) E: 1.81686 (0.02566) alpha: 0.34781 (0.01540) beta: 0.36585 (0.02060)';
const besiroglu = (): Citation => ({
  key: 'besiroglu-2024',
  locator: `${NOTEBOOK}, section “Our estimates”: estimate (standard error), with five outliers excluded`,
  quote: REFIT_PRINTOUT,
  verified: true,
});
const meekEq1: Citation = {
  key: 'gundlach-2025',
  locator: 'eq. 1',
  verified: false,
  reason:
    'Only the abstract of arXiv:2507.07931 could be read from this environment; the value is the one the paper uses according to secondary summaries, not checked against its text.',
};

const fixed = (
  id: string,
  symbol: string,
  label: string,
  unit: string,
  value: number,
  source: Citation,
  note: string,
) =>
  ({
    id,
    symbol,
    label,
    unit,
    default: value,
    source,
    low: value,
    high: value,
    distribution: 'fixed',
    level: 'bounds',
    note,
  }) satisfies ParameterInput;

/** A refit estimate with its standard error, sampled normally over ±1.645 SE (90%). */
const refit = (id: string, symbol: string, label: string, unit: string, value: number, se: number) =>
  ({
    id,
    symbol,
    label,
    unit,
    default: value,
    source: besiroglu(),
    low: value - Z90 * se,
    high: value + Z90 * se,
    distribution: 'normal',
    level: 0.9,
    note: 'Range is ±1.645 standard errors (90%).',
  }) satisfies ParameterInput;

export const SCALING_LAWS: ParameterInput[] = [
  fixed(
    'hoffmann_e',
    'E',
    'Irreducible loss (Hoffmann fit)',
    'nats/token',
    1.69,
    hoffmannEq10,
    'Published without a usable interval.',
  ),
  fixed(
    'hoffmann_a',
    'A',
    'Parameter-term coefficient (Hoffmann fit)',
    '',
    406.4,
    hoffmannEq10,
    'Published without a usable interval.',
  ),
  fixed(
    'hoffmann_b',
    'B',
    'Data-term coefficient (Hoffmann fit)',
    '',
    410.7,
    hoffmannEq10,
    'Published without a usable interval.',
  ),
  fixed(
    'hoffmann_alpha',
    'α',
    'Parameter exponent (Hoffmann fit)',
    '',
    0.3392,
    hoffmannTex,
    'Printed as 0.34 in Hoffmann et al. eq. 10.',
  ),
  fixed(
    'hoffmann_beta',
    'β',
    'Data exponent (Hoffmann fit)',
    '',
    0.2849,
    hoffmannTex,
    'Printed as 0.28 in Hoffmann et al. eq. 10.',
  ),
  refit('besiroglu_e', 'E', 'Irreducible loss (Besiroglu refit)', 'nats/token', 1.81686, 0.02566),
  refit('besiroglu_a', 'A', 'Parameter-term coefficient (Besiroglu refit)', '', 482.00572, 124.52232),
  {
    id: 'besiroglu_b',
    symbol: 'B',
    label: 'Data-term coefficient (Besiroglu refit)',
    unit: '',
    default: 2085.4342,
    source: besiroglu(),
    low: 2085.4342 * Math.exp(-Z90 * (1293.2841 / 2085.4342)),
    high: 2085.4342 * Math.exp(Z90 * (1293.2841 / 2085.4342)),
    distribution: 'lognormal',
    level: 0.9,
    note: 'The standard error is 62% of the value, so a normal would go negative: sampled lognormally with the same relative spread.',
  },
  refit('besiroglu_alpha', 'α', 'Parameter exponent (Besiroglu refit)', '', 0.34781, 0.0154),
  refit('besiroglu_beta', 'β', 'Data exponent (Besiroglu refit)', '', 0.36585, 0.0206),
  {
    id: 'alpha',
    symbol: 'α',
    label: 'Returns to compute (loss exponent)',
    unit: '',
    default: 0.155,
    source: meekEq1,
    low: 0.153,
    high: 0.178,
    distribution: 'uniform',
    level: 'bounds',
    note: 'αβ/(α+β) of the two fits: 0.153 for Hoffmann’s printed exponents, 0.155 for their unrounded ones (the paper’s value), 0.178 for Besiroglu’s refit. A range between two fits, not a confidence interval.',
  },
  {
    id: 'loss_floor',
    symbol: 'L₀',
    label: 'Irreducible loss of the compute law',
    unit: 'nats/token',
    default: 1.7,
    source: meekEq1,
    low: 1.69,
    high: 1.82,
    distribution: 'uniform',
    level: 'bounds',
    note: 'From E in Hoffmann (1.69) to Besiroglu (1.82): a range between two fits, not a confidence interval.',
  },
  fixed(
    'loss_coefficient',
    'A',
    'Coefficient of the compute law',
    'nats/token·FLOP^α',
    1070,
    meekEq1,
    'Tied to α; figures rescale it so the law keeps its level at 10²⁵ FLOP.',
  ),
];
