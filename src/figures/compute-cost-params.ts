/**
 * Parameters shared by the incentives figures (budget-frontier, open-bets):
 * one definition per quantity, so figures that share a key share its
 * definition too. Defaults and ranges follow the parameter registry
 * (src/model/parameters.ts) and its sources.
 */
import type { ParamDefinition } from './spec.ts';

export const HARDWARE_GROWTH: ParamDefinition = {
  label: 'Hardware price-performance growth',
  symbol: 'gₕ',
  unit: '×/yr',
  description: 'Annual growth factor of training FLOP per dollar.',
  default: 1.4,
  min: 1,
  max: 2,
  step: 0.02,
  scale: 'linear',
  source:
    'Hobbhahn & Besiroglu 2022 (ML GPUs: FLOP/s per dollar doubles about every 2 years, about 1.4×/yr; registry range 1.25–1.57×/yr); 1 means hardware stops getting cheaper',
};

export const ALGORITHMIC_GROWTH: ParamDefinition = {
  label: 'Algorithmic efficiency growth',
  symbol: 'gₐ',
  unit: '×/yr',
  description: 'Annual growth factor of effective compute per FLOP.',
  default: 2.8,
  min: 1,
  max: 6,
  step: 0.1,
  scale: 'linear',
  source: 'Ho et al. 2024 (compute halving every 8 months, 95% CI 5–14: 1.8–5.3×/yr)',
};

export const TRAINING_COST_GROWTH: ParamDefinition = {
  label: 'Frontier training cost growth',
  symbol: 'g_$',
  unit: '×/yr',
  description: 'Annual growth factor of the most expensive training run’s bill.',
  default: 2.4,
  min: 1.2,
  max: 4,
  step: 0.05,
  scale: 'linear',
  source: 'Cottier et al. 2024 (2.4×/yr since 2016, 95% CI 2.0–2.9)',
};

export const OPEN_BUDGET: ParamDefinition = {
  label: 'An open lab’s training budget',
  symbol: 'B',
  unit: 'US$',
  description: 'What an open lab spends on training a year, held fixed.',
  default: 1e7,
  min: 1e5,
  max: 1e10,
  step: 0.1,
  scale: 'log',
  source: 'Open & Closed: between an academic lab ($1M) and a well-funded start-up ($100M)',
};
