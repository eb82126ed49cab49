/**
 * The model's parameters validated: every entry a figure or the model can read
 * (../parameter-entries.ts), parsed by zod when the module loads. Build-time
 * figure code that needs a validated parameter (the band renderer) reads it
 * here, not from ./index.ts, so that no figure imports the numbers only essays
 * report (./reported-numbers.ts) and a figure's lock hash never covers them.
 */
import { PARAMETER_ENTRIES } from '../parameter-entries.ts';
import { validateParameters, type Parameter } from './schema.ts';

/** Every model parameter, validated, grouped by concern in the registry's order. */
export const MODEL_PARAMETERS: readonly Parameter[] = validateParameters(PARAMETER_ENTRIES);

/**
 * One model parameter by id; throws on an unknown id (and on a reported number: see ./index.ts).
 *
 * @example modelParameter('g_a').default // 2.8
 */
export function modelParameter(id: string): Parameter {
  const found = MODEL_PARAMETERS.find((p) => p.id === id);
  if (!found) throw new Error(`No model parameter "${id}"`);
  return found;
}
