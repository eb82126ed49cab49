/**
 * Open risk-taking as the frontier's bills rise. An open lab with a fixed
 * budget places "bets": training runs that reach the capability the frontier
 * had a fixed number of years earlier, most of which fail or are copied. The
 * frontier's training compute grows g_C× a year (Epoch AI 2024: 4–5×), so
 * its bill grows g_C / g_h× a year when FLOP per dollar improves g_h× a year
 * (Cottier et al. 2024 find 2.4× for the bill). A run ℓ years behind the
 * frontier needs the frontier's compute of ℓ years earlier, cut by ℓ years of
 * algorithmic progress (g_a, Ho et al. 2024), bought at today's prices.
 * When hardware stops getting cheaper the bill grows as fast as compute, and
 * the number of bets a fixed budget can place collapses sooner.
 */

export interface BetScenario {
  /** Year of `frontierCostUsd`. */
  readonly year0: number;
  /** The frontier's training bill in year0, US$. */
  readonly frontierCostUsd: number;
  /** Frontier training compute growth, ×/yr. */
  readonly computeGrowth: number;
  /** Hardware price-performance growth (FLOP per dollar), ×/yr. */
  readonly hardwareGrowth: number;
  /** Algorithmic efficiency growth, ×/yr. */
  readonly algorithmicGrowth: number;
  /** How far behind the frontier a bet aims, in years. */
  readonly lagYears: number;
}

/**
 * Cost in `year` of one run matching the frontier of `lagYears` earlier:
 * frontier bill(year) ÷ (g_C · g_a)^ℓ, with bill(year) = bill₀ · (g_C / g_h)^(year − year0).
 *
 * @example betCostUsd(2027, { year0: 2025, frontierCostUsd: 2e8, computeGrowth: 4.7, hardwareGrowth: 1.4, algorithmicGrowth: 2.8, lagYears: 1 }) // ≈ 1.7e8
 */
export function betCostUsd(year: number, s: BetScenario): number {
  const bill = s.frontierCostUsd * (s.computeGrowth / s.hardwareGrowth) ** (year - s.year0);
  return bill / (s.computeGrowth * s.algorithmicGrowth) ** s.lagYears;
}

/**
 * How many such runs a budget pays for in `year` (fractional; below 1 the lab
 * cannot place a single bet).
 *
 * @example betsAffordable(1e8, 2025, { year0: 2025, frontierCostUsd: 2e8, computeGrowth: 4.7, hardwareGrowth: 1.4, algorithmicGrowth: 2.8, lagYears: 1 }) // ≈ 6.6
 */
export function betsAffordable(budgetUsd: number, year: number, s: BetScenario): number {
  return budgetUsd / betCostUsd(year, s);
}

/**
 * The (fractional) year after which a budget no longer pays for `bets` runs a
 * year; -Infinity if it never could, +Infinity if the bill never grows.
 *
 * @example lastYearOfBets(1e8, 1, { year0: 2025, frontierCostUsd: 2e8, computeGrowth: 4.7, hardwareGrowth: 1.4, algorithmicGrowth: 2.8, lagYears: 1 }) // ≈ 2026.6
 */
export function lastYearOfBets(budgetUsd: number, bets: number, s: BetScenario): number {
  const billGrowth = Math.log(s.computeGrowth / s.hardwareGrowth);
  const headroom = Math.log(budgetUsd / (bets * betCostUsd(s.year0, s)));
  if (billGrowth <= 0) return headroom >= 0 ? Infinity : -Infinity;
  return s.year0 + headroom / billGrowth;
}
