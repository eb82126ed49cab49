/**
 * Checked claims about the data: a sentence stated as a condition on an estimate computed from a pinned dataset
 * version over a declared subset (estimators.ts), e.g. "from 2025 the median lag is above 8 months". The build
 * evaluates every <DataClaim> (src/authoring/remark-data-claims.ts) and stops at its file:line when the data
 * contradict it, so a new dataset version that overturns a sentence cannot be published under it. Pure: the
 * caller passes the rows (dataset-rows.ts reads them from data/).
 *
 * @example evaluateDataClaim({ estimate: 'benchmark-lag', dataset: 2, subset: { from: '2025-01-01' }, condition: '> 8' }, rows)
 */
import { midSentence } from '../../figures/mid-sentence.ts';
import { parseCondition } from './condition.ts';
import { DATA_ESTIMATORS, type DataEstimate, type DataSubset } from './estimators.ts';

export interface DataClaim {
  /** Name of an estimator in DATA_ESTIMATORS. */
  readonly estimate: string;
  /** The dataset version the sentence is about (the estimator names the dataset). */
  readonly version: number;
  readonly subset: DataSubset;
  /** As for model claims: "> 8", "<= 3", "finite", … */
  readonly condition: string;
  /** 'estimate' (default): the point estimate meets the condition; 'interval': its whole interval does. */
  readonly across?: 'estimate' | 'interval';
}

export interface DataClaimResult {
  readonly ok: boolean;
  readonly estimate: DataEstimate;
  /** What was checked, in words and formatted values, with the interval (the claim's note). */
  readonly checked: string;
  readonly problem?: string;
}

/** The estimator a claim names; throws naming the ones there are. */
export function estimatorOf(name: string) {
  const estimator = DATA_ESTIMATORS[name];
  if (!estimator) throw new Error(`unknown estimate "${name}" (known: ${Object.keys(DATA_ESTIMATORS).join(', ')})`);
  return estimator;
}

export function evaluateDataClaim(claim: DataClaim, rows: readonly unknown[]): DataClaimResult {
  const estimator = estimatorOf(claim.estimate);
  const condition = parseCondition(claim.condition);
  const result = estimator.compute(rows, claim.subset);
  const show = estimator.format;
  const level = `${Math.round(result.level * 100)}% interval`;
  // A median not yet reached has no upper end, and may have no lower one either: say so instead of "not reached to …".
  const interval = !Number.isFinite(result.low)
    ? `no ${level} can be given yet`
    : !Number.isFinite(result.high)
      ? `${level} from ${show(result.low)} with no upper end yet`
      : `${level} ${show(result.low)} to ${show(result.high)}`;
  const wanted = condition.words(show);
  const checked = `Checked against ${estimator.dataset} v${claim.version}: ${midSentence(estimator.label(claim.subset))} is ${show(result.estimate)} (${interval}; ${result.detail}); the sentence needs ${claim.across === 'interval' ? 'the whole interval' : 'it'} ${wanted}. The build stops if a dataset version contradicts it.`;
  const values = claim.across === 'interval' ? [result.estimate, result.low, result.high] : [result.estimate];
  const ok = result.n > 0 && values.every((v) => condition.test(v));
  if (ok) return { ok, estimate: result, checked };
  const problem =
    result.n === 0
      ? `${estimator.label(claim.subset)}: no rows of ${estimator.dataset} v${claim.version} fall in the subset.`
      : `${estimator.label(claim.subset)} is ${show(result.estimate)} (${interval}), not ${claim.across === 'interval' ? 'wholly ' : ''}${wanted}.`;
  return { ok, estimate: result, checked, problem };
}
