/**
 * Every dataset the pipeline builds, at the version its code produces now, in
 * build order: a dataset may read the published versions of those before it.
 */
import type { AnyDatasetDefinition } from './dataset.ts';
import { aiModels } from './datasets/ai-models.ts';
import { estimates } from './datasets/estimates.ts';
import { localDevices } from './datasets/local-devices.ts';
import { mlHardware } from './datasets/ml-hardware.ts';
import { openClosedBenchmarks } from './datasets/open-closed-benchmarks.ts';
import { trainingCosts } from './datasets/training-costs.ts';

export const datasetDefinitions: readonly AnyDatasetDefinition[] = [
  aiModels,
  openClosedBenchmarks,
  trainingCosts,
  mlHardware,
  localDevices,
  estimates,
];
