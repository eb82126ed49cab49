/**
 * The parameter registry: every parameter the essays use, with its default and
 * source, plausible range, distribution, the interval its source publishes and
 * the verbatim quote behind each number. Validated by zod when the module
 * loads, so a malformed entry fails at once with its id, field and reason.
 * The schema (./schema.ts) documents every field.
 *
 * It is the model's parameters (./model-parameters.ts, the entries figures can
 * read) followed by the numbers only essays report (./reported-numbers.ts;
 * home machines' in ./reported-devices.ts; years of cited findings in
 * ./reported-years.ts).
 * Pages read this module; figures never import it (a figure's lock hash covers
 * the files it imports: src/figures/publishing/import-graph.ts).
 */
import { MODEL_PARAMETERS } from './model-parameters.ts';
import { REPORTED_DEVICES } from './reported-devices.ts';
import { REPORTED_NUMBERS } from './reported-numbers.ts';
import { REPORTED_YEARS } from './reported-years.ts';
import { validateParameters, type Parameter } from './schema.ts';

export * from './schema.ts';

/** Every parameter, validated, grouped by concern in this order; the reported numbers last. */
export const PARAMETERS: readonly Parameter[] = [
  ...MODEL_PARAMETERS,
  ...validateParameters([...REPORTED_NUMBERS, ...REPORTED_DEVICES, ...REPORTED_YEARS]),
];

/**
 * One parameter by id; throws on an unknown id.
 *
 * @example parameter('g_a').default // 2.8
 */
export function parameter(id: string): Parameter {
  const found = PARAMETERS.find((p) => p.id === id);
  if (!found) throw new Error(`No parameter "${id}"`);
  return found;
}
