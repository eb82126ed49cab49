/**
 * Cost and incentives: who can pay for what, and when. Frontier training cost
 * grows (Cottier et al. 2024: 2.4×/yr); the cost of any fixed capability falls
 * as hardware and algorithms improve; a fixed budget therefore falls behind the
 * frontier by a growing number of months, yet reaches any fixed capability.
 */

/**
 * Frontier training cost in a year, growing `growth`× per year from `cost0` in `year0`.
 *
 * @example frontierTrainingCost(2027, { year0: 2025, cost0: 5e8, growth: 2.4 }) // 2.88e9
 */
export function frontierTrainingCost(year: number, f: { year0: number; cost0: number; growth: number }): number {
  return f.cost0 * f.growth ** (year - f.year0);
}

/**
 * Dollars needed in `year` for `effectiveCompute` (FLOP at year0 efficiency),
 * as price-performance improves g_h× and algorithms g_a× per year.
 *
 * @example costOfCompute(1e25, 2026, { year0: 2025, flopPerDollar: 7e17, hardwareGrowth: 1.4, algorithmicGrowth: 2.8 }) // ≈ 3.6e6
 */
export function costOfCompute(
  effectiveCompute: number,
  year: number,
  p: { year0: number; flopPerDollar: number; hardwareGrowth: number; algorithmicGrowth: number },
): number {
  return effectiveCompute / (p.flopPerDollar * (p.hardwareGrowth * p.algorithmicGrowth) ** (year - p.year0));
}

/**
 * Months an actor spending `budget` (growing `budgetGrowth`× per year) lags a
 * frontier whose effective compute is `frontierCompute0` at t = 0 and grows
 * `frontierGrowth`× per year, t years on. Closed form: the frontier had the
 * actor's effective compute τ years earlier, with
 * τ(t) = [log(E_f(0) / E_B(0)) + t·log(g_f / (g_B·g_h·g_a))] / log g_f.
 *
 * @example budgetLagMonths(0, { budget: 1e6, budgetGrowth: 1, flopPerDollar: 7e17, hardwareGrowth: 1.4, algorithmicGrowth: 2.8, frontierCompute0: 5e26, frontierGrowth: 4.7 * 2.8 }) // ≈ 31
 */
export function budgetLagMonths(
  t: number,
  p: {
    budget: number;
    budgetGrowth: number;
    flopPerDollar: number;
    hardwareGrowth: number;
    algorithmicGrowth: number;
    frontierCompute0: number;
    frontierGrowth: number;
  },
): number {
  const actor0 = p.budget * p.flopPerDollar;
  const actorGrowth = p.budgetGrowth * p.hardwareGrowth * p.algorithmicGrowth;
  return (
    (12 * (Math.log(p.frontierCompute0 / actor0) + t * Math.log(p.frontierGrowth / actorGrowth))) /
    Math.log(p.frontierGrowth)
  );
}

/**
 * The first year (fractional) in which a budget buys `requiredCompute`
 * (effective FLOP at year0 efficiency): when a use case needing capability c
 * comes within reach of an open or academic actor. year0 when already in reach.
 *
 * @example yearWithinReach(1e25, 1e6, { year0: 2025, flopPerDollar: 7e17, hardwareGrowth: 1.4, algorithmicGrowth: 2.8 }) // ≈ 2026.9
 */
export function yearWithinReach(
  requiredCompute: number,
  budget: number,
  p: { year0: number; flopPerDollar: number; hardwareGrowth: number; algorithmicGrowth: number },
): number {
  const shortfall = requiredCompute / (budget * p.flopPerDollar);
  return shortfall <= 1 ? p.year0 : p.year0 + Math.log(shortfall) / Math.log(p.hardwareGrowth * p.algorithmicGrowth);
}

/** Budget tiers used in the essays. */
export const BUDGET_TIERS = [
  { id: 'academic', label: 'Academic lab', budget: 1e6 },
  { id: 'startup', label: 'Start-up', budget: 1e8 },
  { id: 'hyperscaler', label: 'Hyperscaler', budget: 1e10 },
] as const;

/**
 * Which budget tiers can buy `requiredCompute` by `year`.
 *
 * @example tiersWithinReach(1e27, 2027, { year0: 2025, flopPerDollar: 7e17, hardwareGrowth: 1.4, algorithmicGrowth: 2.8 }) // ['startup', 'hyperscaler']
 */
export function tiersWithinReach(
  requiredCompute: number,
  year: number,
  p: { year0: number; flopPerDollar: number; hardwareGrowth: number; algorithmicGrowth: number },
): string[] {
  return BUDGET_TIERS.filter((tier) => yearWithinReach(requiredCompute, tier.budget, p) <= year).map((tier) => tier.id);
}
