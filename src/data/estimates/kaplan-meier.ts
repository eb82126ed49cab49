/**
 * Time to an event when some subjects have not had it yet: the Kaplan–Meier
 * product-limit estimator of the survival function (Kaplan & Meier 1958,
 * "Nonparametric estimation from incomplete observations", JASA 53:457–481),
 * Greenwood's formula for its variance, the median survival time, and the
 * Brookmeyer–Crowley confidence interval for that median (Brookmeyer &
 * Crowley 1982, "A confidence interval for the median survival time",
 * Biometrics 38:29–41): the times at which the pointwise confidence band of
 * S(t) crosses 1/2. The band is built on the log scale, log S(t) ± z·se, as
 * R's survival::survfit does by default (conf.type = "log"; Therneau, "A
 * Package for Survival Analysis in R"), so results can be checked against it.
 *
 * Here a "subject" is a closed model's record and the "event" is an open
 * model matching it; records still unmatched when the data end are
 * right-censored at that date rather than dropped (dropping them biases the
 * median low, since the unmatched are the slow ones).
 *
 * @example
 * // Freireich et al. (1963) 6-MP arm, as in Klein & Moeschberger, Survival Analysis (2003), §4.2:
 * const mp6 = [6, 6, 6, 7, 10, 13, 16, 22, 23].map((time) => ({ time, event: true }))
 *   .concat([6, 9, 10, 11, 17, 19, 20, 25, 32, 32, 34, 35].map((time) => ({ time, event: false })));
 * kaplanMeierMedian(kaplanMeier(mp6), 0.95) // { median: 23, low: 16, high: Infinity, level: 0.95 }
 */

/** One subject: the time observed, and whether the event happened then (false: censored at that time). */
export interface SurvivalObservation {
  readonly time: number;
  readonly event: boolean;
}

/** The estimate just after one distinct event time. */
export interface KaplanMeierStep {
  readonly time: number;
  /** Subjects still under observation just before `time`. */
  readonly atRisk: number;
  readonly events: number;
  /** S(t): the estimated probability that the event has not happened by `time`. */
  readonly survival: number;
  /** Greenwood's sum Σ d / (n (n − d)) up to `time`: Var(log S(t)) ≈ this sum. Infinity once S reaches 0. */
  readonly greenwood: number;
}

/**
 * The Kaplan–Meier curve: one step per distinct event time, in order. Censored
 * subjects leave the risk set after events at the same time (the usual convention).
 *
 * @example kaplanMeier([{ time: 1, event: true }, { time: 2, event: false }, { time: 3, event: true }]).map((s) => s.survival) // [2/3, 0]
 */
export function kaplanMeier(observations: readonly SurvivalObservation[]): KaplanMeierStep[] {
  for (const o of observations)
    if (!(Number.isFinite(o.time) && o.time >= 0)) throw new RangeError(`survival times must be ≥ 0, got ${o.time}`);
  const times = [...new Set(observations.filter((o) => o.event).map((o) => o.time))].sort((a, b) => a - b);
  const steps: KaplanMeierStep[] = [];
  let survival = 1;
  let greenwood = 0;
  for (const time of times) {
    const atRisk = observations.filter((o) => o.time >= time).length;
    const events = observations.filter((o) => o.event && o.time === time).length;
    survival *= 1 - events / atRisk;
    greenwood += atRisk === events ? Infinity : events / (atRisk * (atRisk - events));
    steps.push({ time, atRisk, events, survival, greenwood });
  }
  return steps;
}

/** Standard normal quantile for a two-sided interval at `level` (Acklam's rational approximation, |error| < 1.2e-9). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`p must be in (0, 1), got ${p}`);
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239,
  ];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const tail = (q: number) =>
    (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) /
    ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  if (p < 0.02425) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - 0.02425) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) /
    (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1)
  );
}

export interface MedianWithInterval {
  /** Smallest event time with S(t) ≤ 1/2; Infinity when the curve never gets there ("not reached"). */
  readonly median: number;
  /** Smallest event time at which the band's lower edge is ≤ 1/2; Infinity when never. */
  readonly low: number;
  /** Smallest event time at which the band's upper edge is ≤ 1/2; Infinity when never ("not reached"). */
  readonly high: number;
  readonly level: number;
}

/**
 * The median and its Brookmeyer–Crowley interval at `level`: the median is
 * where S(t) first reaches 1/2, the interval's ends where the lower and upper
 * edges of the pointwise band S(t)·exp(∓z·√greenwood) first reach 1/2.
 * An end the curve never reaches is Infinity, which the pages show as "not reached".
 *
 * @example kaplanMeierMedian(kaplanMeier([1, 2, 3, 4, 5].map((time) => ({ time, event: true }))), 0.9).median // 3
 */
export function kaplanMeierMedian(curve: readonly KaplanMeierStep[], level: number): MedianWithInterval {
  const z = normalQuantile(1 - (1 - level) / 2);
  const first = (test: (step: KaplanMeierStep) => boolean) => curve.find(test)?.time ?? Infinity;
  // A tolerance so that S(t) = 1/2 exactly, computed as a product of fractions, counts as reaching it.
  const half = 0.5 + 1e-12;
  const band = (step: KaplanMeierStep, sign: 1 | -1) =>
    step.survival === 0 ? 0 : Math.min(1, step.survival * Math.exp(sign * z * Math.sqrt(step.greenwood)));
  return {
    median: first((s) => s.survival <= half),
    low: first((s) => band(s, -1) <= half),
    high: first((s) => band(s, 1) <= half),
    level,
  };
}
