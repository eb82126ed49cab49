/**
 * The parameter registry: every parameter the essays use, with its default and
 * source, plausible range, distribution, the interval its source publishes and
 * the verbatim quote behind each number. Validated by zod when the module
 * loads, so a malformed entry fails at once with its id, field and reason.
 * The schema (./schema.ts) documents every field.
 */
// The plain entries, grouped by concern, are listed once (../parameter-entries.ts, which the
// browser reads without zod); this module validates that same list.
import { PARAMETER_ENTRIES } from '../parameter-entries.ts';
import { parameterSchema, type Parameter, type ParameterInput } from './schema.ts';

export * from './schema.ts';

/**
 * Parses every entry, failing with the entry's id, the field and the reason.
 *
 * @example validateParameters([{ ...entry, default: 99 }]) // throws 'Parameter "g_a": default: default must lie within [low, high] …'
 */
export function validateParameters(entries: readonly ParameterInput[]): Parameter[] {
  return entries.map((entry) => {
    const result = parameterSchema.safeParse(entry);
    if (!result.success)
      throw new Error(
        `Parameter "${entry.id}": ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
    return result.data;
  });
}

/** Every parameter, validated, grouped by concern in this order. */
export const PARAMETERS: readonly Parameter[] = validateParameters(PARAMETER_ENTRIES);

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
