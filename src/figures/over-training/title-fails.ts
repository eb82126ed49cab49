/**
 * over-training's title, "A small model trained far longer matches a larger, older frontier", is written at its
 * defaults: 8B parameters on 15T tokens, 1,900 per parameter, match the frontier of 2023, whose compute-optimal
 * model of the same loss has 3.7 times the parameters (issue 19: every claim at the state on screen). On the
 * Chinchilla law the frontier model of a loss is the compute-optimal one, so "larger" holds exactly where the chosen
 * model is trained past the law's optimum for that loss (84 tokens per parameter for 400B on 15T tokens, well above
 * the rule-of-thumb 20 the figure draws), and the sentence for a model between the two names that optimum. It is
 * false where the model sees too few tokens for that (large sizes, few tokens), and where
 * the model matches a frontier past the largest run of 2025 in the data (400B on 10¹⁵ tokens with fast progress
 * dates to 2026): a newer frontier, not an older one.
 *
 * @example overTrainingTitleFails({ model_billions: 100, training_tokens: 2.51e11, frontier_compute_growth: 3.6, g_a: 3.6 }, rows)
 *   // 'The chosen 100B model sees 2.5 tokens per parameter, fewer than the compute-optimal 20, so the frontier …'
 */
import { HOFFMANN_2022_TEX, chinchillaLoss, computeOptimalModel } from '../../model/chinchilla.ts';
import { computeForLoss } from '../../model/edge.ts';
import { FRONTIER_YEAR } from '../edge-data.ts';
import { formatNumber, formatYear } from '../format.ts';
import type { Params, TableRow } from '../spec.ts';
import type { Key } from './params.ts';
import { CHINCHILLA_TOKENS_PER_PARAMETER, frontierOf, matched, yearText } from './trend.ts';

export function overTrainingTitleFails(p: Params<Key>, rows: readonly TableRow[]): string | undefined {
  const n = p.model_billions * 1e9;
  const size = `${formatNumber(p.model_billions, 3)}B`;
  const frontier = frontierOf(rows, p);
  const year = matched(n, p.training_tokens, frontier);
  if (year >= frontier.year)
    return `The chosen ${size} model matches the frontier of ${yearText(year)}, past the largest run of ${formatYear(FRONTIER_YEAR)} in the data: a newer frontier, not an older one.`;
  const loss = chinchillaLoss(HOFFMANN_2022_TEX, n, p.training_tokens);
  const optimal = computeOptimalModel(HOFFMANN_2022_TEX, computeForLoss(HOFFMANN_2022_TEX, loss));
  if (optimal.parameters > n) return undefined;
  const perParameter = p.training_tokens / n;
  const ratio = `${formatNumber(perParameter, 2)} tokens per parameter`;
  if (perParameter <= CHINCHILLA_TOKENS_PER_PARAMETER)
    return `The chosen ${size} model sees ${ratio}, fewer than the compute-optimal ${CHINCHILLA_TOKENS_PER_PARAMETER}, so the frontier model of the same loss, trained compute-optimally, is smaller than it.`;
  // Past the rule of thumb but short of the law's own optimum at this loss: the sentence names the number the test
  // above used, not the 20 the figure draws (v6's said "not far past the compute-optimal 20" of a model at 38).
  const optimum = formatNumber(optimal.tokens / optimal.parameters, 2);
  return `The chosen ${size} model sees ${ratio}, past the rule-of-thumb ${CHINCHILLA_TOKENS_PER_PARAMETER} but short of the ${optimum} at which the law trains a model of its loss compute-optimally, so the frontier model of that loss is no larger than it.`;
}
