/**
 * ai-models: notable AI models with their training compute, size, cost and
 * accessibility, from Epoch AI's "Data on AI Models" (February 2026 export).
 */
import * as z from 'zod';
import { booleanColumn, dateColumn, enumColumn, numberColumn, stringColumn } from '../columns.ts';
import type { DatasetDefinition } from '../dataset.ts';
import { rawRecords } from '../raw.ts';
import { rawShape } from './raw-shapes.ts';
import { compareText } from '../order.ts';

const RAW = 'epoch-models-2026-02-mirror/Epoch Database - Notable Models.csv';

export const ACCESSIBILITY = ['open-weights', 'api', 'hosted', 'unreleased', 'unknown'] as const;
export type Accessibility = (typeof ACCESSIBILITY)[number];

/** Epoch's "Model accessibility" values, normalised; a blank cell (about a quarter of rows) is "unknown". */
export function normaliseAccessibility(value: string): Accessibility {
  if (value.startsWith('Open weights')) return 'open-weights';
  if (value === 'API access') return 'api';
  if (value.startsWith('Hosted access')) return 'hosted';
  if (value === 'Unreleased') return 'unreleased';
  if (value === '') return 'unknown';
  throw new Error(`Unknown model accessibility "${value}"`);
}

export const aiModelsSchema = z.object({
  model: stringColumn({ description: 'Model name as Epoch AI records it.' }),
  organization: stringColumn({ description: 'Developer(s).' }, { optional: true }),
  country: stringColumn({ description: 'Country or countries of the developer.' }, { optional: true }),
  publication_date: dateColumn({ description: 'Date of publication or announcement.' }),
  domain: stringColumn({ description: 'Domain(s), e.g. Language; comma-separated when several.' }, { optional: true }),
  training_compute_flop: numberColumn(
    { description: 'Total training compute.', unit: 'FLOP' },
    { min: 0, optional: true },
  ),
  parameters: numberColumn(
    { description: 'Trainable parameters (total, for mixtures of experts).', unit: 'parameters' },
    { min: 0, optional: true },
  ),
  training_dataset_size: numberColumn(
    { description: 'Training dataset size in datapoints: tokens for language models.', unit: 'datapoints' },
    { min: 0, optional: true },
  ),
  accessibility: enumColumn(ACCESSIBILITY, {
    description:
      'How the weights can be used: open-weights (any licence), api, hosted (no API), unreleased, or unknown (blank at source).',
  }),
  frontier: booleanColumn({
    description: 'Epoch AI’s "Frontier model" flag: among the top 10 by training compute when released.',
  }),
  training_cost_2023_usd: numberColumn(
    { description: 'Training compute cost, inflation-adjusted.', unit: '2023 USD' },
    { min: 0, optional: true },
  ),
  training_power_draw_w: numberColumn(
    { description: 'Power draw of the training hardware.', unit: 'W' },
    { min: 0, optional: true },
  ),
  confidence: stringColumn({ description: 'Epoch AI’s confidence in the compute estimate.' }, { optional: true }),
  source_row: numberColumn(
    { description: 'Row of this model in the raw file (header is row 1).', unit: 'row' },
    { min: 2 },
  ),
});

export const aiModels: DatasetDefinition<typeof aiModelsSchema> = {
  name: 'ai-models',
  version: 1,
  date: '2026-11-22',
  title: 'Notable AI models',
  description:
    'Notable AI models from 1950 to 2025 with publication date, training compute, parameters, dataset size, training cost, power draw and whether their weights are open. Accessibility is normalised to five values; Epoch AI’s frontier flag is kept.',
  licence: 'CC BY 4.0',
  attribution:
    'Epoch AI, “Data on AI Models”, https://epoch.ai/data/ai-models (February 2026 export), CC BY 4.0; derived by Open & Closed.',
  inputs: [
    {
      path: RAW,
      ...rawShape(RAW),
      sha256: '4755ada13cb8cb50c690ac209c78920277d9a058218aebd38c984dc8bb4b6594',
      origin:
        'https://github.com/AlexsJones/llmfit (mirror of Epoch AI’s export, data/Epoch Database - Notable Models.csv)',
      commit: 'a652be31dd0cbe36f89572de7022e2a145fb3788',
      licence: 'CC BY 4.0 (Epoch AI)',
    },
  ],
  schema: aiModelsSchema,
  key: ['model'],
  build(inputs) {
    return rawRecords(inputs[RAW] ?? '', RAW)
      .map((r) =>
        r.source({
          model: r.text('Model'),
          organization: r.optionalText('Organization'),
          country: r.optionalText('Country (of organization)'),
          publication_date: r.date('Publication date'),
          domain: r.optionalText('Domain'),
          training_compute_flop: r.optionalNumber('Training compute (FLOP)'),
          parameters: r.optionalNumber('Parameters'),
          training_dataset_size: r.optionalNumber('Training dataset size (total)'),
          accessibility: normaliseAccessibility(r.get('Model accessibility')),
          frontier: r.get('Frontier model') === 'checked',
          training_cost_2023_usd: r.optionalNumber('Training compute cost (2023 USD)'),
          training_power_draw_w: r.optionalNumber('Training power draw (W)'),
          confidence: r.optionalText('Confidence'),
          source_row: r.row,
        }),
      )
      .sort((a, b) => compareText(a.publication_date, b.publication_date) || compareText(a.model, b.model));
  },
};
