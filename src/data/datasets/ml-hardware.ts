/**
 * ml-hardware: accelerators with a known release price, their 16- and 32-bit
 * throughput, memory, bandwidth and power, and FLOP/s per dollar, from Epoch
 * AI's chip dataset as copied in the training-cost-trends repository.
 */
import * as z from 'zod';
import { booleanColumn, dateColumn, numberColumn, stringColumn } from '../columns.ts';
import type { DatasetDefinition } from '../dataset.ts';
import { rawRecords } from '../raw.ts';
import { rawShape } from './raw-shapes.ts';
import { compareText } from '../order.ts';

const RAW = 'epoch-training-cost-trends/Chip dataset-Grid view.csv';

const perDollar = (flops: number | undefined, price: number | undefined) =>
  flops !== undefined && price !== undefined && price > 0 ? flops / price : undefined;

export const mlHardwareSchema = z.object({
  hardware: stringColumn({ description: 'Chip or board name.' }),
  manufacturer: stringColumn({ description: 'Manufacturer.' }, { optional: true }),
  type: stringColumn({ description: 'GPU, CPU, TPU or other, as Epoch AI classifies it.' }, { optional: true }),
  release_date: dateColumn({ description: 'Release date.' }),
  release_price_usd: numberColumn(
    { description: 'Release price (nominal, not inflation-adjusted).', unit: 'USD' },
    { min: 0 },
  ),
  fp32_flop_s: numberColumn({ description: 'Peak 32-bit throughput.', unit: 'FLOP/s' }, { min: 0, optional: true }),
  tensor_fp16_flop_s: numberColumn(
    { description: 'Peak 16-bit (FP16/BF16) tensor throughput.', unit: 'FLOP/s' },
    { min: 0, optional: true },
  ),
  memory_bytes: numberColumn({ description: 'Memory per board.', unit: 'bytes' }, { min: 0, optional: true }),
  memory_bandwidth_bytes_s: numberColumn(
    { description: 'Memory bandwidth.', unit: 'bytes/s' },
    { min: 0, optional: true },
  ),
  tdp_w: numberColumn({ description: 'Thermal design power.', unit: 'W' }, { min: 0, optional: true }),
  fp32_flop_s_per_usd: numberColumn(
    { description: 'fp32_flop_s ÷ release_price_usd.', unit: 'FLOP/s per USD' },
    { min: 0, optional: true },
  ),
  tensor_fp16_flop_s_per_usd: numberColumn(
    { description: 'tensor_fp16_flop_s ÷ release_price_usd.', unit: 'FLOP/s per USD' },
    { min: 0, optional: true },
  ),
  ml_hardware: booleanColumn({ description: 'Epoch AI’s "ML hardware" flag: used to train notable models.' }),
  source_row: numberColumn({ description: 'Row in the raw chip file (header is row 1).', unit: 'row' }, { min: 2 }),
});

export const mlHardware: DatasetDefinition<typeof mlHardwareSchema> = {
  name: 'ml-hardware',
  version: 1,
  date: '2026-11-22',
  title: 'Hardware prices and performance',
  description:
    'Chips with a known release price, from Epoch AI’s hardware data: release date and price, 32-bit and 16-bit tensor throughput, memory, bandwidth, power, and FLOP/s per dollar at release. Chips without a release price are left out.',
  licence: 'CC BY 4.0',
  attribution:
    'Epoch AI, “Data on Machine Learning Hardware”, https://epoch.ai/data/machine-learning-hardware, as copied in https://github.com/epoch-research/training-cost-trends, CC BY 4.0; derived by Open & Closed.',
  inputs: [
    {
      path: RAW,
      ...rawShape(RAW),
      sha256: '4a5e453104abfc894c47af64957c8a8e8cb0281c9af44975772318a5eacab5cc',
      origin: 'https://github.com/epoch-research/training-cost-trends (data/Chip dataset-Grid view.csv)',
      commit: '263c40a159307e917213d1dc433c617e47d55bfe',
      licence: 'CC BY 4.0 (Epoch AI)',
    },
  ],
  schema: mlHardwareSchema,
  key: ['hardware', 'release_date'],
  build(inputs) {
    return rawRecords(inputs[RAW] ?? '', RAW)
      .flatMap((r) => {
        const price = r.optionalNumber('Release price (USD)');
        const date = r.optionalDate('Release date');
        if (price === undefined || price <= 0 || date === undefined) return [];
        const fp32 = r.optionalNumber('FP32 (single precision) performance (FLOP/s)');
        const fp16 = r.optionalNumber('Tensor-FP16/BF16 performance (FLOP/s)');
        return [
          r.source({
            hardware: r.text('Hardware name'),
            manufacturer: r.optionalText('Manufacturer'),
            type: r.optionalText('Type'),
            release_date: date,
            release_price_usd: price,
            fp32_flop_s: fp32,
            tensor_fp16_flop_s: fp16,
            memory_bytes: r.optionalNumber('Memory size per board (Byte)'),
            memory_bandwidth_bytes_s: r.optionalNumber('Memory bandwidth (byte/s)'),
            tdp_w: r.optionalNumber('TDP (W)'),
            fp32_flop_s_per_usd: perDollar(fp32, price),
            tensor_fp16_flop_s_per_usd: perDollar(fp16, price),
            ml_hardware: r.get('ML hardware') !== '',
            source_row: r.row,
          }),
        ];
      })
      .sort((a, b) => compareText(a.release_date, b.release_date) || compareText(a.hardware, b.hardware));
  },
};
