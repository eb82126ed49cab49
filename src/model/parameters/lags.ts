/**
 * Lags of open-weights models behind closed ones. The lag in training compute
 * and the lag on benchmarks are different quantities with different sources:
 * this file holds the compute lag only.
 */
import type { ParameterInput } from './schema.ts';

export const LAGS: ParameterInput[] = [
  {
    id: 'open_lag_compute_months',
    symbol: 'ℓ_C',
    label: 'Open-model lag in training compute',
    unit: 'months',
    default: 14,
    source: {
      key: 'open-closed-data',
      locator: 'estimates v1, open-closed-compute-lag (from ai-models v1)',
    },
    // The 90% percentile-bootstrap interval of the same estimate (estimates v1), rounded outwards to 0.1 month.
    low: 2.8,
    high: 17.8,
    distribution: 'normal',
    level: 0.9,
    anchors: [
      {
        label: 'About one year (Epoch AI 2024)',
        value: 12,
        source: {
          key: 'epoch-open-models-2024',
          locator: 'summary',
          quote:
            'The best open model today is on par with closed models in performance and training compute, but with a lag of about one year.',
        },
      },
    ],
    note: 'Our estimate from ai-models v1 is 14 months (see /data/ai-models/): the median delay before an open-weights model matched each closed training-compute record. The range is that estimate’s 90% bootstrap interval, not the 5–22 months Epoch AI reports for benchmarks; few records decide it, so it is wide and skewed. Epoch AI states no interval for the compute lag.',
  },
];
