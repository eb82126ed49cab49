/**
 * The estimates the site publishes (data/estimates at its current version), found by id: read by the tests that hold
 * them against their sources (estimates.test.ts, estimates-lag.test.ts).
 *
 * @example byId('open-closed-compute-lag').survival   // { matched: 13, censored: 4, … }
 */
import { estimates as estimatesDefinition } from '../../src/data/datasets/estimates.ts';
import type { Estimate } from '../../src/data/estimates/estimate.ts';
import { publishedEstimates } from '../../src/data/site-data.ts';

export const estimates = publishedEstimates(estimatesDefinition.version);

/** The estimate with this id, from `from` (the current published ones unless given); throws naming a missing id. */
export function byId(id: string, from: readonly Estimate[] = estimates): Estimate {
  const e = from.find((x) => x.id === id);
  if (!e) throw new Error(`no estimate ${id}`);
  return e;
}
