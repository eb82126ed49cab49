/**
 * over-training's parameters: the model's size and tokens (this figure's and
 * the edge figures' own), and from v2 frontier compute growth and
 * algorithmic progress from the parameter registry (as in device-frontier).
 */
import { ALGORITHMIC_GROWTH, FRONTIER_GROWTH, TRAINING_TOKENS } from '../edge-data.ts';
import { FRONTIER_COMPUTE_GROWTH } from '../shared-params.ts';
import type { ParamDefinition } from '../spec.ts';

export type KeyV1 = 'model_billions' | 'training_tokens' | 'frontier_compute_growth';
export type Key = KeyV1 | 'g_a';

const MODEL_BILLIONS: ParamDefinition = {
  label: 'Size of the local model',
  symbol: 'N',
  unit: 'billion parameters',
  description: 'Parameters of the model that runs on the device.',
  default: 8,
  min: 1,
  max: 400,
  step: 0.05,
  scale: 'log',
  source: 'Open & Closed; 8B is a common size for laptops (e.g. Llama 3 8B in ai-models v1)',
};

export const PARAMS_V1: Record<KeyV1, ParamDefinition> = {
  model_billions: MODEL_BILLIONS,
  training_tokens: TRAINING_TOKENS,
  frontier_compute_growth: FRONTIER_COMPUTE_GROWTH,
};

export const PARAMS: Record<Key, ParamDefinition> = {
  model_billions: MODEL_BILLIONS,
  training_tokens: TRAINING_TOKENS,
  frontier_compute_growth: FRONTIER_GROWTH,
  g_a: ALGORITHMIC_GROWTH,
};

/**
 * From v3 the size runs from 0.4B to 400B: log10 0.4 to log10 400 is 60 whole steps of 0.05, so the slider reaches
 * 400B. v1 and v2's 1B to 400B was 52.04 steps, and the slider stopped at 398B (slider.ts, unreachableEnd).
 */
export const PARAMS_V3: Record<Key, ParamDefinition> = {
  ...PARAMS,
  model_billions: { ...MODEL_BILLIONS, min: 0.4 },
};
