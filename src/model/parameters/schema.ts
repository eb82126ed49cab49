/**
 * What a parameter of the model is, as a zod schema that documents every field.
 * The schema is both the reference (read the comments) and the error message
 * (a malformed entry fails at import naming its id, field and reason).
 *
 * Three numbers describe each parameter, and they are kept apart on purpose:
 * - `default`: the value the essays and figures start from, with its `source`;
 * - `low`…`high` at `level`: the plausible range, which Monte Carlo samples
 *   (`src/model/sampling.ts`) and sensitivity analysis sweeps;
 * - `published`: the interval exactly as a source states it (converted to the
 *   parameter's unit, with the conversion stated), with a verbatim quote.
 */
import * as z from 'zod';
import { referenceKeys, type ReferenceKey } from '../bibliography.ts';

/**
 * The publication's own works: estimates computed from its datasets and its
 * stated working estimates. They are linked to /data/ and /parameters/ rather
 * than quoted, so they need no quote.
 */
export const OWN_WORKS: ReadonlySet<ReferenceKey> = new Set<ReferenceKey>(['open-closed-data', 'open-closed-estimate']);

/** A quote longer than this is no longer "a short sentence". */
export const MAX_QUOTE_WORDS = 40;

const finite = () => z.number().refine(Number.isFinite, 'must be finite');

/**
 * Where a number comes from: a work, a place in it, and the sentence that
 * states the number. A citation of another work must carry a verbatim quote,
 * unless it is marked `verified: false` with the reason the number could not
 * be found; the /parameters/ page then shows it as "unverified".
 */
export const citationSchema = z
  .object({
    /** Key into the bibliography (`src/bibliography/references.json`, read by `src/model/bibliography.ts`). */
    key: z.enum(referenceKeys),
    /** Where in the work: page, table, figure, equation or section (e.g. "Table 1", "abstract", "eq. 10"). */
    locator: z.string().min(1),
    /**
     * A short sentence copied verbatim from the work (at most about 30 words) that contains the number.
     * Never paraphrased and never invented: if the sentence cannot be found, leave it out and set `verified: false`.
     */
    quote: z.string().min(1).optional(),
    /** False when the number could not be checked against the work itself; `reason` then says why. */
    verified: z.boolean().default(true),
    /** Why the number is unverified (required when `verified` is false). */
    reason: z.string().min(1).optional(),
  })
  .superRefine((c, ctx) => {
    if (c.verified && !c.quote && !OWN_WORKS.has(c.key))
      ctx.addIssue({
        code: 'custom',
        path: ['quote'],
        message:
          'a verified citation needs a verbatim quote containing the number (or set verified: false with a reason)',
      });
    if (!c.verified && !c.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'say why the citation is unverified' });
    if (c.quote && c.quote.trim().split(/\s+/).length > MAX_QUOTE_WORDS)
      ctx.addIssue({ code: 'custom', path: ['quote'], message: `quote at most ${MAX_QUOTE_WORDS} words` });
  });

/**
 * The level of a published interval: 0.9 or 0.95 for a confidence interval at
 * that level, or 'range' when the source states a range without a level
 * (e.g. "4–5× per year").
 */
export const publishedLevelSchema = z.union([z.literal(0.9), z.literal(0.95), z.literal('range')]);

/** An interval as a source publishes it, converted to the parameter's unit. */
export const publishedSchema = citationSchema.and(
  z.object({
    /** Lower end, in the parameter's unit. */
    low: finite(),
    /** Upper end, in the parameter's unit. */
    high: finite(),
    level: publishedLevelSchema,
    /**
     * How the source's numbers became `low` and `high`, when the units differ
     * (e.g. "doubling time T years → 2^(1/T) per year; the longer time gives the lower rate").
     */
    conversion: z.string().min(1).optional(),
  }),
);

/**
 * A named value a reader can switch to in one click (the essays render anchors as
 * buttons next to a slider): "Paper's assumption 3.6", "Measured 2.4". Each anchor
 * carries its own source, so the button can cite it.
 */
export const anchorSchema = z.object({
  /** What the value is, in a few words, shown on the button ("Measured training-cost growth"). */
  label: z.string().min(1),
  /** The value, in the parameter's unit. */
  value: finite(),
  source: citationSchema,
});

/**
 * How Monte Carlo draws a parameter from [low, high].
 * normal / lognormal: fitted so that low and high are the (1 − level)/2 and (1 + level)/2
 * quantiles (in log space for lognormal); uniform / loguniform: low and high are the bounds;
 * fixed: always the default.
 */
export const distributionSchema = z.enum(['fixed', 'normal', 'lognormal', 'uniform', 'loguniform']);

/**
 * The probability that [low, high] holds: 0.9 or 0.95 for normal and lognormal,
 * 'bounds' for uniform, log-uniform and fixed (every draw lies inside).
 */
export const levelSchema = z.union([z.literal(0.9), z.literal(0.95), z.literal('bounds')]);

export const parameterSchema = z
  .object({
    /** Stable id; the same key figures use in URLs where the quantity is the same (g_i, g_h, g_a, alpha). */
    id: z.string().regex(/^[a-z][a-z0-9_]*$/),
    /** Symbol in the essays (plain Unicode). */
    symbol: z.string().min(1),
    /** What the parameter is, in a few words. */
    label: z.string().min(1),
    /** Unit of default, low, high and every interval ('' for pure numbers). */
    unit: z.string(),
    /** The value essays and figures start from. */
    default: finite(),
    /** Where the default comes from. */
    source: citationSchema,
    /** Lower end of the plausible range (what Monte Carlo samples and sensitivity sweeps). */
    low: finite(),
    /** Upper end of the plausible range. */
    high: finite(),
    distribution: distributionSchema,
    level: levelSchema,
    /** The interval as published, when a source publishes one. */
    published: publishedSchema.optional(),
    /**
     * Set only when the default deliberately lies outside the plausible range or the
     * published interval: a modelling assumption (e.g. a paper's scenario value), with why.
     */
    assumption: z.object({ reason: z.string().min(1) }).optional(),
    /** Named values to switch to in one click; see anchorSchema. */
    anchors: z.array(anchorSchema).optional(),
    /** Why this value and range, in a sentence or two. */
    note: z.string().min(1),
  })
  .superRefine((p, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (p.low > p.high) issue('low', 'low must not exceed high');
    const inRange = p.low <= p.default && p.default <= p.high;
    const inPublished = !p.published || (p.published.low <= p.default && p.default <= p.published.high);
    if (!p.assumption && !inRange) issue('default', 'default must lie within [low, high] (or declare an assumption)');
    if (!p.assumption && !inPublished)
      issue('default', 'default must lie within the published interval (or declare an assumption)');
    if (p.assumption && inRange && inPublished)
      issue('assumption', 'an assumption is only for a default outside its range or published interval');
    if (p.published && p.published.low > p.published.high) issue('published', 'published low must not exceed high');
    const bounded = ['fixed', 'uniform', 'loguniform'].includes(p.distribution);
    if (bounded && p.level !== 'bounds') issue('level', `${p.distribution} takes level 'bounds'`);
    if (!bounded && p.level === 'bounds') issue('level', `${p.distribution} needs a level of 0.9 or 0.95`);
    if (p.distribution === 'fixed' && (p.low !== p.default || p.high !== p.default))
      issue('low', 'a fixed parameter has low = high = default');
    if (['lognormal', 'loguniform'].includes(p.distribution) && p.low <= 0)
      issue('low', 'log distributions need low > 0');
  });

export type Citation = z.infer<typeof citationSchema>;
export type Published = z.infer<typeof publishedSchema>;
export type Anchor = z.infer<typeof anchorSchema>;
export type Parameter = z.infer<typeof parameterSchema>;
/** What an entry file writes (verified may be left out: it defaults to true). */
export type ParameterInput = z.input<typeof parameterSchema>;

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
