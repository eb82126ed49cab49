/**
 * device-frontier's parameters and constants. Frontier compute growth and
 * algorithmic progress come from the parameter registry (the same g_C and gₐ
 * as the meek essay's figures); the rest are this figure's own.
 */
import { ALGORITHMIC_GROWTH, BITS_PER_WEIGHT, FRONTIER_GROWTH, TRAINING_TOKENS } from '../edge-data.ts';
import { FRONTIER_COMPUTE_GROWTH } from '../shared-params.ts';
import type { ParamDefinition } from '../spec.ts';

/** v1's keys: no algorithmic progress. */
export type KeyV1 = 'bits_per_weight' | 'training_tokens' | 'frontier_compute_growth' | 'memory_growth';
/** From v2: algorithmic progress gₐ. */
export type Key = KeyV1 | 'g_a';

/** The home machine the projection starts from: 128 GB in 2025 (DGX Spark, Ryzen AI Max+ 395, M4 Max). */
export const HOME_MEMORY_GB = 128;
/** The year the projection asks about. */
export const TARGET_YEAR = 2030;
/** The projection's last year. */
export const LAST_YEAR = 2035;

/** Memory growth of a home AI machine. v1's source said "at a steady price", which the prices contradict. */
const MEMORY_GROWTH_V1: ParamDefinition = {
  label: 'Growth of a home machine’s memory',
  symbol: 'gₘ',
  unit: '×/yr',
  description: 'Annual growth factor of the memory of a home AI machine at a steady price.',
  default: 1.4,
  min: 1,
  max: 2,
  step: 0.02,
  scale: 'linear',
  source:
    'local-devices v1: 24 GB for about $1,500 in 2020 (RTX 3090) to 128 GB for $2,000–4,000 in 2025 (Ryzen AI Max+ 395, DGX Spark), about 1.4×/yr; the record machines grew faster',
};

const MEMORY_GROWTH: ParamDefinition = {
  ...MEMORY_GROWTH_V1,
  description: 'Annual growth factor of the memory of a home AI machine. Prices did not stay put: see the source.',
  source:
    'local-devices v1: 24 GB in 2020 (RTX 3090, $1,499 at launch) to 128 GB in 2025 (Framework Desktop, $1,999; DGX Spark, $3,999), about 1.4× a year per machine while launch prices rose by a third to two and a half times; the largest machines grew faster',
};

export const PARAMS_V1: Record<KeyV1, ParamDefinition> = {
  bits_per_weight: BITS_PER_WEIGHT,
  training_tokens: TRAINING_TOKENS,
  frontier_compute_growth: FRONTIER_COMPUTE_GROWTH,
  memory_growth: MEMORY_GROWTH_V1,
};

export const PARAMS: Record<Key, ParamDefinition> = {
  bits_per_weight: BITS_PER_WEIGHT,
  training_tokens: TRAINING_TOKENS,
  frontier_compute_growth: FRONTIER_GROWTH,
  g_a: ALGORITHMIC_GROWTH,
  memory_growth: MEMORY_GROWTH,
};
