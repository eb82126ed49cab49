/**
 * Exponential trends fitted as straight lines in log space: ordinary least
 * squares of log10(y) on time in years, the method of Epoch AI's trend
 * estimates (e.g. Sevilla et al. 2022, "Compute Trends Across Three Eras of
 * Machine Learning"; Cottier et al. 2024, §2).
 */
export interface Point {
  /** Decimal year. */
  readonly x: number;
  /** A positive quantity growing exponentially. */
  readonly y: number;
}

export interface LogLinearTrend {
  /** Orders of magnitude per year: the slope of log10(y) on x. */
  readonly slope: number;
  readonly intercept: number;
  /** Annual growth factor 10^slope, e.g. 4.2 for "4.2× per year". */
  readonly annualFactor: number;
  /** Years for y to double: log10(2) / slope. */
  readonly doublingYears: number;
  readonly n: number;
}

/**
 * Fits log10(y) = intercept + slope·x by least squares.
 *
 * @example logLinearTrend([{ x: 2020, y: 1 }, { x: 2021, y: 4 }, { x: 2022, y: 16 }]).annualFactor // 4
 */
export function logLinearTrend(points: readonly Point[]): LogLinearTrend {
  const n = points.length;
  if (n < 2) throw new RangeError(`a trend needs at least 2 points, got ${n}`);
  let sx = 0;
  let sy = 0;
  for (const p of points) {
    if (!(p.y > 0)) throw new RangeError(`log-linear trends need positive values, got ${p.y}`);
    sx += p.x;
    sy += Math.log10(p.y);
  }
  const mx = sx / n;
  const my = sy / n;
  let sxy = 0;
  let sxx = 0;
  for (const p of points) {
    sxy += (p.x - mx) * (Math.log10(p.y) - my);
    sxx += (p.x - mx) ** 2;
  }
  if (sxx === 0) throw new RangeError('all points share one date: no trend');
  const slope = sxy / sxx;
  return { slope, intercept: my - slope * mx, annualFactor: 10 ** slope, doublingYears: Math.log10(2) / slope, n };
}
