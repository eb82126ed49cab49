/**
 * The parameter registry: every parameter the essays use, with its default,
 * plausible range (the published confidence interval where there is one), the
 * distribution Monte Carlo samples it from, and its source. Validated by zod
 * when the module loads, so a malformed entry fails at once with its id.
 */
import * as z from 'zod';
import { referenceKeys } from './bibliography.ts';
import { PARAMETER_ENTRIES } from './parameter-entries.ts';

/** How Monte Carlo samples a parameter from its plausible range [low, high]. */
export const distributionSchema = z
  .enum(['fixed', 'normal', 'lognormal', 'uniform', 'loguniform'])
  .describe(
    'normal/lognormal: low and high are the 5th and 95th percentiles (in log space for lognormal); uniform/loguniform: low and high are the bounds; fixed: always the default.',
  );

export const parameterSchema = z
  .object({
    /** Stable id; the same key figures use in URLs where the quantity is the same (g_i, g_h, g_a, alpha). */
    id: z.string().regex(/^[a-z][a-z0-9_]*$/),
    /** Symbol in the essays (plain Unicode). */
    symbol: z.string().min(1),
    label: z.string().min(1),
    unit: z.string(),
    default: z.number().refine(Number.isFinite, 'must be finite'),
    /** Plausible low: the lower end of the published interval where there is one. */
    low: z.number().refine(Number.isFinite, 'must be finite'),
    /** Plausible high. */
    high: z.number().refine(Number.isFinite, 'must be finite'),
    distribution: distributionSchema,
    source: z.object({
      /** Key into the bibliography. */
      key: z.enum(referenceKeys),
      /** Where in the source: page, table, figure, equation or section. */
      locator: z.string().min(1),
    }),
    /** Why this value and range, in a sentence or two. */
    note: z.string().min(1),
  })
  .refine((p) => p.low <= p.default && p.default <= p.high, {
    message: 'default must lie within [low, high]',
    path: ['default'],
  })
  .refine((p) => !['lognormal', 'loguniform'].includes(p.distribution) || p.low > 0, {
    message: 'log distributions need low > 0',
    path: ['low'],
  });

export type Parameter = z.infer<typeof parameterSchema>;

const entries: z.input<typeof parameterSchema>[] = [...PARAMETER_ENTRIES];

/** Every parameter, validated. */
export const PARAMETERS: readonly Parameter[] = entries.map((entry) => {
  const result = parameterSchema.safeParse(entry);
  if (!result.success)
    throw new Error(
      `Parameter "${entry.id}": ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return result.data;
});

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
