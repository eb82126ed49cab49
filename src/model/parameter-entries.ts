/**
 * The model's parameter entries as plain data, without zod, so figure specs
 * that run in the browser can read defaults, ranges, sources and anchors by id
 * without shipping a validator. The same arrays are validated by
 * ./parameters/model-parameters.ts when it loads (the build and tests load it),
 * so a malformed entry still fails at once.
 *
 * These are all the entries a figure or the model can read. The numbers only
 * essays report (./parameters/reported-numbers.ts) are not here: pages read them
 * from the full registry (./parameters/index.ts), which figures never import. So a
 * figure's import graph, which its lock record hashes (src/figures/publishing/
 * import-graph.ts), covers every entry it can read and no reported number, and
 * editing a reported number leaves every figure's lock record alone.
 */
import { BENCHMARK_SIGMOID } from './parameters/benchmark-sigmoid.ts';
import { GROWTH_RATES } from './parameters/growth-rates.ts';
import { HARDWARE } from './parameters/hardware.ts';
import { LAGS } from './parameters/lags.ts';
import { MEEK_SCENARIO } from './parameters/meek-scenario.ts';
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
];

/**
 * One model entry by id, unvalidated (see ./parameters/index.ts for the validated registry); throws on an unknown id,
 * and on a reported number (those are the essays', read from ./parameters/index.ts).
 *
 * @example parameterEntry('g_a').default // 2.8
 */
export function parameterEntry(id: string): ParameterEntry {
  const found = PARAMETER_ENTRIES.find((p) => p.id === id);
  if (!found) throw new Error(`No parameter "${id}"`);
  return found;
}
