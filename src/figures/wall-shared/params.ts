/**
 * The sliders the wall essay's figures share, under the same key in every
 * figure so they move together on the page, and the figures' colours by role.
 * Measured quantities come from the parameter registry; the essay's own
 * assumptions (saturation, the ceiling's rise, the glut) say so in their source.
 */
import { registryParam } from '../registry-param.ts';
import type { ParamDefinition } from '../spec.ts';
import { theme } from '../theme.ts';
import { WALL_DEFAULTS } from './race.ts';

export const FRONTIER_COLOR = theme.frontier;
export const OPEN_COLOR = theme.open;
export const CEILING_COLOR = theme.ceiling;

export const saturation: ParamDefinition = {
  label: 'Saturation of returns',
  symbol: 'σ',
  unit: 'per point',
  description:
    'How sharply capability bends over as effective compute grows: 0 is log-linear (every tenfold step buys one point, no wall); σ puts the ceiling 1/σ points above capability zero.',
  default: WALL_DEFAULTS.saturation,
  min: 0,
  max: 0.3,
  step: 0.005,
  scale: 'linear',
  source:
    'Assumption of this essay; no published estimate. 0 is the log-linear scaling seen so far (Kaplan et al. 2020; Hoffmann et al. 2022)',
};

export const ceilingRise: ParamDefinition = {
  label: 'Ceiling rise from new ideas',
  symbol: 'λ',
  unit: 'points/yr',
  description:
    'Ceiling-lifting algorithmic progress: how many capability points the ceiling gains each year from ideas that change the curve rather than move along it.',
  default: WALL_DEFAULTS.ceiling_rise,
  min: 0,
  max: 1,
  step: 0.01,
  scale: 'linear',
  source: 'Assumption of this essay; no published estimate separates ceiling-lifting from efficiency gains',
};

/** Efficiency growth g_a, from the parameter registry (Ho et al. 2024): shared by both sides, because efficiency spreads. */
export const algorithmicGrowth: ParamDefinition = registryParam('g_a', {
  min: 1,
  max: 10,
  step: 0.1,
  scale: 'linear',
  description: 'Annual growth factor of effective compute per FLOP, shared by both sides (efficiency spreads).',
});

/** Frontier training-compute growth, from the parameter registry (Epoch AI 2024: 4–5× a year). */
export const computeGrowth: ParamDefinition = registryParam('frontier_compute_growth', {
  min: 1.5,
  max: 8,
  step: 0.1,
  scale: 'linear',
});

/** Open models' lag in compute, from the parameter registry (the Kaplan–Meier median of this site's data). */
export const openLag: ParamDefinition = {
  ...registryParam('open_lag_compute_months', {
    min: 1,
    max: 36,
    step: 0.1,
    scale: 'linear',
    label: 'Open models’ lag in compute',
    description: 'How many months of the frontier’s growth in effective compute open models are behind at the start.',
  }),
  symbol: 'ℓₒ',
};

export const glutYear: ParamDefinition = {
  label: 'Glut starts (leader’s AI does research)',
  symbol: 'T',
  unit: 'year',
  description: 'Year from which the leader’s models speed up its own algorithmic progress.',
  default: WALL_DEFAULTS.glut_year,
  min: 2026,
  max: 2044,
  step: 1,
  scale: 'linear',
  source: 'Scenario parameter; see Eth & Davidson 2025 on when AI R&D automation might arrive',
};

export const glutSpeedUp: ParamDefinition = {
  label: 'Glut speed-up',
  symbol: 'm',
  unit: '×',
  description: 'How many times faster algorithmic progress (efficiency and ceiling) runs once AI does the research.',
  default: WALL_DEFAULTS.glut_speedup,
  min: 1,
  max: 10,
  step: 0.1,
  scale: 'linear',
  source:
    'Davidson & Houlden 2025 (about 60% that automation compresses more than three years of progress into one); 1 is no glut',
};

export const glutDelay: ParamDefinition = {
  label: 'Open models get the glut after the leader by',
  symbol: 'δ',
  unit: 'years',
  description:
    'Years from the leader’s glut until open models get the same AI-driven speed-up; negative: open models get it first, by that many years.',
  default: WALL_DEFAULTS.glut_delay,
  min: -5,
  max: 15,
  step: 0.25,
  scale: 'linear',
  source:
    'Assumption of this essay that the leader gets it first (its models are the most capable, before release); 0 means it spreads at once, negative that open models get it first, 15 that they do not get it within the horizon',
};

/**
 * The two sliders as version 1 of the wall figures published them (wall-capability-curve v1, wall-gap-lag v1):
 * typed-in defaults, 4.7×/yr and 15 months, where later versions read the parameter registry. Kept so that a
 * frozen version's page lists the parameters it was published with.
 */
export const firstVersionParams = {
  computeGrowth: {
    ...computeGrowth,
    label: 'Frontier compute growth',
    symbol: 'g_C',
    description: 'Annual growth factor of the physical training compute of frontier runs.',
    default: 4.7,
    source: 'Epoch AI 2024, “Training compute of frontier AI models grows by 4–5× per year” (4.7× for frontier models)',
  },
  openLag: {
    ...openLag,
    symbol: 'ℓ',
    default: 15,
    step: 1,
    source: 'Cottier et al. 2024, Epoch AI, “How far behind are open models?” (about 15 months in training compute)',
  },
} satisfies Record<string, ParamDefinition>;
