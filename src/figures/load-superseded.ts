/**
 * The browser's loader entries for superseded figure versions that can still go live: each on its own permalink page,
 * never in an essay (essays show the latest, load.ts). Split from load.ts so that the island every essay reader
 * loads does not carry them (about 0.9 KB gzip); loadFigure imports this file for such a version only, which costs
 * that permalink one small request after the island.
 * @example SUPERSEDED_SPECS['./meek-loss-gap/v7.ts'] // () => that version's module, imported when asked for
 */
import type { AnyFigureSpec } from './spec.ts';

// Every version file (v1.ts, v2.ts, …: not values.ts, nor a test beside it), less the latest versions (load.ts) and
// the superseded versions that can never go live: their frozen files differ from what their code draws today, so
// no page gives them an island (frozen-views.ts). import.meta.glob takes literal patterns only; load.test.ts holds
// both lists to exactly those versions.
export const SUPERSEDED_SPECS = import.meta.glob<{ default: AnyFigureSpec }>([
  './*/v[0-9]*.ts',
  // Tests beside a version (meek-capability-gap/v4.test.ts) are no versions.
  '!./*/*.test.ts',
  // The latest versions (load.ts).
  '!./budget-frontier/v4.ts',
  '!./device-fit/v4.ts',
  '!./device-frontier/v9.ts',
  '!./meek-capability-gap/v5.ts',
  '!./meek-gap-band/v2.ts',
  '!./meek-horizon-gap/v3.ts',
  '!./meek-inference-gap/v4.ts',
  '!./meek-loss-gap/v9.ts',
  '!./memo-costs/v6.ts',
  '!./open-bets/v7.ts',
  '!./open-closed-benchmark-lag/v3.ts',
  '!./open-closed-compute/v7.ts',
  '!./over-training/v7.ts',
  '!./wall-capability-curve/v8.ts',
  '!./wall-gap-lag/v5.ts',
  '!./wall-glut/v5.ts',
  // Superseded versions that can never go live.
  '!./device-fit/v1.ts',
  '!./device-frontier/v1.ts',
  '!./meek-capability-gap/v1.ts',
  '!./meek-gap-band/v1.ts',
  '!./meek-horizon-gap/v1.ts',
  '!./meek-inference-gap/v1.ts',
  '!./meek-loss-gap/v1.ts',
  '!./meek-loss-gap/v2.ts',
  '!./meek-loss-gap/v3.ts',
  '!./memo-costs/v2.ts',
  '!./open-closed-benchmark-lag/v1.ts',
  '!./over-training/v1.ts',
  '!./wall-capability-curve/v1.ts',
  '!./wall-capability-curve/v2.ts',
  '!./wall-gap-lag/v1.ts',
  '!./wall-gap-lag/v2.ts',
  '!./wall-glut/v1.ts',
]);
