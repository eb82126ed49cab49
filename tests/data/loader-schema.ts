/**
 * The schema the loader's tests read their CSV with (loader.test.ts, loader-input.test.ts): one column of each kind
 * the loader checks, a text, a date, an optional number with a minimum, and a true/false flag.
 *
 * @example parseDatasetCsv('model,publication_date,compute_flop,open\nA,2024-01-01,,true\n', schema, { file: 'x.csv' })
 */
import * as z from 'zod';
import { booleanColumn, dateColumn, numberColumn, stringColumn } from '../../src/data/columns.ts';

export const schema = z.object({
  model: stringColumn({ description: 'Model name.' }),
  publication_date: dateColumn({ description: 'Publication date.' }),
  compute_flop: numberColumn({ description: 'Training compute.', unit: 'FLOP' }, { min: 0, optional: true }),
  open: booleanColumn({ description: 'Open weights.' }),
});
