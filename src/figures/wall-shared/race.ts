/**
 * What the wall essay's figures share: the race their parameters set up
 * (src/model/wall-race.ts), its defaults and the start year. Imports only the
 * model: band.ts files load this in the band worker. The sliders themselves
 * are in params.ts.
 */
import { parameterEntry } from '../../model/parameter-entries.ts';
import { simulateRace, type RaceState, type WallRace } from '../../model/wall-race.ts';
import type { Params } from '../spec.ts';

export const START_YEAR = 2025;
export const HORIZON_YEARS = 20;
/** Lags longer than this are shown at this value (the follower had not caught up within the run). */
export const LAG_CAP_MONTHS = 240;
/** "The gap closes": it has fallen to this share of its size at the start. */
export const CLOSED_SHARE = 0.25;
/**
 * Every shared parameter's default: the measured ones from the parameter registry (Ho et al. 2024; Epoch AI 2024;
 * this site's compute-lag estimate), the essay's own assumptions as numbers here.
 *
 * @example WALL_DEFAULTS.g_a // 2.8
 */
export const WALL_DEFAULTS = {
  saturation: 0.1,
  ceiling_rise: 0.2,
  g_a: parameterEntry('g_a').default,
  g_c: parameterEntry('frontier_compute_growth').default,
  open_lag: parameterEntry('open_lag_compute_months').default,
  glut_year: 2029,
  glut_speedup: 3,
  glut_delay: 2,
} as const;

type RaceKey = 'saturation' | 'ceiling_rise' | 'g_a' | 'g_c' | 'open_lag';
type GlutKey = 'glut_year' | 'glut_speedup' | 'glut_delay';

/** The race a figure's parameters set up; a parameter a figure lacks takes its shared default. */
export function raceFrom(p: Partial<Params<RaceKey | GlutKey>>, withGlut = false): WallRace {
  const base: WallRace = {
    saturation: p.saturation ?? WALL_DEFAULTS.saturation,
    ceilingRise: p.ceiling_rise ?? WALL_DEFAULTS.ceiling_rise,
    algorithmicGrowth: p.g_a ?? WALL_DEFAULTS.g_a,
    computeGrowth: p.g_c ?? WALL_DEFAULTS.g_c,
    openLagMonths: p.open_lag ?? WALL_DEFAULTS.open_lag,
  };
  if (!withGlut) return base;
  return {
    ...base,
    glut: {
      startYears: (p.glut_year ?? WALL_DEFAULTS.glut_year) - START_YEAR,
      speedUp: p.glut_speedup ?? WALL_DEFAULTS.glut_speedup,
      followerDelayYears: p.glut_delay ?? WALL_DEFAULTS.glut_delay,
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
