/**
 * The zod schemas of figure parameters: the rules a parameter definition must
 * follow, and the schema of a spec's parameter values (each finite, within its
 * range, defaulting to its default). Used at build time and in tests; the
 * browser parses URLs with the same definitions (url-state.ts), and a property
 * test checks that everything it accepts satisfies this schema, so the island
 * does not ship zod.
 */
import * as z from 'zod/mini';
import { sliderStops } from './slider.ts';
import type { AnyFigureSpec, ParamDefinition } from './spec.ts';

/** One reader-adjustable parameter: a slider in the island, a key in the URL. */
export const paramDefinitionSchema: z.ZodMiniType<ParamDefinition> = z
  .object({
    /** Short label shown beside the slider, e.g. "Frontier spend growth". */
    label: z.string().check(z.minLength(1)),
    /** Mathematical symbol used in the essay, plain Unicode, e.g. "gᵢ". */
    symbol: z.string().check(z.minLength(1)),
    /** Unit in words or symbols, e.g. "×/yr", "US$". */
    unit: z.string(),
    /** One sentence on what the parameter means. */
    description: z.string().check(z.minLength(1)),
    /** Value used when the reader has not moved the slider. */
    default: z.number(),
    /** Smallest value the model accepts; URL values below are clamped to it. */
    min: z.number(),
    /** Largest value the model accepts; URL values above are clamped to it. */
    max: z.number(),
    /** Slider step, in the slider's own space (log10 of the value when scale is "log"). */
    step: z.number().check(z.positive()),
    /** "log" for quantities that span orders of magnitude, such as budgets. */
    scale: z.enum(['linear', 'log']),
    /** Where the default and range come from: author, year, page/table/equation. */
    source: z.string().check(z.minLength(1)),
    /** Named one-click values: buttons beside the slider. */
    anchors: z.optional(
      z.array(
        z.object({
          label: z.string().check(z.minLength(1)),
          value: z.number(),
          source: z.string().check(z.minLength(1)),
        }),
      ),
    ),
    /** Named values shown as radio buttons in place of a slider: every stop of the range, each once. */
    choices: z.optional(z.array(z.object({ value: z.number(), label: z.string().check(z.minLength(1)) }))),
  })
  .check(
    z.refine((p) => p.min < p.max, 'min must be below max'),
    z.refine((p) => p.min <= p.default && p.default <= p.max, 'default must lie within [min, max]'),
    z.refine((p) => p.scale === 'linear' || p.min > 0, 'a log-scale parameter needs min > 0'),
    z.refine(
      (p) => (p.anchors ?? []).every((a) => p.min <= a.value && a.value <= p.max),
      'every anchor value must lie within [min, max]',
    ),
    z.refine(
      (p) =>
        p.choices === undefined ||
        sameValues(
          p.choices.map((c) => c.value),
          sliderStops(p, 12) ?? [],
        ),
      'choices must be exactly the stops of the range (min, min + step, …, max), at most 12',
    ),
  );

/** The same numbers, in any order. */
function sameValues(a: readonly number[], b: readonly number[]): boolean {
  const sorted = (values: readonly number[]) => [...values].sort((x, y) => x - y);
  return a.length === b.length && sorted(a).every((value, i) => value === sorted(b)[i]);
}

/**
 * The zod schema of a spec's parameters: each a finite number within its
 * range, defaulting to its default. URL parsing and params.json both use it.
 */
export function paramsSchema(spec: AnyFigureSpec) {
  const shape = Object.fromEntries(
    Object.entries<ParamDefinition>(spec.params).map(([key, def]) => [
      key,
      z._default(z.number().check(z.gte(def.min), z.lte(def.max)), def.default),
    ]),
  );
  return z.object(shape);
}
