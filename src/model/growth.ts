/**
 * Growth processes: converting between annual growth factors, continuous
 * rates, doubling times and halving times.
 *
 * An exponential trend x(t) = x(0)·g^t has annual factor g, continuous rate
 * r = ln g, doubling time ln 2 / ln g years.
 */

/**
 * Continuous growth rate per year of an annual growth factor: r = ln g.
 *
 * @example annualRate(Math.E) // 1
 */
export function annualRate(annualFactor: number): number {
  return Math.log(annualFactor);
}

/**
 * Annual growth factor from a halving time in months, as used for
 * algorithmic progress ("the compute needed for a given performance halves
 * every 8 months", Ho et al. 2024, arXiv 2403.05812): g = 2^(12 / months).
 *
 * @example annualFactorFromHalvingMonths(8) // ≈ 2.83
 */
export function annualFactorFromHalvingMonths(months: number): number {
  return 2 ** (12 / months);
}

/**
 * Annual growth factor from a doubling time in years, as used for hardware
 * price-performance (Hobbhahn & Besiroglu 2022: FLOP/s per dollar doubles
 * every 2.1–2.5 years): g = 2^(1 / years).
 *
 * @example annualFactorFromDoublingYears(2) // ≈ 1.414
 */
export function annualFactorFromDoublingYears(years: number): number {
  return 2 ** (1 / years);
}

/**
 * Doubling time in years of an annual growth factor: ln 2 / ln g.
 *
 * @example doublingYears(2) // 1
 */
export function doublingYears(annualFactor: number): number {
  return Math.LN2 / Math.log(annualFactor);
}
