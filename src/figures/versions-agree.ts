/**
 * Where two versions of a figure disagree on what the essay's prose reads: parameters (their definitions), the
 * datasets, the table, each named value and each case, in the given states. A version that only redraws (open-bets v7,
 * open-closed-benchmark-lag v3, meek-capability-gap v5) must give none, so the prose reads the same.
 *
 * @example versionsDisagree(getFigure('open-bets', 6), getFigure('open-bets', 7), states, data) // []
 */
import { figureParams, type ReachableState } from './reachable-states.ts';
import type { AnyFigureSpec, FigureData } from './spec.ts';

export function versionsDisagree(
  before: AnyFigureSpec,
  after: AnyFigureSpec,
  states: readonly ReachableState[],
  data: FigureData,
): string[] {
  const found: string[] = [];
  if (JSON.stringify(before.params) !== JSON.stringify(after.params)) found.push('parameters differ');
  if (JSON.stringify(before.datasets) !== JSON.stringify(after.datasets)) found.push('datasets differ');
  for (const { label, params } of states) {
    const p = figureParams(after, params);
    const [rowsBefore, rowsAfter] = [before.table(p, data), after.table(p, data)];
    if (JSON.stringify(rowsBefore) !== JSON.stringify(rowsAfter)) found.push(`${label}: the table differs`);
    for (const [name, value] of Object.entries(after.values)) {
      const [was, is] = [before.values[name]?.compute(p, rowsBefore), value.compute(p, rowsAfter)];
      if (!Object.is(was, is)) found.push(`${label}: ${name} was ${was}, is ${is}`);
    }
    for (const [name, c] of Object.entries(after.cases ?? {})) {
      const [was, is] = [before.cases?.[name]?.compute(p, rowsBefore), c.compute(p, rowsAfter)];
      if (was !== is) found.push(`${label}: case ${name} was ${was}, is ${is}`);
    }
  }
  return found;
}
