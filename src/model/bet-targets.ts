/**
 * What an open lab's bets cost, against a moving target and against a fixed one (issue 20.6). One bill,
 * one model, shared with budget-frontier: the frontier's training bill grows g$× a year in dollars
 * (Cottier et al. 2024: 2.4× since 2016), and the cost of any capability already reached falls
 * (gₕ·gₐ)× a year as hardware price-performance (Hobbhahn & Besiroglu 2022) and algorithmic efficiency
 * (Ho et al. 2024) improve (cost-incentives.ts, costOfCompute).
 *
 * - A bet on a moving target matches the frontier of ℓ years before the year it is placed: it costs the
 *   bill of ℓ years earlier, cheapened by ℓ years of progress, bill(t) / (g$·gₕ·gₐ)^ℓ. Its price grows
 *   with the leaders' bill, so a fixed budget runs out of such bets: by construction, the leaders'
 *   scaling decides when.
 * - A bet on a fixed target matches the frontier of a given year Y: bill(Y) / (gₕ·gₐ)^(t − Y). Its price
 *   falls every year whatever the leaders spend.
 *
 * When hardware stops getting cheaper (gₕ = 1) the leaders are assumed to keep growing their spending in
 * dollars at g$ (their compute then grows more slowly too); only the fall in the cost of a reached
 * capability slows.
 */

export interface BetWorld {
  /** Year of `frontierCostUsd`. */
  readonly year0: number;
  /** The frontier's training bill in year0, US$. */
  readonly frontierCostUsd: number;
  /** Growth of the frontier's bill in dollars, ×/yr (g$). */
  readonly billGrowth: number;
  /** Hardware price-performance growth, ×/yr (gₕ). */
  readonly hardwareGrowth: number;
  /** Algorithmic efficiency growth, ×/yr (gₐ). */
  readonly algorithmicGrowth: number;
}

/**
 * The frontier's bill in `year`.
 *
 * @example frontierBillIn(2027, { year0: 2025, frontierCostUsd: 3e8, billGrowth: 2.4, hardwareGrowth: 1.4, algorithmicGrowth: 2.8 }) // 1.728e9
 */
export function frontierBillIn(year: number, w: BetWorld): number {
  return w.frontierCostUsd * w.billGrowth ** (year - w.year0);
}

/**
 * Cost in `year` of a run matching the frontier of `lagYears` earlier.
 *
 * @example movingBetCost(2025, 2, { year0: 2025, frontierCostUsd: 3e8, billGrowth: 2.4, hardwareGrowth: 1.4, algorithmicGrowth: 2.8 }) // ≈ 3.4e6
 */
export function movingBetCost(year: number, lagYears: number, w: BetWorld): number {
  return frontierBillIn(year - lagYears, w) / (w.hardwareGrowth * w.algorithmicGrowth) ** lagYears;
}

/**
 * Cost in `year` (at or after `targetYear`) of a run matching the frontier of `targetYear`.
 *
 * @example fixedBetCost(2027, 2025, { year0: 2025, frontierCostUsd: 3e8, billGrowth: 2.4, hardwareGrowth: 1.4, algorithmicGrowth: 2.8 }) // ≈ 1.95e7
 */
export function fixedBetCost(year: number, targetYear: number, w: BetWorld): number {
  const progress = (w.hardwareGrowth * w.algorithmicGrowth) ** Math.max(0, year - targetYear);
  return frontierBillIn(targetYear, w) / progress;
}

/**
 * The (fractional) last year in which `budgetUsd` pays for one moving-target bet; +Infinity if the bill
 * never grows and the budget already pays, -Infinity if it never could.
 *
 * @example lastMovingBetYear(1e7, 2, { year0: 2025, frontierCostUsd: 3e8, billGrowth: 2.4, hardwareGrowth: 1.4, algorithmicGrowth: 2.8 }) // ≈ 2026.2
 */
export function lastMovingBetYear(budgetUsd: number, lagYears: number, w: BetWorld): number {
  const headroom = Math.log(budgetUsd / movingBetCost(w.year0, lagYears, w));
  const growth = Math.log(w.billGrowth);
  if (growth <= 0) return headroom >= 0 ? Infinity : -Infinity;
  return w.year0 + headroom / growth;
}

/**
 * The (fractional) first year in which `budgetUsd` pays for one bet on the frontier of `targetYear`:
 * `targetYear` if it already does, +Infinity if the cost of a capability never falls (gₕ·gₐ = 1).
 *
 * @example firstFixedBetYear(1e7, 2025, { year0: 2025, frontierCostUsd: 3e8, billGrowth: 2.4, hardwareGrowth: 1.4, algorithmicGrowth: 2.8 }) // ≈ 2027.5
 */
export function firstFixedBetYear(budgetUsd: number, targetYear: number, w: BetWorld): number {
  const shortfall = frontierBillIn(targetYear, w) / budgetUsd;
  if (shortfall <= 1) return targetYear;
  const fall = Math.log(w.hardwareGrowth * w.algorithmicGrowth);
  return fall > 0 ? targetYear + Math.log(shortfall) / fall : Infinity;
}
