/**
 * What the wall essay's figures share: the parameters with the same key in
 * every figure (so they move together on the page), the race they set up
 * (src/model/wall-race.ts), colours and the start year. Imports only the model:
 * band.ts files load this in the band worker.
 */
import { simulateRace, type RaceState, type WallRace } from '../../model/wall-race.ts';
import type { ParamDefinition, Params } from '../spec.ts';

export const START_YEAR = 2025;
export const HORIZON_YEARS = 20;
export const FRONTIER_COLOR = '#1d5fa6';
export const OPEN_COLOR = '#c8641b';
export const CEILING_COLOR = '#6b6b6b';
/** Lags longer than this are shown at this value (the follower had not caught up within the run). */
export const LAG_CAP_MONTHS = 240;
/** "The gap closes": it has fallen to this share of its size at the start. */
export const CLOSED_SHARE = 0.25;

export const saturation: ParamDefinition = {
  label: 'Saturation of returns',
  symbol: 'κ',
  unit: 'per point',
  description:
    'How sharply capability bends over as effective compute grows: 0 is log-linear (every tenfold step buys one point, no wall); κ puts the ceiling 1/κ points above the reference.',
  default: 0.1,
  min: 0,
  max: 0.3,
  step: 0.005,
  scale: 'linear',
  source:
    'Assumption of this essay; no published estimate. 0 is the log-linear scaling seen so far (Kaplan et al. 2020; Hoffmann et al. 2022)',
};

export const ceilingRise: ParamDefinition = {
  label: 'Ceiling rise from new ideas',
  symbol: 'ρ',
  unit: 'points/yr',
  description:
    'Ceiling-lifting algorithmic progress: how many capability points the ceiling gains each year from ideas that change the curve rather than move along it.',
  default: 0.2,
  min: 0,
  max: 1,
  step: 0.01,
  scale: 'linear',
  source: 'Assumption of this essay; no published estimate separates ceiling-lifting from efficiency gains',
};

export const algorithmicGrowth: ParamDefinition = {
  label: 'Algorithmic efficiency growth',
  symbol: 'gₐ',
  unit: '×/yr',
  description: 'Annual growth factor of effective compute per FLOP, shared by both sides (efficiency spreads).',
  default: 2.8,
  min: 1,
  max: 10,
  step: 0.1,
  scale: 'linear',
  source: 'Ho et al. 2024, arXiv 2403.05812 (compute for a fixed loss halves every 8 months, 95% CI 5–14)',
};

export const computeGrowth: ParamDefinition = {
  label: 'Frontier compute growth',
  symbol: 'g_C',
  unit: '×/yr',
  description: 'Annual growth factor of the physical training compute of frontier runs.',
  default: 4.7,
  min: 1.5,
  max: 8,
  step: 0.1,
  scale: 'linear',
  source: 'Epoch AI 2024, “Training compute of frontier AI models grows by 4–5× per year” (4.7× for frontier models)',
};

export const openLag: ParamDefinition = {
  label: 'Open models’ lag in compute',
  symbol: 'ℓ',
  unit: 'months',
  description: 'How many months of the frontier’s growth in effective compute open models are behind at the start.',
  default: 15,
  min: 1,
  max: 36,
  step: 1,
  scale: 'linear',
  source: 'Cottier et al. 2024, Epoch AI, “How far behind are open models?” (about 15 months in training compute)',
};

export const glutYear: ParamDefinition = {
  label: 'Glut starts (leader’s AI does research)',
  symbol: 'T_g',
  unit: 'year',
  description: 'Year from which the leader’s models speed up its own algorithmic progress.',
  default: 2029,
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
  default: 3,
  min: 1,
  max: 10,
  step: 0.1,
  scale: 'linear',
  source:
    'Davidson & Houlden 2025 (about 60% that automation compresses more than three years of progress into one); 1 is no glut',
};

export const glutDelay: ParamDefinition = {
  label: 'Follower gets the glut after',
  symbol: 'D',
  unit: 'years',
  description: 'Years until open models get the same AI-driven speed-up as the leader.',
  default: 2,
  min: 0,
  max: 15,
  step: 0.25,
  scale: 'linear',
  source:
    'Scenario parameter; 0 means the speed-up spreads at once, 15 that open models never get it within the horizon',
};

type RaceKey = 'saturation' | 'ceiling_rise' | 'g_a' | 'g_c' | 'open_lag';
type GlutKey = 'glut_year' | 'glut_speedup' | 'glut_delay';

/** The race a figure's parameters set up; a parameter a figure lacks takes its shared default. */
export function raceFrom(p: Partial<Params<RaceKey | GlutKey>>, withGlut = false): WallRace {
  const base: WallRace = {
    saturation: p.saturation ?? saturation.default,
    ceilingRise: p.ceiling_rise ?? ceilingRise.default,
    algorithmicGrowth: p.g_a ?? algorithmicGrowth.default,
    computeGrowth: p.g_c ?? computeGrowth.default,
    openLagMonths: p.open_lag ?? openLag.default,
  };
  if (!withGlut) return base;
  return {
    ...base,
    glut: {
      startYears: (p.glut_year ?? glutYear.default) - START_YEAR,
      speedUp: p.glut_speedup ?? glutSpeedUp.default,
      followerDelayYears: p.glut_delay ?? glutDelay.default,
    },
  };
}

/** Quarterly states over the horizon. */
export function raceStates(race: WallRace): RaceState[] {
  return simulateRace(race, HORIZON_YEARS, 12, 4);
}

/** The state at a calendar year (whole or quarter), from quarterly states. */
export function stateAt(states: readonly RaceState[], year: number): RaceState {
  const index = Math.round((year - START_YEAR) * 4);
  return states[Math.max(0, Math.min(states.length - 1, index))]!;
}

export const capLag = (months: number) => Math.min(months, LAG_CAP_MONTHS);
