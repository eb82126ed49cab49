/**
 * One-at-a-time sensitivity (a tornado diagram): how far a scalar conclusion
 * moves when each parameter goes to the low and the high end of its plausible
 * range while the others stay at their defaults.
 */
import type { Parameter } from './parameters/index.ts';

export interface TornadoBar {
  readonly id: string;
  readonly atLow: number;
  readonly atHigh: number;
  /** |atHigh − atLow|: bars are sorted by it, largest first. */
  readonly swing: number;
}

/**
 * @example tornado([parameter('g_i'), parameter('g_a')], (v) => v.g_i / v.g_a) // [{ id: 'g_a', … }, { id: 'g_i', … }]
 */
export function tornado(
  parameters: readonly Parameter[],
  conclusion: (values: Record<string, number>) => number,
): TornadoBar[] {
  const defaults = Object.fromEntries(parameters.map((p) => [p.id, p.default]));
  return parameters
    .map((p) => {
      const atLow = conclusion({ ...defaults, [p.id]: p.low });
      const atHigh = conclusion({ ...defaults, [p.id]: p.high });
      return { id: p.id, atLow, atHigh, swing: Math.abs(atHigh - atLow) };
    })
    .sort((a, b) => b.swing - a.swing || a.id.localeCompare(b.id));
}
