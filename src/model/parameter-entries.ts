/**
 * The parameter registry's entries as plain data, without zod, so figure specs
 * that run in the browser can read defaults, ranges, sources and anchors by id
 * without shipping a validator. The same arrays are validated by
 * ./parameters/index.ts when it loads (the build and tests load it), so a
 * malformed entry still fails at once.
 */
import { BENCHMARK_SIGMOID } from './parameters/benchmark-sigmoid.ts';
import { GROWTH_RATES } from './parameters/growth-rates.ts';
import { HARDWARE } from './parameters/hardware.ts';
import { LAGS } from './parameters/lags.ts';
import { MEEK_SCENARIO } from './parameters/meek-scenario.ts';
import { REPORTED_NUMBERS } from './parameters/reported-numbers.ts';
import type { ParameterInput } from './parameters/schema.ts';
import { SCALING_LAWS } from './parameters/scaling-laws.ts';

export type ParameterEntry = ParameterInput;

export const PARAMETER_ENTRIES: readonly ParameterEntry[] = [
  ...SCALING_LAWS,
  ...GROWTH_RATES,
  ...LAGS,
  ...BENCHMARK_SIGMOID,
  ...HARDWARE,
  ...MEEK_SCENARIO,
  ...REPORTED_NUMBERS,
];

/**
 * One entry by id, unvalidated (see ./parameters/index.ts for the validated registry); throws on an unknown id.
 *
 * @example parameterEntry('g_a').default // 2.8
 */
export function parameterEntry(id: string): ParameterEntry {
  const found = PARAMETER_ENTRIES.find((p) => p.id === id);
  if (!found) throw new Error(`No parameter "${id}"`);
  return found;
}
