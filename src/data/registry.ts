/** Every dataset the pipeline builds, at the version its code produces now. */
import type { AnyDatasetDefinition } from './dataset.ts';
import { aiModels } from './datasets/ai-models.ts';
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
];
