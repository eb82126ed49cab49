/** How far behind the frontier an open lab's moving-target bet aims: shared by every open-bets version. */
import type { ParamDefinition } from '../spec.ts';

export const LAG_YEARS: ParamDefinition = {
  label: 'How far behind the frontier a bet aims',
  symbol: 'ℓ',
  unit: 'years',
  description: 'A bet is a training run that matches the frontier of this many years earlier.',
  default: 2,
  min: 0,
  max: 4,
  step: 0.25,
  scale: 'linear',
  source: 'Open & Closed; open models have trailed closed ones by 5–22 months (Epoch AI 2024)',
};

/**
 * From v3: the same slider, with the 5 to 22 months cited where they are published. Epoch AI's 2025 note on
 * consumer GPUs (Somala & Emberson) states them as its earlier estimate for open models on benchmarks; the 2024
 * report it refers to could not be read here (the parameter registry's open_lag_benchmark_months says the same).
 */
export const LAG_YEARS_V3: ParamDefinition = {
  ...LAG_YEARS,
  source:
    'Open & Closed; on benchmarks, open models have trailed closed ones by 5 to 22 months, an estimate Epoch AI restates in Somala & Emberson 2025, “Frontier AI performance becomes accessible on consumer hardware within a year”',
};
