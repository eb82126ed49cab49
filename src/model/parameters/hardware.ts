/**
 * Hardware working estimates: how efficiently a local machine decodes, and how
 * much training compute a dollar buys. Stated with their reasoning; no
 * published interval exists for either.
 */
import type { ParameterInput } from './schema.ts';

export const HARDWARE: ParameterInput[] = [
  {
    id: 'decode_efficiency',
    symbol: 'η',
    label: 'Local decode efficiency',
    unit: 'fraction of peak bandwidth',
    default: 0.6,
    source: { key: 'open-closed-estimate', locator: 'decoding is memory-bound' },
    low: 0.5,
    high: 0.8,
    distribution: 'uniform',
    level: 'bounds',
    note: 'Working estimate: single-stream decoding reads every active weight once per token and typically reaches half to four fifths of the stated peak bandwidth.',
  },
  {
    id: 'h100_flop_per_usd',
    symbol: 'F',
    label: 'Training compute per dollar (2025)',
    unit: 'FLOP/US$',
    default: 7.12e17,
    source: {
      key: 'open-closed-estimate',
      locator: 'H100 SXM: 989 TFLOP/s dense BF16, 40% utilisation, $2 per GPU-hour',
    },
    low: 4e17,
    high: 1.2e18,
    distribution: 'loguniform',
    level: 'bounds',
    note: 'Range covers utilisation of 30–50% and rental prices of $1.50–3 per GPU-hour.',
  },
];
