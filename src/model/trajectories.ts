/**
 * Compute trajectories: spend, price-performance and algorithmic efficiency
 * as exponential growth processes, and physical vs effective compute
 * (Ho et al. 2024: effective compute = physical compute × algorithmic efficiency).
 */

/** An exponential process: value `start` at `year0`, growing `growth`× per year. */
export interface Growth {
  readonly year0: number;
  readonly start: number;
  readonly growth: number;
}

/**
 * @example valueAt({ year0: 2025, start: 100, growth: 2 }, 2027) // 400
 */
export function valueAt(g: Growth, year: number): number {
  return g.start * g.growth ** (year - g.year0);
}

/**
 * Physical training FLOP bought: spend × FLOP per dollar.
 *
 * @example physicalCompute(1e9, 7e17) // 7e26
 */
export function physicalCompute(spendUsd: number, flopPerDollar: number): number {
  return spendUsd * flopPerDollar;
}

/**
 * Effective compute: physical FLOP × the algorithmic efficiency multiplier
 * relative to a base year (Ho et al. 2024, §2).
 *
 * @example effectiveCompute(1e25, 2.8, 2) // 7.84e25
 */
export function effectiveCompute(physicalFlop: number, algorithmicGrowth: number, yearsSinceBase: number): number {
  return physicalFlop * algorithmicGrowth ** yearsSinceBase;
}
