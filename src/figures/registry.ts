/**
 * Every version of every figure. A published version stays here, unchanged,
 * for as long as the site exists: its permalink serves it.
 */
import meekLossGapV1 from './meek-loss-gap/v1.ts';
import meekLossGapV2 from './meek-loss-gap/v2.ts';
import meekLossGapV3 from './meek-loss-gap/v3.ts';
import meekLossGapV4 from './meek-loss-gap/v4.ts';
import meekLossGapV5 from './meek-loss-gap/v5.ts';
import meekLossGapV6 from './meek-loss-gap/v6.ts';
import meekLossGapV7 from './meek-loss-gap/v7.ts';
import meekLossGapV8 from './meek-loss-gap/v8.ts';
import meekLossGapV9 from './meek-loss-gap/v9.ts';
import meekCapabilityGapV1 from './meek-capability-gap/v1.ts';
import meekCapabilityGapV2 from './meek-capability-gap/v2.ts';
import meekCapabilityGapV3 from './meek-capability-gap/v3.ts';
import meekCapabilityGapV4 from './meek-capability-gap/v4.ts';
import meekCapabilityGapV5 from './meek-capability-gap/v5.ts';
import meekGapBandV1 from './meek-gap-band/v1.ts';
import meekGapBandV2 from './meek-gap-band/v2.ts';
import meekInferenceGapV1 from './meek-inference-gap/v1.ts';
import meekInferenceGapV2 from './meek-inference-gap/v2.ts';
import meekInferenceGapV3 from './meek-inference-gap/v3.ts';
import meekInferenceGapV4 from './meek-inference-gap/v4.ts';
import meekHorizonGapV1 from './meek-horizon-gap/v1.ts';
import meekHorizonGapV2 from './meek-horizon-gap/v2.ts';
import meekHorizonGapV3 from './meek-horizon-gap/v3.ts';
import openClosedComputeV1 from './open-closed-compute/v1.ts';
import openClosedComputeV2 from './open-closed-compute/v2.ts';
import openClosedComputeV3 from './open-closed-compute/v3.ts';
import openClosedComputeV4 from './open-closed-compute/v4.ts';
import openClosedComputeV5 from './open-closed-compute/v5.ts';
import openClosedComputeV6 from './open-closed-compute/v6.ts';
import openClosedComputeV7 from './open-closed-compute/v7.ts';
import openClosedBenchmarkLagV1 from './open-closed-benchmark-lag/v1.ts';
import openClosedBenchmarkLagV2 from './open-closed-benchmark-lag/v2.ts';
import openClosedBenchmarkLagV3 from './open-closed-benchmark-lag/v3.ts';
import wallCapabilityCurveV1 from './wall-capability-curve/v1.ts';
import wallCapabilityCurveV2 from './wall-capability-curve/v2.ts';
import wallCapabilityCurveV3 from './wall-capability-curve/v3.ts';
import wallCapabilityCurveV4 from './wall-capability-curve/v4.ts';
import wallCapabilityCurveV5 from './wall-capability-curve/v5.ts';
import wallCapabilityCurveV6 from './wall-capability-curve/v6.ts';
import wallCapabilityCurveV7 from './wall-capability-curve/v7.ts';
import wallCapabilityCurveV8 from './wall-capability-curve/v8.ts';
import wallGapLagV1 from './wall-gap-lag/v1.ts';
import wallGapLagV2 from './wall-gap-lag/v2.ts';
import wallGapLagV3 from './wall-gap-lag/v3.ts';
import wallGapLagV4 from './wall-gap-lag/v4.ts';
import wallGapLagV5 from './wall-gap-lag/v5.ts';
import wallGlutV1 from './wall-glut/v1.ts';
import wallGlutV2 from './wall-glut/v2.ts';
import wallGlutV3 from './wall-glut/v3.ts';
import wallGlutV4 from './wall-glut/v4.ts';
import wallGlutV5 from './wall-glut/v5.ts';
import memoCostsV1 from './memo-costs/v1.ts';
import memoCostsV2 from './memo-costs/v2.ts';
import memoCostsV3 from './memo-costs/v3.ts';
import memoCostsV4 from './memo-costs/v4.ts';
import memoCostsV5 from './memo-costs/v5.ts';
import memoCostsV6 from './memo-costs/v6.ts';
import budgetFrontierV1 from './budget-frontier/v1.ts';
import budgetFrontierV2 from './budget-frontier/v2.ts';
import budgetFrontierV3 from './budget-frontier/v3.ts';
import budgetFrontierV4 from './budget-frontier/v4.ts';
import openBetsV1 from './open-bets/v1.ts';
import openBetsV2 from './open-bets/v2.ts';
import openBetsV3 from './open-bets/v3.ts';
import openBetsV4 from './open-bets/v4.ts';
import openBetsV5 from './open-bets/v5.ts';
import openBetsV6 from './open-bets/v6.ts';
import openBetsV7 from './open-bets/v7.ts';
import deviceFitV1 from './device-fit/v1.ts';
import deviceFitV2 from './device-fit/v2.ts';
import deviceFitV3 from './device-fit/v3.ts';
import deviceFitV4 from './device-fit/v4.ts';
import deviceFrontierV1 from './device-frontier/v1.ts';
import deviceFrontierV2 from './device-frontier/v2.ts';
import deviceFrontierV3 from './device-frontier/v3.ts';
import deviceFrontierV4 from './device-frontier/v4.ts';
import deviceFrontierV5 from './device-frontier/v5.ts';
import deviceFrontierV6 from './device-frontier/v6.ts';
import deviceFrontierV7 from './device-frontier/v7.ts';
import deviceFrontierV8 from './device-frontier/v8.ts';
import deviceFrontierV9 from './device-frontier/v9.ts';
import overTrainingV1 from './over-training/v1.ts';
import overTrainingV2 from './over-training/v2.ts';
import overTrainingV3 from './over-training/v3.ts';
import overTrainingV4 from './over-training/v4.ts';
import overTrainingV5 from './over-training/v5.ts';
import overTrainingV6 from './over-training/v6.ts';
import overTrainingV7 from './over-training/v7.ts';
import type { AnyFigureSpec } from './spec.ts';

export const figureVersions: readonly AnyFigureSpec[] = [
  meekLossGapV1,
  meekLossGapV2,
  meekLossGapV3,
  meekLossGapV4,
  meekLossGapV5,
  meekLossGapV6,
  meekLossGapV7,
  meekLossGapV8,
  meekLossGapV9,
  meekCapabilityGapV1,
  meekCapabilityGapV2,
  meekCapabilityGapV3,
  meekCapabilityGapV4,
  meekCapabilityGapV5,
  meekGapBandV1,
  meekGapBandV2,
  meekHorizonGapV1,
  meekHorizonGapV2,
  meekHorizonGapV3,
  meekInferenceGapV1,
  meekInferenceGapV2,
  meekInferenceGapV3,
  meekInferenceGapV4,
  openClosedComputeV1,
  openClosedComputeV2,
  openClosedComputeV3,
  openClosedComputeV4,
  openClosedComputeV5,
  openClosedComputeV6,
  openClosedComputeV7,
  wallCapabilityCurveV1,
  wallCapabilityCurveV2,
  wallCapabilityCurveV3,
  wallCapabilityCurveV4,
  wallCapabilityCurveV5,
  wallCapabilityCurveV6,
  wallCapabilityCurveV7,
  wallCapabilityCurveV8,
  wallGapLagV1,
  wallGapLagV2,
  wallGapLagV3,
  wallGapLagV4,
  wallGapLagV5,
  wallGlutV1,
  wallGlutV2,
  wallGlutV3,
  wallGlutV4,
  wallGlutV5,
  openClosedBenchmarkLagV1,
  openClosedBenchmarkLagV2,
  openClosedBenchmarkLagV3,
  memoCostsV1,
  memoCostsV2,
  memoCostsV3,
  memoCostsV4,
  memoCostsV5,
  memoCostsV6,
  budgetFrontierV1,
  budgetFrontierV2,
  budgetFrontierV3,
  budgetFrontierV4,
  openBetsV1,
  openBetsV2,
  openBetsV3,
  openBetsV4,
  openBetsV5,
  openBetsV6,
  openBetsV7,
  deviceFitV1,
  deviceFitV2,
  deviceFitV3,
  deviceFitV4,
  deviceFrontierV1,
  deviceFrontierV2,
  deviceFrontierV3,
  deviceFrontierV4,
  deviceFrontierV5,
  deviceFrontierV6,
  deviceFrontierV7,
  deviceFrontierV8,
  deviceFrontierV9,
  overTrainingV1,
  overTrainingV2,
  overTrainingV3,
  overTrainingV4,
  overTrainingV5,
  overTrainingV6,
  overTrainingV7,
];

/** Figure ids in registry order. */
export function figureIds(): string[] {
  return [...new Set(figureVersions.map((spec) => spec.id))];
}

/** All versions of one figure, oldest first. */
export function versionsOf(id: string): AnyFigureSpec[] {
  return figureVersions.filter((spec) => spec.id === id).sort((a, b) => a.version - b.version);
}

/** One version of a figure, or the latest when `version` is omitted. Throws on an unknown id or version. */
export function getFigure(id: string, version?: number): AnyFigureSpec {
  const versions = versionsOf(id);
  const spec = version === undefined ? versions.at(-1) : versions.find((v) => v.version === version);
  if (!spec) {
    const known = figureIds().join(', ');
    throw new Error(`No figure "${id}"${version === undefined ? '' : ` version ${version}`}; known figures: ${known}`);
  }
  return spec;
}
