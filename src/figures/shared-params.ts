/**
 * Parameters that mean the same quantity in figures of more than one essay,
 * defined once. Defaults and ranges follow the parameter registry
 * (src/model/parameters.ts) and its sources.
 */
import type { ParamDefinition } from './spec.ts';

export const FRONTIER_COMPUTE_GROWTH: ParamDefinition = {
  label: 'Frontier training compute growth',
  symbol: 'g_C',
  unit: '×/yr',
  description: 'Annual growth factor of the largest training run’s compute.',
  default: 4.7,
  min: 2,
  max: 6,
  step: 0.1,
  scale: 'linear',
  source: 'Epoch AI 2024 (4–5×/yr; 4.7× for frontier models); 4.6× fitted to ai-models v1',
};
