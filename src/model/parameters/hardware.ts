/**
 * Hardware working estimates: how efficiently a local machine decodes, and how
 * much training compute a dollar buys. Stated with their reasoning; no
 * published interval exists for either.
 */
import type { ParameterInput } from './schema.ts';

/** H100 SXM dense BF16 peak, FLOP/s (NVIDIA's datasheet figure). */
const H100_PEAK_FLOP_PER_S = 989e12;

/** Training FLOP bought by one dollar of rented H100 time at a utilisation and an hourly price. */
const flopPerDollar = (utilisation: number, dollarsPerHour: number) =>
  (H100_PEAK_FLOP_PER_S * utilisation * 3600) / dollarsPerHour;

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
    default: flopPerDollar(0.4, 2),
    source: {
      key: 'open-closed-estimate',
      locator: 'H100 SXM: 989 TFLOP/s dense BF16, 40% utilisation, $2 per GPU-hour',
    },
    low: flopPerDollar(0.3, 3),
    high: flopPerDollar(0.5, 1.5),
    distribution: 'loguniform',
    level: 'bounds',
    note: 'Range from 30% utilisation at $3 per GPU-hour to 50% at $1.50 (computed from those inputs, not typed).',
  },
];
