/**
 * The parameters of meek-loss-gap. v3 reads every one from the model's
 * registry by id (src/model/parameter-entries.ts) and states only its slider
 * range and, for gᵢ, a label that says what 3.6 is. v1 and v2 are frozen;
 * their definitions stay here exactly as they were published, because their
 * permalink pages still list them.
 */
import { registryParam } from '../registry-param.ts';
import type { ParamDefinition } from '../spec.ts';

export type BaseKey = 'g_i' | 'g_h' | 'g_a' | 'alpha' | 'budget';
export type Key = BaseKey | 'lead';

/**
 * v3 (and v1 of the figures built on it): the registry's values as they were published; the sliders run wider
 * than the plausible ranges so a reader can take progress away.
 */
export const registryParams: Record<Key, ParamDefinition> = {
  // As published with v3 (frozen): the registry then held gᵢ as a dollar budget with the paper's 3.6.
  g_i: {
    label: 'Frontier spend growth (the paper assumes 3.6)',
    symbol: 'gᵢ',
    unit: '×/yr',
    description:
      'Annual growth of the frontier actor’s training spend in dollars. 3.6×/yr is the paper’s assumption; the measured growth of the amortised cost of frontier training runs is 2.4×/yr (Cottier et al. 2024, 90% CI 2.0–2.9). Hardware gains are counted separately in gₕ.',
    default: 3.6,
    min: 1.1,
    max: 10,
    step: 0.1,
    scale: 'linear',
    source: 'Gundlach, Lynch & Thompson 2025, Fig. 1 caption and §3',
  },
  g_h: registryParam('g_h', { min: 1, max: 3, step: 0.01, scale: 'linear' }),
  g_a: registryParam('g_a', { min: 1, max: 10, step: 0.1, scale: 'linear' }),
  alpha: registryParam('alpha', {
    description:
      'Exponent of L(C) = L₀ + A·C^(−α): larger means faster-diminishing returns. The loss at the paper’s starting point (the compute $1,000 buys in 2025) is held fixed as α moves.',
    min: 0.05,
    max: 0.4,
    step: 0.005,
    scale: 'linear',
  }),
  budget: registryParam('meek_budget', { min: 100, max: 1e10, step: 0.1, scale: 'log' }),
  lead: registryParam('head_start', { min: 1, max: 1e7, step: 0.1, scale: 'log' }),
};

/**
 * v4: gᵢ as the paper defines it, compute growth net of hardware (its default 3.57 on a 0.01 step), and
 * descriptions in words rather than formulas.
 */
export const v4Params: Record<Key, ParamDefinition> = {
  ...registryParams,
  g_i: registryParam('g_i', {
    description:
      'How much faster the frontier’s training compute grows than hardware price-performance: gᵢ·gₕ is the growth of its compute. The paper’s 3.57 is 5× compute a year over hardware’s 1.4×; Epoch AI’s 4–5× a year gives 2.86 to 3.57. Training cost in dollars grew 2.4× a year (Cottier et al. 2024), which with gₕ = 1.4 is compute growth of only 3.4× a year.',
    min: 1.1,
    max: 10,
    step: 0.01,
    scale: 'linear',
  }),
  alpha: registryParam('alpha', {
    description:
      'How fast returns to compute diminish: a larger α means each tenfold increase in compute removes a larger share of the loss that can still be removed. The loss at the paper’s starting point (the compute $1,000 buys in 2025) is held fixed as α moves.',
    min: 0.05,
    max: 0.4,
    step: 0.005,
    scale: 'linear',
  }),
};

/** v1 and v2 as published (frozen). */
export const publishedParams: Record<Key, ParamDefinition> = {
  g_i: {
    label: 'Frontier spend growth',
    symbol: 'gᵢ',
    unit: '×/yr',
    description: 'Annual growth factor of the frontier actor’s training spend.',
    default: 3.6,
    min: 1.1,
    max: 10,
    step: 0.1,
    scale: 'linear',
    source: 'Gundlach, Lynch & Thompson 2025, §3 (3.6×/yr, after Epoch AI’s frontier spend trend)',
  },
  g_h: {
    label: 'Hardware price-performance growth',
    symbol: 'gₕ',
    unit: '×/yr',
    description: 'Annual growth factor of FLOP per dollar, shared by both actors.',
    default: 1.4,
    min: 1,
    max: 3,
    step: 0.05,
    scale: 'linear',
    source: 'Gundlach, Lynch & Thompson 2025, §3 (1.4×/yr); Hobbhahn & Besiroglu 2022 (doubling every 2.1–2.5 years)',
  },
  g_a: {
    label: 'Algorithmic efficiency growth',
    symbol: 'gₐ',
    unit: '×/yr',
    description: 'Annual growth factor of effective compute per FLOP, shared by both actors.',
    default: 2.8,
    min: 1,
    max: 10,
    step: 0.1,
    scale: 'linear',
    source:
      'Gundlach, Lynch & Thompson 2025, §3 (2.8×/yr); Ho et al. 2024 (compute halving every 8 months, 95% CI 5–14)',
  },
  alpha: {
    label: 'Returns to compute',
    symbol: 'α',
    unit: '',
    description: 'Exponent of the loss law L(C) = L₀ + A·C^(−α): larger means faster diminishing returns.',
    default: 0.155,
    min: 0.05,
    max: 0.4,
    step: 0.005,
    scale: 'linear',
    source: 'Hoffmann et al. 2022, Approach 3 (αβ/(α+β) ≈ 0.155); Gundlach, Lynch & Thompson 2025, eq. 1',
  },
  budget: {
    label: 'Meek budget',
    symbol: 'B',
    unit: 'US$',
    description: 'Training budget of the meek actor, fixed for ever; the frontier also starts here in 2025.',
    default: 1000,
    min: 100,
    max: 1e10,
    step: 0.1,
    scale: 'log',
    source: 'Gundlach, Lynch & Thompson 2025, Figure 1 ($1,000 budget)',
  },
  lead: {
    label: 'Frontier’s head start',
    symbol: 'ρ',
    unit: '×',
    description:
      'Frontier compute at the start as a multiple of the meek actor’s (1: both start equal, as in the paper).',
    default: 1,
    min: 1,
    max: 1e7,
    step: 0.1,
    scale: 'log',
    source:
      'Gundlach, Lynch & Thompson 2025, Figure 1 (ρ = 1); larger values stand for a frontier that already outspends the meek actor, e.g. $1B against $1K is ρ = 10⁶',
  },
};
