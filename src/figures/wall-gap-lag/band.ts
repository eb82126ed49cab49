/**
 * wall-gap-lag's uncertainty band: where the open frontier lies in 90% of
 * draws of algorithmic growth, frontier compute growth and the open lag from
 * the parameter registry (Ho et al. 2024; Epoch AI 2024; Cottier et al. 2024).
 * Loaded by the build and by the band worker: imports only the model.
 */
import { capabilityAt } from '../../model/wall-race.ts';
import type { BandDefinition } from '../band/band.ts';
import { HORIZON_YEARS, START_YEAR, raceFrom } from '../wall-shared/race.ts';

export type GapLagKey = 'saturation' | 'ceiling_rise' | 'g_a' | 'g_c' | 'open_lag';

const YEARS = Array.from({ length: HORIZON_YEARS * 2 + 1 }, (_, i) => START_YEAR + i / 2);

const band: BandDefinition<GapLagKey> = {
  label: '5–95% of 400 draws of gₐ, frontier compute growth and ℓₒ from the parameter registry',
  draws: 400,
  seed: 20261123,
  quantiles: [0.05, 0.95],
  sampled: { g_a: 'g_a', g_c: 'frontier_compute_growth', open_lag: 'open_lag_compute_months' },
  x: () => YEARS,
  series(params, out) {
    const race = raceFrom(params);
    for (let i = 0; i < out.length; i++) out[i] = capabilityAt(race, YEARS[i]! - START_YEAR, 'follower');
  },
};

export default band;
