/**
 * The peak-capabilities wall: capability as a function of effective compute,
 * from log-linear (no wall) to saturating at a ceiling W, with a ceiling that
 * may rise and algorithmic progress that may speed up past a threshold.
 *
 * Capability is measured in "orders of magnitude of effective compute above a
 * reference x₀": c(x) = W·(1 − e^(−(x − x₀)/W)), x = log10(effective compute).
 * Its slope at x₀ is 1 for every W, and as W → ∞ it becomes c = x − x₀, the
 * log-linear case. A constant compute ratio between two actors is a constant
 * Δx: under log-linear capability the capability gap stays Δx for ever; under a
 * ceiling both approach W and the gap closes. (A modelling device of this
 * publication for the essay's argument, not a fitted law.)
 */
import { randomExponential, randomLcg } from 'd3-random';

/**
 * Capability at log10 effective compute x under ceiling W (Infinity for no wall).
 *
 * @example capability(25, { ceiling: Infinity, reference: 24 }) // 1
 * @example capability(30, { ceiling: 2, reference: 24 }) // ≈ 1.90
 */
export function capability(x: number, curve: { ceiling: number; reference: number }): number {
  const above = x - curve.reference;
  if (!Number.isFinite(curve.ceiling)) return above;
  return curve.ceiling * -Math.expm1(-above / curve.ceiling);
}

export interface WallScenario {
  /** log10 effective compute of the leader and the follower at t = 0. */
  readonly leaderStart: number;
  readonly followerStart: number;
  /** Annual growth factors of each actor's effective compute (spend × hardware × algorithms). */
  readonly leaderGrowth: number;
  readonly followerGrowth: number;
  /** Capability ceiling W at t = 0 (Infinity: no wall) and its steady rise per year. */
  readonly ceiling: number;
  readonly ceilingRisePerYear: number;
  /** Breakthroughs: mean number per year and the ceiling gained by each (0 for none). */
  readonly breakthroughsPerYear: number;
  readonly breakthroughSize: number;
  /** Seed of the breakthrough timings, so a scenario is reproducible. */
  readonly seed: number;
  /** "Sudden glut": once the leader's capability reaches `threshold`, shared effective-compute growth is multiplied by `speedUp` per year for both. */
  readonly glut?: { readonly threshold: number; readonly speedUp: number };
  /** Reference compute x₀ of the capability scale. */
  readonly reference: number;
}

export interface WallState {
  readonly years: number;
  readonly leader: number;
  readonly follower: number;
  /** Leader minus follower capability. */
  readonly gap: number;
  /** Months until the follower reaches the leader's present capability (Infinity if not within the run). */
  readonly lagMonths: number;
  readonly ceiling: number;
}

/**
 * Simulates both actors yearly over `years`, in `stepsPerYear` substeps.
 * Returns one state per year (t = 0 … years). The gap and the lag are two
 * measures of "how far behind" that can move in opposite directions.
 *
 * @example simulateWall({ ...scenario, ceiling: Infinity }, 20)[20].gap // constant when growth rates are equal
 */
export function simulateWall(s: WallScenario, years: number, stepsPerYear = 12): WallState[] {
  const steps = years * stepsPerYear;
  const dt = 1 / stepsPerYear;
  // Breakthrough times: a Poisson process from a seeded source.
  const breakthroughs: number[] = [];
  if (s.breakthroughsPerYear > 0 && s.breakthroughSize !== 0) {
    const gap = randomExponential.source(randomLcg(s.seed))(s.breakthroughsPerYear);
    for (let t = gap(); t <= years; t += gap()) breakthroughs.push(t);
  }
  const ceilingAt = (t: number) =>
    s.ceiling + s.ceilingRisePerYear * t + s.breakthroughSize * breakthroughs.filter((b) => b <= t).length;

  const xLeader = new Float64Array(steps + 1);
  const xFollower = new Float64Array(steps + 1);
  const cLeader = new Float64Array(steps + 1);
  const cFollower = new Float64Array(steps + 1);
  xLeader[0] = s.leaderStart;
  xFollower[0] = s.followerStart;
  let glutOn = false;
  for (let i = 0; i <= steps; i++) {
    const t = i * dt;
    const curve = { ceiling: ceilingAt(t), reference: s.reference };
    cLeader[i] = capability(xLeader[i]!, curve);
    cFollower[i] = capability(xFollower[i]!, curve);
    if (s.glut && cLeader[i]! >= s.glut.threshold) glutOn = true;
    if (i < steps) {
      const extra = glutOn && s.glut ? Math.log10(s.glut.speedUp) : 0;
      xLeader[i + 1] = xLeader[i]! + (Math.log10(s.leaderGrowth) + extra) * dt;
      xFollower[i + 1] = xFollower[i]! + (Math.log10(s.followerGrowth) + extra) * dt;
    }
  }
  const states: WallState[] = [];
  for (let year = 0; year <= years; year++) {
    const i = year * stepsPerYear;
    // First substep where the follower reaches the leader's present capability, interpolated between substeps.
    const target = cLeader[i]!;
    let j = i;
    while (j <= steps && cFollower[j]! < target - 1e-12) j++;
    let lagYears = Infinity;
    if (j <= steps) {
      const before = j > i ? cFollower[j - 1]! : cFollower[j]!;
      const fraction = j > i && cFollower[j]! > before ? (target - before) / (cFollower[j]! - before) : 0;
      lagYears = (j - i - (j > i ? 1 - fraction : 0)) * dt;
    }
    states.push({
      years: year,
      leader: cLeader[i]!,
      follower: cFollower[i]!,
      gap: cLeader[i]! - cFollower[i]!,
      lagMonths: lagYears * 12,
      ceiling: ceilingAt(year),
    });
  }
  return states;
}
