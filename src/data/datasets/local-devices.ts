/**
 * local-devices: consumer machines that can run language models at home,
 * with the memory that bounds model size and the bandwidth that bounds decode
 * speed. A curated compilation, each row citing its manufacturer's specification.
 */
import * as z from 'zod';
import { numberColumn, stringColumn } from '../columns.ts';
import type { DatasetDefinition } from '../dataset.ts';
import { rawRecords } from '../raw.ts';
import { rawShape } from './raw-shapes.ts';
import { compareText } from '../order.ts';

const RAW = 'local-devices/devices.csv';

export const localDevicesSchema = z.object({
  device: stringColumn({ description: 'Product name and configuration.' }),
  vendor: stringColumn({ description: 'Manufacturer.' }),
  year: numberColumn({ description: 'Year of release.', unit: 'year' }, { min: 2000 }),
  memory_gb: numberColumn(
    {
      description: 'Memory available to a model: GPU memory, or unified memory of the largest configuration.',
      unit: 'GB',
    },
    { min: 0 },
  ),
  memory_bandwidth_gb_s: numberColumn(
    { description: 'Peak memory bandwidth stated by the manufacturer.', unit: 'GB/s' },
    { min: 0 },
  ),
  price_usd: numberColumn(
    {
      description: 'US launch price of that configuration (blank where we could not state it with confidence).',
      unit: 'USD',
    },
    { min: 0, optional: true },
  ),
  source: stringColumn({ description: 'Where the numbers come from.' }),
  source_url: stringColumn({ description: 'Address of the source.' }),
});

export const localDevices: DatasetDefinition<typeof localDevicesSchema> = {
  name: 'local-devices',
  version: 1,
  date: '2026-11-22',
  title: 'Consumer machines for local inference',
  description:
    'GPUs and unified-memory computers a person can buy to run language models at home: memory, memory bandwidth, year and launch price, each row with its own cited manufacturer source.',
  licence: 'CC BY 4.0',
  attribution: 'Open & Closed, compiled from manufacturers’ published specifications (sources per row), CC BY 4.0.',
  inputs: [
    {
      path: RAW,
      ...rawShape(RAW),
      sha256: 'd1b3e7059b41aa9014f0e786d5ba756dfbd1124f70c720d84c3c5e13eb7792b4',
      origin: 'Compiled by Open & Closed from manufacturers’ specifications (see each row)',
      commit: 'curated',
      licence: 'CC BY 4.0 (Open & Closed)',
    },
  ],
  schema: localDevicesSchema,
  key: ['device'],
  build(inputs) {
    return rawRecords(inputs[RAW] ?? '', RAW)
      .map((r) =>
        r.source({
          device: r.text('device'),
          vendor: r.text('vendor'),
          year: r.number('year'),
          memory_gb: r.number('memory_gb'),
          memory_bandwidth_gb_s: r.number('memory_bandwidth_gb_s'),
          price_usd: r.optionalNumber('price_usd'),
          source: r.text('source'),
          source_url: r.text('source_url'),
        }),
      )
      .sort((a, b) => a.year - b.year || compareText(a.device, b.device));
  },
};
