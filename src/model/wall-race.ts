/**
 * The open–closed race on the capability wall, with per-actor ceilings, so
 * that the leader can get AI-found algorithmic progress (the "glut") before
 * the follower does.
 *
 * Effective compute x = log10(effective compute / the 2025 frontier's), so the
 * leader starts at x = 0. It grows by physical compute (Epoch AI 2024, 4–5×/yr
 * for frontier models) times algorithmic efficiency (Ho et al. 2024, compute
 * for a fixed loss halves every ~8 months). The follower (open models) is
 * `openLagMonths` of that growth behind (Cottier et al. 2024, Epoch AI, about
 * 15 months in training compute). Capability is `capability()` of
 * capability-wall.ts with the reference WALL_REFERENCE_OOM below the 2025
 * frontier: one capability point is tenfold effective compute where the curve
 * is still log-linear. Saturation κ = 1 / ceiling (0: log-linear, no wall).
 *
 * Two kinds of algorithmic progress: efficiency (moving along the curve
 * faster, g_a) and ceiling-lifting (new architectures that raise the curve,
 * `ceilingRise` points a year). The glut multiplies both for the leader from
 * `glut.startYears` on, and for the follower `followerDelayYears` later
 * (Eth & Davidson 2025; Davidson & Houlden 2025 on the size of such a speed-up).
 * That the leader gets it first is an assumption, not a finding: a negative
 * delay gives it to the follower first, and zero to both at once.
 * A modelling device of this publication for the essay's argument, not a fitted law.
 */
import { capability } from './capability-wall.ts';

/** Capability zero sits this many orders of magnitude of effective compute below the 2025 frontier. */
export const WALL_REFERENCE_OOM = 3;

export interface WallRace {
  /** Frontier physical training compute growth, ×/yr. */
  readonly computeGrowth: number;
  /** Algorithmic efficiency growth (effective compute per FLOP), ×/yr, shared by both sides. */
  readonly algorithmicGrowth: number;
  /** How far open models trail in effective compute, in months of the frontier's growth. */
  readonly openLagMonths: number;
  /** κ = 1 / ceiling at the start, per capability point; 0 is log-linear (no wall). */
  readonly saturation: number;
  /** Gradual ceiling-lifting progress, capability points per year. */
  readonly ceilingRise: number;
  /**
   * AI-found progress: from `startYears`, the leader's algorithmic progress runs `speedUp` times faster; the
   * follower's from `startYears + followerDelayYears` (negative: the follower gets it first, from the start at the
   * earliest).
   */
  readonly glut?: { readonly startYears: number; readonly speedUp: number; readonly followerDelayYears: number };
}

export interface RaceState {
  readonly years: number;
  readonly leader: number;
  readonly follower: number;
  /** Leader minus follower capability, in capability points. */
  readonly gap: number;
  /** Months until the follower reaches the leader's present capability (Infinity if not within the run plus `LAG_LOOKAHEAD_YEARS`). */
  readonly lagMonths: number;
  /** Ceilings (Infinity when log-linear). */
  readonly leaderCeiling: number;
  readonly followerCeiling: number;
}

/** How far past the last reported year the simulation runs, to measure the lag at that year. */
export const LAG_LOOKAHEAD_YEARS = 30;

/**
 * Effective compute of the follower at the start, relative to the leader's (negative).
 *
 * @example followerStartOom({ computeGrowth: 10, algorithmicGrowth: 10, openLagMonths: 6, saturation: 0, ceilingRise: 0 }) // -1
 */
export function followerStartOom(r: WallRace): number {
  return -(r.openLagMonths / 12) * Math.log10(r.computeGrowth * r.algorithmicGrowth);
}

/**
 * Simulates the race over `years` in `stepsPerYear` substeps, reporting
 * `samplesPerYear` states a year (t = 0 … years; `stepsPerYear` must be a
 * multiple of `samplesPerYear`).
 *
 * @example simulateRace({ computeGrowth: 4.7, algorithmicGrowth: 2.8, openLagMonths: 15, saturation: 0, ceilingRise: 0 }, 10)[10].lagMonths // ≈ 15
 */
export function simulateRace(r: WallRace, years: number, stepsPerYear = 12, samplesPerYear = 1): RaceState[] {
  const total = (years + LAG_LOOKAHEAD_YEARS) * stepsPerYear;
  const dt = 1 / stepsPerYear;
  const physical = Math.log10(r.computeGrowth);
  const algorithmic = Math.log10(r.algorithmicGrowth);
  const wall = r.saturation > 0 ? 1 / r.saturation : Infinity;
  const speed = (t: number, delay: number) => (r.glut && t >= r.glut.startYears + delay ? r.glut.speedUp : 1);
  const leader = new Float64Array(total + 1);
  const follower = new Float64Array(total + 1);
  const ceilings = { leader: new Float64Array(total + 1), follower: new Float64Array(total + 1) };
  let xL = 0;
  let xF = followerStartOom(r);
  let wL = wall;
  let wF = wall;
  for (let i = 0; i <= total; i++) {
    const t = i * dt;
    leader[i] = capability(xL, { ceiling: wL, reference: -WALL_REFERENCE_OOM });
    follower[i] = capability(xF, { ceiling: wF, reference: -WALL_REFERENCE_OOM });
    ceilings.leader[i] = wL;
    ceilings.follower[i] = wF;
    const mL = speed(t, 0);
    const mF = speed(t, r.glut?.followerDelayYears ?? 0);
    xL += (physical + algorithmic * mL) * dt;
    xF += (physical + algorithmic * mF) * dt;
    wL += r.ceilingRise * mL * dt;
    wF += r.ceilingRise * mF * dt;
  }
  const states: RaceState[] = [];
  const stride = stepsPerYear / samplesPerYear;
  // Both sides climb over time, so the substep where the follower first reaches the leader's level only moves
  // forward from one reported state to the next: search from the last one (stepping back while the follower was
  // already there), which keeps the lag linear in the run's length instead of quadratic.
  let reach = 0;
  for (let k = 0; k <= years * samplesPerYear; k++) {
    const i = k * stride;
    const target = leader[i]!;
    reach = Math.max(reach, i);
    while (reach > i && follower[reach - 1]! >= target) reach--;
    while (reach <= total && follower[reach]! < target) reach++;
    states.push({
      years: k / samplesPerYear,
      leader: leader[i]!,
      follower: follower[i]!,
      gap: leader[i]! - follower[i]!,
      lagMonths:
        reach > total
          ? Infinity
          : catchUpMonths(follower, Math.max(i, reach - 1), target, dt) + (Math.max(i, reach - 1) - i) * dt * 12,
      leaderCeiling: ceilings.leader[i]!,
      followerCeiling: ceilings.follower[i]!,
    });
  }
  return states;
}

/**
 * Capability of one side at `years` without a glut, in closed form (effective
 * compute and ceiling both grow linearly in time): what simulateRace computes
 * step by step, cheap enough to run for every draw of a Monte Carlo band.
 *
 * @example capabilityAt({ computeGrowth: 10, algorithmicGrowth: 1, openLagMonths: 12, saturation: 0, ceilingRise: 0 }, 2, 'follower') // 4
 */
export function capabilityAt(r: WallRace, years: number, side: 'leader' | 'follower'): number {
  const start = side === 'leader' ? 0 : followerStartOom(r);
  const x = start + years * Math.log10(r.computeGrowth * r.algorithmicGrowth);
  const ceiling = r.saturation > 0 ? 1 / r.saturation + r.ceilingRise * years : Infinity;
  return capability(x, { ceiling, reference: -WALL_REFERENCE_OOM });
}

/**
 * Months from substep `from` until `series` first reaches `target`, interpolated
 * between substeps; 0 if it is already there, Infinity if never within the series.
 *
 * @example catchUpMonths(Float64Array.of(0, 1, 2, 3), 0, 2.5, 1 / 12) // 2.5
 */
export function catchUpMonths(series: Float64Array, from: number, target: number, dt: number): number {
  if (series[from]! >= target) return 0;
  for (let j = from + 1; j < series.length; j++) {
    if (series[j]! >= target) {
      const before = series[j - 1]!;
      const fraction = (target - before) / (series[j]! - before);
      return (j - from - 1 + fraction) * dt * 12;
    }
  }
  return Infinity;
}

/**
 * The year (fractional, counted from the start) when the gap first falls to
 * `share` of its starting size, interpolated between states; Infinity if
 * it does not within the states.
 *
 * @example gapClosingYears([{ years: 0, gap: 1 }, { years: 1, gap: 0.5 }, { years: 2, gap: 0.2 }], 0.25) // ≈ 1.83
 */
export function gapClosingYears(states: readonly Pick<RaceState, 'gap' | 'years'>[], share: number): number {
  const target = states[0]!.gap * share;
  for (let i = 1; i < states.length; i++) {
    const { gap, years } = states[i]!;
    if (gap <= target) {
      const before = states[i - 1]!;
      return before.years + ((years - before.years) * (before.gap - target)) / (before.gap - gap);
    }
  }
  return Infinity;
}
