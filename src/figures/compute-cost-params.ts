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
  symbol: 'g$',
  unit: '×/yr',
  description: 'Annual growth factor of the most expensive training run’s bill.',
  default: 2.4,
  min: 1.2,
  max: 4,
  step: 0.05,
  scale: 'linear',
  source: 'Cottier et al. 2024 (2.4×/yr since 2016, 90% CI 2.0–2.9)',
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

/** The capability a bet or an application needs: the frontier of a given year (budget-frontier, open-bets v2). */
export const CAPABILITY_YEAR: ParamDefinition = {
  label: 'Capability needed: the frontier of',
  symbol: 'Y',
  unit: 'calendar year',
  description: 'The year whose frontier model an application needs to match.',
  default: 2025,
  min: 2020,
  max: 2030,
  step: 0.25,
  scale: 'linear',
  source: 'Open & Closed: 2025 is the last full year of the training-costs data',
};

/** Where the frontier bill starts in 2025 (budget-frontier v2, open-bets v2; issue 20.8). */
export const ANCHOR_ON_RECORD: ParamDefinition = {
  label: 'Start the bill from 2025’s most expensive run (1) or the fitted trend (0)',
  symbol: 'r',
  unit: '',
  description:
    '1: the frontier bill starts from the most expensive training run published in 2025 (training-costs v1); 0: from the level in 2025 of the log-linear trend fitted to the record runs since 2016, which lies below both of 2025’s record runs.',
  default: 1,
  min: 0,
  max: 1,
  step: 1,
  scale: 'linear',
  source: 'Open & Closed, from training-costs v1 (Cottier et al. 2024’s cost estimates)',
};

/**
 * The same parameter as an on/off control (budget-frontier v4, open-bets v6): its two values named on two radio
 * buttons. As a 0–1 slider it printed "0" or "1" beside a knob at either end, which a reader had to decode from
 * the label. The URL still carries 0 or 1, so links to earlier versions read the same.
 */
export const ANCHOR_ON_RECORD_CHOICE: ParamDefinition = {
  ...ANCHOR_ON_RECORD,
  label: 'Start the frontier bill in 2025 from',
  choices: [
    { value: 1, label: 'the most expensive run' },
    { value: 0, label: 'the fitted trend' },
  ],
};
