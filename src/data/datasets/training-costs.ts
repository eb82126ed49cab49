/**
 * training-costs: estimated training costs of frontier models, from the data
 * behind Cottier et al. 2024, "The rising costs of training frontier AI models"
 * (arXiv 2405.21015), joined to publication dates from the same repository.
 */
import * as z from 'zod';
import { dateColumn, numberColumn, stringColumn } from '../columns.ts';
import type { DatasetDefinition } from '../dataset.ts';
import { rawRecords } from '../raw.ts';
import { rawShape } from './raw-shapes.ts';
import { compareText } from '../order.ts';

const COSTS = 'epoch-training-cost-trends/model_costs.csv';
const MODELS = 'epoch-training-cost-trends/All ML Systems - full view.csv';
const REPOSITORY = 'https://github.com/epoch-research/training-cost-trends';

export const trainingCostsSchema = z.object({
  model: stringColumn({ description: 'Model name as in Epoch AI’s database.' }),
  publication_date: dateColumn({ description: 'Publication date, from the repository’s copy of Epoch AI’s database.' }),
  amortized_hardware_energy_usd: numberColumn(
    {
      description:
        'Amortised hardware capital expense plus energy for the final training run (the paper’s main measure).',
      unit: 'USD',
    },
    { min: 0, optional: true },
  ),
  cloud_usd: numberColumn(
    { description: 'Cost of renting the same compute in the cloud.', unit: 'USD' },
    { min: 0, optional: true },
  ),
  hardware_acquisition_usd: numberColumn(
    { description: 'Up-front cost of acquiring the training hardware.', unit: 'USD' },
    { min: 0, optional: true },
  ),
  training_compute_flop: numberColumn({ description: 'Training compute.', unit: 'FLOP' }, { min: 0, optional: true }),
  source_row: numberColumn({ description: 'Row in model_costs.csv (header is row 1).', unit: 'row' }, { min: 2 }),
});

export const trainingCosts: DatasetDefinition<typeof trainingCostsSchema> = {
  name: 'training-costs',
  version: 1,
  date: '2026-11-22',
  title: 'Training costs of frontier AI models',
  description:
    'Per-model estimates of the cost of the final training run of frontier models: amortised hardware plus energy, cloud rental, and hardware acquisition, in US dollars as output by the cost pipeline of Cottier et al. 2024 (which reports them in 2023 dollars). Dates and compute are joined from the same repository’s copy of Epoch AI’s database.',
  licence: 'CC BY 4.0',
  attribution:
    'Epoch AI, data behind Cottier, Rahman, Fattorini, Maslej, Besiroglu & Owen (2024), “The rising costs of training frontier AI models”, https://github.com/epoch-research/training-cost-trends, CC BY 4.0; derived by Open & Closed.',
  inputs: [
    {
      path: COSTS,
      ...rawShape(COSTS),
      sha256: 'e5399d8502b66ab7689656d75a6b45bfaf6612617571fdcf59e88a597918f8b0',
      origin: REPOSITORY,
      commit: '263c40a159307e917213d1dc433c617e47d55bfe',
      licence: 'CC BY 4.0 (Epoch AI)',
    },
    {
      path: MODELS,
      ...rawShape(MODELS),
      sha256: '74509130a942f476053447d26cd9a3805a03d48b8feffef714826c5e340c9ec2',
      origin: REPOSITORY,
      commit: '263c40a159307e917213d1dc433c617e47d55bfe',
      licence: 'CC BY 4.0 (Epoch AI)',
    },
  ],
  schema: trainingCostsSchema,
  key: ['model'],
  build(inputs) {
    const models = new Map(rawRecords(inputs[MODELS] ?? '', MODELS).map((r) => [r.optionalText('Model'), r]));
    return rawRecords(inputs[COSTS] ?? '', COSTS)
      .map((r) => {
        const name = r.text('Model');
        const model = models.get(name);
        if (!model) return r.fail('Model', `"${name}" is not in ${MODELS}`);
        return r.source({
          model: name,
          publication_date: model.date('Publication date'),
          amortized_hardware_energy_usd: r.optionalNumber('Hardware_Capex_Energy_Cost'),
          cloud_usd: r.optionalNumber('Cloud_Cost'),
          hardware_acquisition_usd: r.optionalNumber('Hardware_Acquisition_Cost'),
          training_compute_flop: model.optionalNumber('Training compute (FLOP)'),
          source_row: r.row,
        });
      })
      .sort((a, b) => compareText(a.publication_date, b.publication_date) || compareText(a.model, b.model));
  },
};
