/**
 * Lags of open-weights models behind closed ones. The lag in training compute
 * and the lag on benchmarks are different quantities with different sources,
 * so each has its own entry.
 */
import type { ParameterInput } from './schema.ts';

export const LAGS: ParameterInput[] = [
  {
    id: 'open_lag_compute_months',
    symbol: 'ℓ_C',
    label: 'Open-model lag in training compute',
    unit: 'months',
    default: 16.3,
    source: {
      key: 'open-closed-data',
      locator: 'estimates v2, open-closed-compute-lag (Kaplan–Meier median, from ai-models v1)',
    },
    // The 90% Brookmeyer–Crowley interval of the same estimate (estimates v2), rounded outwards to 0.1 month.
    // It is skewed to the right (the censored records are the long waits), so it is sampled as a lognormal.
    low: 8.6,
    high: 27.2,
    distribution: 'lognormal',
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
    note: 'Our estimate from ai-models v1 is 16.3 months (estimates v2, see /data/estimates/): the Kaplan–Meier median delay before an open-weights model matched each closed training-compute record, with the 4 records still unmatched at the end of 2025 counted as censored rather than dropped (dropping them gave 14.3 months in estimates v1). The range is that estimate’s 90% Brookmeyer–Crowley interval, not the 5–22 months Epoch AI reports for benchmarks; few records decide it, so it is wide and skewed. Epoch AI states no interval for the compute lag.',
  },
  {
    id: 'open_lag_benchmark_months',
    symbol: 'ℓ_B',
    label: 'Open-model lag in benchmark performance',
    unit: 'months',
    default: 12,
    source: {
      key: 'epoch-open-models-2024',
      locator: 'summary under the title',
      quote:
        'The best open model today is on par with closed models in performance and training compute, but with a lag of about one year.',
    },
    low: 5,
    high: 22,
    distribution: 'uniform',
    level: 'bounds',
    published: {
      key: 'epoch-consumer-gpu-2025',
      locator:
        'summary (version of 15 August 2025), restating the estimate of Epoch AI’s report “How far behind are open models?” (2024), whose key findings the copies readable here do not reach',
      quote:
        'This lag is consistent with our previous estimate of a 5 to 22 month gap for open-weight models of any size.',
      low: 5,
      high: 22,
      level: 'range',
    },
    note: 'How long the best open models took to reach the benchmark scores of the best closed ones, as Epoch AI reports it: about a year, and 5 to 22 months across the benchmarks of its 2024 report (restated in its 2025 note on consumer GPUs, the text quoted here). Estimates v1 compared with the range as if it were in the 2024 report’s own text, which could not be read here (src/data/estimates/published-values.ts). This site’s own measurement, per benchmark and with unmatched records counted as censored, is on /data/estimates/ and in the benchmark-lag figure.',
  },
  {
    id: 'consumer_gpu_lag_months',
    symbol: 'ℓ_G',
    label: 'Lag of open models that fit one consumer GPU, on benchmarks',
    unit: 'months',
    default: 9,
    source: {
      key: 'epoch-consumer-gpu-2025',
      locator: 'overview (revised version of the page)',
      quote:
        'leading open models runnable on a single consumer GPU typically match the capabilities of frontier models after an average lag of 9 months',
    },
    low: 6,
    high: 12,
    distribution: 'uniform',
    level: 'bounds',
    published: {
      key: 'epoch-consumer-gpu-2025',
      locator: '“Learn more about this graph” (version of 15 August 2025), across four benchmarks',
      quote:
        'leading open models runnable on a single consumer GPU typically match the capabilities of frontier models after an average lag between 6-12 months',
      low: 6,
      high: 12,
      level: 'range',
    },
    note: 'The first version of Epoch AI’s note gave a range across four benchmarks (GPQA Diamond, MMLU-Pro, the Artificial Analysis index and LMArena); a later revision of the same page gives a single average, 9 months. Epoch AI adds that small open models are more likely to be tuned to benchmarks, so the real-world lag may be longer.',
  },
];
