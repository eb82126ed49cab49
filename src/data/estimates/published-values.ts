/**
 * The published values the estimates are set beside, each with its source
 * key (src/bibliography/references.json), a locator and a short verbatim quote that
 * states it. Quotes were read in the sources' public texts (the URLs in the
 * bibliography); a value no text we could search states is not used as a
 * comparison, and the estimate's note says it is unverified.
 */
import type { PublishedComparison } from './estimate.ts';

const SEVILLA_ROLDAN = {
  key: 'epoch-compute-trends-2024',
  source: 'Sevilla & Roldán 2024, “Training Compute of Frontier AI Models Grows by 4-5x per Year”, Epoch AI',
  locator: 'Introduction',
  quote: 'compute growth in recent years is currently best described as increasing by a factor of 4-5x/year',
} as const;

/** Notable and frontier models alike: the article summarises both with the same 4–5×/yr range. */
export const COMPUTE_GROWTH: PublishedComparison = { low: 4, high: 5, status: 'quoted', ...SEVILLA_ROLDAN };

/**
 * Cottier et al.'s headline. The revised arXiv abstract gives a 90% interval;
 * the first version and Epoch AI's blog post gave “95% CI: 2.0x to 3.1x”
 * (estimates v1 mislabelled 2.0–2.9 as a 95% interval).
 */
export const TRAINING_COST_GROWTH: PublishedComparison = {
  value: 2.4,
  low: 2.0,
  high: 2.9,
  level: 0.9,
  status: 'quoted',
  key: 'cottier-2024',
  source: 'Cottier et al. 2024, “The rising costs of training frontier AI models”, arXiv:2405.21015',
  locator: 'Abstract (revised arXiv version)',
  quote: 'grown precipitously at a rate of 2.4x per year since 2016 (90% CI: 2.0x to 2.9x)',
};

/** The open-models report's own summary of the lag; it covers performance and training compute alike. */
export const OPEN_MODEL_LAG: PublishedComparison = {
  value: 12,
  status: 'quoted',
  key: 'epoch-open-models-2024',
  source: 'Cottier, You, Martemianova & Owen 2024, “How far behind are open models?”, Epoch AI',
  locator: 'Summary under the title',
  quote: 'on par with closed models in performance and training compute, but with a lag of about one year',
};

/** Why the lag rows no longer compare with v1's numbers. */
export const UNVERIFIED_LAG_VALUES =
  'Estimates v1 compared with “about 15 months” (compute) and “5–22 months” (benchmarks), attributed to the same report; neither is stated in the report’s text we could search, so both are unverified and no longer used.';

const HOBBHAHN_BESIROGLU = {
  key: 'hobbhahn-2022',
  source: 'Hobbhahn & Besiroglu 2022, “Trends in GPU Price-Performance”, Epoch AI',
  level: 0.95,
  status: 'quoted',
} as const;

/** All 470 GPUs of 2006–2021. */
export const GPU_DOUBLING_ALL: PublishedComparison = {
  value: 2.46,
  low: 2.24,
  high: 2.72,
  locator:
    'Executive summary, Table 1, row “Our dataset (n=470)”; the table gives 95% confidence intervals in square brackets',
  quote: '2.46 years [2.24, 2.72]',
  ...HOBBHAHN_BESIROGLU,
};

/** The 26 “models of GPU typically used in ML research”. */
export const GPU_DOUBLING_ML: PublishedComparison = {
  value: 2.07,
  low: 1.54,
  high: 3.13,
  locator: 'Executive summary, Table 1, row “ML GPUs (n=26)”',
  quote: '2.07 years [1.54, 3.13]',
  ...HOBBHAHN_BESIROGLU,
};

export const NO_PUBLISHED_VALUE: PublishedComparison = {
  status: 'none',
  source: 'No published counterpart: fitted here; used as the registry’s data-backed default',
};
