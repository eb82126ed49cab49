/**
 * The parameter registry: every parameter the essays use, with its default,
 * plausible range (the published confidence interval where there is one), the
 * distribution Monte Carlo samples it from, and its source. Validated by zod
 * when the module loads, so a malformed entry fails at once with its id.
 */
import * as z from 'zod';
import { referenceKeys } from './bibliography.ts';

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

const entries: z.input<typeof parameterSchema>[] = [
  // Chinchilla fits
  {
    id: 'hoffmann_e',
    symbol: 'E',
    label: 'Irreducible loss (Hoffmann fit)',
    unit: 'nats/token',
    default: 1.69,
    low: 1.69,
    high: 1.69,
    distribution: 'fixed',
    source: { key: 'hoffmann-2022', locator: 'eq. 10' },
    note: 'Published without an interval.',
  },
  {
    id: 'hoffmann_a',
    symbol: 'A',
    label: 'Parameter-term coefficient (Hoffmann fit)',
    unit: '',
    default: 406.4,
    low: 406.4,
    high: 406.4,
    distribution: 'fixed',
    source: { key: 'hoffmann-2022', locator: 'eq. 10' },
    note: 'Published without an interval.',
  },
  {
    id: 'hoffmann_b',
    symbol: 'B',
    label: 'Data-term coefficient (Hoffmann fit)',
    unit: '',
    default: 410.7,
    low: 410.7,
    high: 410.7,
    distribution: 'fixed',
    source: { key: 'hoffmann-2022', locator: 'eq. 10' },
    note: 'Published without an interval.',
  },
  {
    id: 'hoffmann_alpha',
    symbol: 'α',
    label: 'Parameter exponent (Hoffmann fit)',
    unit: '',
    default: 0.3392,
    low: 0.3392,
    high: 0.3392,
    distribution: 'fixed',
    source: { key: 'besiroglu-2024', locator: '§2 (unrounded value from the TeX source of Hoffmann et al.)' },
    note: 'Printed as 0.34 in Hoffmann et al. eq. 10.',
  },
  {
    id: 'hoffmann_beta',
    symbol: 'β',
    label: 'Data exponent (Hoffmann fit)',
    unit: '',
    default: 0.2849,
    low: 0.2849,
    high: 0.2849,
    distribution: 'fixed',
    source: { key: 'besiroglu-2024', locator: '§2 (unrounded value from the TeX source of Hoffmann et al.)' },
    note: 'Printed as 0.28 in Hoffmann et al. eq. 10.',
  },
  {
    id: 'besiroglu_e',
    symbol: 'E',
    label: 'Irreducible loss (Besiroglu refit)',
    unit: 'nats/token',
    default: 1.8172,
    low: 1.8172 - 1.645 * 0.03,
    high: 1.8172 + 1.645 * 0.03,
    distribution: 'normal',
    source: { key: 'besiroglu-2024', locator: 'Table 1 (SE 0.03)' },
    note: 'Range is ±1.645 standard errors (90%).',
  },
  {
    id: 'besiroglu_a',
    symbol: 'A',
    label: 'Parameter-term coefficient (Besiroglu refit)',
    unit: '',
    default: 482.01,
    low: 482.01 - 1.645 * 124.58,
    high: 482.01 + 1.645 * 124.58,
    distribution: 'normal',
    source: { key: 'besiroglu-2024', locator: 'Table 1 (SE 124.58)' },
    note: 'Range is ±1.645 standard errors (90%).',
  },
  {
    id: 'besiroglu_b',
    symbol: 'B',
    label: 'Data-term coefficient (Besiroglu refit)',
    unit: '',
    default: 2085.43,
    low: 2085.43 * Math.exp(-1.645 * (1293.23 / 2085.43)),
    high: 2085.43 * Math.exp(1.645 * (1293.23 / 2085.43)),
    distribution: 'lognormal',
    source: { key: 'besiroglu-2024', locator: 'Table 1 (SE 1293.23)' },
    note: 'The standard error is 62% of the value, so a normal would go negative: sampled lognormally with the same relative spread.',
  },
  {
    id: 'besiroglu_alpha',
    symbol: 'α',
    label: 'Parameter exponent (Besiroglu refit)',
    unit: '',
    default: 0.3478,
    low: 0.3478 - 1.645 * 0.02,
    high: 0.3478 + 1.645 * 0.02,
    distribution: 'normal',
    source: { key: 'besiroglu-2024', locator: 'Table 1 (SE 0.02)' },
    note: 'Range is ±1.645 standard errors (90%).',
  },
  {
    id: 'besiroglu_beta',
    symbol: 'β',
    label: 'Data exponent (Besiroglu refit)',
    unit: '',
    default: 0.3658,
    low: 0.3658 - 1.645 * 0.02,
    high: 0.3658 + 1.645 * 0.02,
    distribution: 'normal',
    source: { key: 'besiroglu-2024', locator: 'Table 1 (SE 0.02)' },
    note: 'Range is ±1.645 standard errors (90%).',
  },
  // The meek-models law and growth rates
  {
    id: 'alpha',
    symbol: 'α',
    label: 'Returns to compute (loss exponent)',
    unit: '',
    default: 0.155,
    low: 0.153,
    high: 0.178,
    distribution: 'uniform',
    source: { key: 'gundlach-2025', locator: 'eq. 1' },
    note: 'αβ/(α+β) is 0.153 for Hoffmann’s printed fit and 0.178 for Besiroglu’s refit; 0.155 is the paper’s value.',
  },
  {
    id: 'loss_floor',
    symbol: 'L₀',
    label: 'Irreducible loss of the compute law',
    unit: 'nats/token',
    default: 1.7,
    low: 1.69,
    high: 1.82,
    distribution: 'uniform',
    source: { key: 'gundlach-2025', locator: 'eq. 1' },
    note: 'From E in Hoffmann (1.69) to Besiroglu (1.82).',
  },
  {
    id: 'loss_coefficient',
    symbol: 'A',
    label: 'Coefficient of the compute law',
    unit: 'nats/token·FLOP^α',
    default: 1070,
    low: 1070,
    high: 1070,
    distribution: 'fixed',
    source: { key: 'gundlach-2025', locator: 'eq. 1' },
    note: 'Tied to α; figures rescale it so the law keeps its level at 10²⁵ FLOP.',
  },
  {
    id: 'g_i',
    symbol: 'gᵢ',
    label: 'Frontier spend growth',
    unit: '×/yr',
    default: 3.6,
    low: 2.4,
    high: 4.7,
    distribution: 'lognormal',
    source: { key: 'gundlach-2025', locator: '§3' },
    note: 'The paper’s 3.6×/yr; the range runs from the growth of amortised training cost (2.4×, Cottier et al.) to that of frontier compute (4.7×, Epoch), which also includes hardware gains.',
  },
  {
    id: 'g_h',
    symbol: 'gₕ',
    label: 'Hardware price-performance growth',
    unit: '×/yr',
    default: 1.4,
    low: 1.32,
    high: 1.41,
    distribution: 'uniform',
    source: { key: 'hobbhahn-2022', locator: 'doubling every 2.5 years (all GPUs) to 2.0–2.1 (ML GPUs)' },
    note: 'Doubling times of 2.0–2.5 years are 1.32–1.41×/yr; the meek-models paper uses 1.4.',
  },
  {
    id: 'g_a',
    symbol: 'gₐ',
    label: 'Algorithmic efficiency growth',
    unit: '×/yr',
    default: 2.8,
    low: 1.81,
    high: 5.28,
    distribution: 'lognormal',
    source: { key: 'ho-2024', locator: 'abstract: compute halving every 8 months, 95% CI 5–14' },
    note: 'Halving in 14, 8 and 5 months is 1.81, 2.83 and 5.28×/yr; the meek-models paper uses 2.8.',
  },
  {
    id: 'frontier_compute_growth',
    symbol: 'g_C',
    label: 'Frontier training compute growth',
    unit: '×/yr',
    default: 4.7,
    low: 4,
    high: 5,
    distribution: 'uniform',
    source: { key: 'epoch-compute-trends-2024', locator: 'headline: 4–5×/yr, 4.7× for frontier models' },
    note: 'Our estimate from ai-models v1 is 4.6× (see /data/ai-models/).',
  },
  {
    id: 'training_cost_growth',
    symbol: 'g_$',
    label: 'Frontier training cost growth',
    unit: '×/yr',
    default: 2.4,
    low: 2.0,
    high: 2.9,
    distribution: 'lognormal',
    source: { key: 'cottier-2024', locator: 'abstract: 2.4×/yr, 95% CI 2.0–2.9' },
    note: 'Amortised hardware and energy; our estimate from training-costs v1 is 2.5×.',
  },
  {
    id: 'inference_price_decline',
    symbol: 'g_p',
    label: 'Inference price decline at fixed capability',
    unit: '×/yr',
    default: 40,
    low: 9,
    high: 900,
    distribution: 'loguniform',
    source: {
      key: 'cottier-2025-inference',
      locator: 'key finding: 9× to 900× per year depending on the capability threshold',
    },
    note: 'The decline depends on the task; 40× is a middle value of the published range, not a published median.',
  },
  {
    id: 'open_lag_compute_months',
    symbol: 'ℓ_C',
    label: 'Open-model lag in training compute',
    unit: 'months',
    default: 15,
    low: 5,
    high: 22,
    distribution: 'uniform',
    source: {
      key: 'epoch-open-models-2024',
      locator: 'key findings: about 15 months in compute; 5–22 months on benchmarks',
    },
    note: 'Our estimate from ai-models v1 is 14 months (see /data/ai-models/).',
  },
  {
    id: 'mmlu_midpoint',
    symbol: 'L½',
    label: 'MMLU sigmoid midpoint',
    unit: 'nats/token',
    default: 1.916,
    low: 1.91,
    high: 1.924,
    distribution: 'normal',
    source: {
      key: 'open-closed-data',
      locator: 'estimates v1, mmlu-sigmoid-midpoint (from open-closed-benchmarks v2)',
    },
    note: 'The compute-implied loss at which MMLU is half-way between chance (25%) and 100%; a test keeps it equal to the fit.',
  },
  {
    id: 'mmlu_slope',
    symbol: 'k',
    label: 'MMLU sigmoid slope',
    unit: 'per nat',
    default: 13.56,
    low: 11.73,
    high: 15.55,
    distribution: 'normal',
    source: { key: 'open-closed-data', locator: 'estimates v1, mmlu-sigmoid-slope (from open-closed-benchmarks v2)' },
    note: 'How fast MMLU rises as loss falls; a test keeps it equal to the fit.',
  },
  {
    id: 'decode_efficiency',
    symbol: 'η',
    label: 'Local decode efficiency',
    unit: 'fraction of peak bandwidth',
    default: 0.6,
    low: 0.5,
    high: 0.8,
    distribution: 'uniform',
    source: { key: 'open-closed-estimate', locator: 'decoding is memory-bound' },
    note: 'Working estimate: single-stream decoding reads every active weight once per token and typically reaches half to four fifths of the stated peak bandwidth.',
  },
  {
    id: 'h100_flop_per_usd',
    symbol: 'F',
    label: 'Training compute per dollar (2025)',
    unit: 'FLOP/US$',
    default: 7.12e17,
    low: 4e17,
    high: 1.2e18,
    distribution: 'loguniform',
    source: {
      key: 'open-closed-estimate',
      locator: 'H100 SXM: 989 TFLOP/s dense BF16, 40% utilisation, $2 per GPU-hour',
    },
    note: 'Range covers utilisation of 30–50% and rental prices of $1.50–3 per GPU-hour.',
  },
];

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
