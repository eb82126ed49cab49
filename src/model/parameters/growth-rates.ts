/**
 * Growth rates: frontier spending, hardware price-performance, algorithmic
 * efficiency, frontier compute, training cost and inference prices. Each
 * published doubling or halving time is converted to an annual factor here
 * (src/model/growth.ts), never typed as a converted number.
 */
import { annualFactorFromDoublingYears, annualFactorFromHalvingMonths } from '../growth.ts';
import type { Citation, ParameterInput } from './schema.ts';

/**
 * What could be read of the meek-models paper (Gundlach, Lynch & Thompson 2025, arXiv:2507.07931): its abstract, on
 * arXiv and at the head of the arXiv HTML version, which states no rate. Its body, where gᵢ, gₕ and gₐ are set, was
 * not reachable from here (re-checked 2026-12-07).
 */
const MEEK_BODY_UNREACHED =
  'Only the abstract of arXiv:2507.07931 could be read here, and it states no rate; the paper’s body, where the rates are set, could not be reached, so this number is the one summaries of the paper report, not checked against its text.';

/**
 * What summaries of the paper's body say, word for word, and what they do not. papernotes.org's English summary
 * (read 2026-12-07): training compute "increasing at a rate of 5x per year between 2010 and 2022", "corporate
 * compute investments grow exponentially (approx. 3.6x/year)", hardware "~1.4x/year", algorithms "~2.8x/year".
 * No summary read here gives 3.57 or says how 3.6 was obtained.
 */
const MEEK_SUMMARY =
  'papernotes.org’s English summary of the paper (read 2026-12-07) gives training compute growing “at a rate of 5x per year between 2010 and 2022” and “corporate compute investments” growing “approx. 3.6x/year”, beside hardware “~1.4x/year” and algorithms “~2.8x/year”.';

/** Cottier et al., revised arXiv version (the first version, May 2024, said “95% CI: 2.0x to 3.1x”). */
const COTTIER_ABSTRACT: Citation = {
  key: 'cottier-2024',
  locator: 'abstract (revised arXiv version; v1 of May 2024 stated a 95% CI of 2.0× to 3.1×)',
  quote:
    'the amortized cost to train the most compute-intensive models has grown precipitously at a rate of 2.4x per year since 2016 (90% CI: 2.0x to 2.9x)',
  verified: true,
};

/**
 * gᵢ as this site reads the meek-models paper: the summaries give investment growth of about 3.6× a year beside
 * hardware at 1.4× and frontier training compute at about 5× a year, and 5 / 1.4 = 3.57 ≈ 3.6. So gᵢ is taken to be
 * the growth of frontier compute net of hardware price-performance, and gᵢ·gₕ the growth of frontier compute. That
 * is this site's inference: no text read here states 3.57 or the division (see MEEK_SUMMARY).
 */
const PAPER_COMPUTE_GROWTH = 5;
const PAPER_HARDWARE_GROWTH = 1.4;
/** Epoch AI's range for the growth of frontier training compute (×/yr); see frontier_compute_growth. */
const EPOCH_COMPUTE = { low: 4, high: 5 };
const EPOCH_COMPUTE_QUOTE: Citation = {
  key: 'epoch-compute-trends-2024',
  locator: 'introduction',
  quote:
    'We tentatively conclude that compute growth in recent years is currently best described as increasing by a factor of 4-5x/year.',
  verified: true,
};
/** Compute growth net of hardware: what gᵢ is in the model, to two decimals (5 / 1.4 = 3.57). */
const netOfHardware = (computeGrowth: number) => Math.round((computeGrowth / PAPER_HARDWARE_GROWTH) * 100) / 100;

/** The paper's gᵢ, as reported by summaries of its body (only its abstract was readable here). */
const MEEK_SPEND: Citation = {
  key: 'gundlach-2025',
  locator: '§3 (training inequality model) and Fig. 1 caption',
  quote: 'a model with 3.6x yearly compute scaling and a meek model with a constant compute budget ($1000 budget)',
  verified: false,
  reason: `${MEEK_BODY_UNREACHED} The quote is the first figure’s caption as reproduced on chatpaper.com (read in an earlier session, not re-read). ${MEEK_SUMMARY} The registry’s 3.57 is this site’s reading, not a number any text read here states: 5 / 1.4 = 3.57, which rounds to the reported 3.6, so gᵢ is taken to be compute growth net of hardware rather than a dollar budget. The caption’s “3.6x yearly compute scaling” could also be read as the growth of compute itself; the paper’s text would settle it.`,
};

/** The paper's shared-progress rates, as reported by the same summaries of its §3. */
const MEEK_SHARED: Citation = {
  key: 'gundlach-2025',
  locator: '§3 (training inequality model)',
  verified: false,
  reason: `${MEEK_BODY_UNREACHED} ${MEEK_SUMMARY}`,
};

/** Hobbhahn & Besiroglu 2022, Table 1 (doubling times of FLOP/s per dollar with 95% CIs). */
const GPU_ALL = { years: 2.46, low: 2.24, high: 2.72 };
const GPU_ML = { years: 2.07, low: 1.54, high: 3.13 };
/** Ho et al. 2024, abstract: halving time of the compute needed for a fixed performance, months. */
const HALVING = { months: 8, low: 5, high: 14 };

export const GROWTH_RATES: ParameterInput[] = [
  {
    id: 'g_i',
    symbol: 'gᵢ',
    label: 'Frontier investment growth (compute beyond hardware gains)',
    unit: '×/yr',
    default: netOfHardware(PAPER_COMPUTE_GROWTH),
    source: MEEK_SPEND,
    low: netOfHardware(EPOCH_COMPUTE.low),
    high: netOfHardware(EPOCH_COMPUTE.high),
    distribution: 'uniform',
    level: 'bounds',
    published: {
      ...EPOCH_COMPUTE_QUOTE,
      low: netOfHardware(EPOCH_COMPUTE.low),
      high: netOfHardware(EPOCH_COMPUTE.high),
      level: 'range',
      conversion: `gᵢ is frontier compute growth divided by hardware price-performance growth gₕ = ${PAPER_HARDWARE_GROWTH}: ${EPOCH_COMPUTE.low}–${EPOCH_COMPUTE.high}×/yr of compute → ${netOfHardware(EPOCH_COMPUTE.low)}–${netOfHardware(EPOCH_COMPUTE.high)}×/yr (two decimals, as in the default 3.57).`,
    },
    anchors: [
      { label: 'Paper: 5× compute a year ÷ 1.4', value: netOfHardware(PAPER_COMPUTE_GROWTH), source: MEEK_SPEND },
      {
        label: 'Epoch AI’s lower end: 4× compute a year ÷ 1.4',
        value: netOfHardware(EPOCH_COMPUTE.low),
        source: EPOCH_COMPUTE_QUOTE,
      },
      { label: 'Dollar cost growth (Cottier et al. 2024)', value: 2.4, source: COTTIER_ABSTRACT },
    ],
    note: `The growth of frontier training compute net of hardware gains, as this site reads the meek-models paper: summaries of it give investment growing about 3.6× a year beside hardware at ${PAPER_HARDWARE_GROWTH}× and frontier compute at about ${PAPER_COMPUTE_GROWTH}×, and ${PAPER_COMPUTE_GROWTH} ÷ ${PAPER_HARDWARE_GROWTH} = ${netOfHardware(PAPER_COMPUTE_GROWTH)}. The paper’s own text could not be read, so the division is an inference, not its stated definition. gᵢ·gₕ is then frontier compute growth; Epoch AI’s 4–5× a year gives the range ${netOfHardware(EPOCH_COMPUTE.low)}–${netOfHardware(EPOCH_COMPUTE.high)}. Reading gᵢ as the dollar cost of frontier runs (Cottier et al.: 2.4×/yr) undercounts: with gₕ = ${PAPER_HARDWARE_GROWTH} it implies compute growth of ${(2.4 * PAPER_HARDWARE_GROWTH).toFixed(1)}×/yr, below the measured 4–5×, because the cost per FLOP of frontier runs has fallen faster than GPU price-performance.`,
  },
  {
    id: 'g_h',
    symbol: 'gₕ',
    label: 'Hardware price-performance growth',
    unit: '×/yr',
    default: 1.4,
    source: {
      key: 'hobbhahn-2022',
      locator: 'executive summary and Table 1 (ML GPUs, n = 26)',
      quote:
        'for models of GPU typically used in ML research, we find a faster rate of improvement (FLOP/s per $ doubles every 2.07 years)',
    },
    low: annualFactorFromDoublingYears(GPU_ML.high),
    high: annualFactorFromDoublingYears(GPU_ML.low),
    distribution: 'lognormal',
    level: 0.95,
    published: {
      key: 'hobbhahn-2022',
      locator:
        'Table 1, row “ML GPUs (n=26)” (the caption gives the bracketed ranges as 95% confidence intervals); row “Our dataset (n=470)”: 2.46 years [2.24, 2.72]',
      quote: '2.07 years [1.54, 3.13]',
      low: annualFactorFromDoublingYears(GPU_ML.high),
      high: annualFactorFromDoublingYears(GPU_ML.low),
      level: 0.95,
      conversion: `A doubling time of T years is 2^(1/T) per year, so the longer time gives the lower rate. ML GPUs: ${GPU_ML.years} [${GPU_ML.low}, ${GPU_ML.high}] years → ${annualFactorFromDoublingYears(GPU_ML.years).toFixed(3)} [${annualFactorFromDoublingYears(GPU_ML.high).toFixed(3)}, ${annualFactorFromDoublingYears(GPU_ML.low).toFixed(3)}] per year. All GPUs: ${GPU_ALL.years} [${GPU_ALL.low}, ${GPU_ALL.high}] years → ${annualFactorFromDoublingYears(GPU_ALL.years).toFixed(3)} [${annualFactorFromDoublingYears(GPU_ALL.high).toFixed(3)}, ${annualFactorFromDoublingYears(GPU_ALL.low).toFixed(3)}], which lies inside the ML-GPU interval, so the union of both 95% intervals is the ML-GPU one.`,
    },
    anchors: [
      { label: 'Paper’s value', value: PAPER_HARDWARE_GROWTH, source: MEEK_SHARED },
      {
        label: 'ML GPUs (Hobbhahn & Besiroglu 2022)',
        value: annualFactorFromDoublingYears(GPU_ML.years),
        source: {
          key: 'hobbhahn-2022',
          locator: 'Table 1',
          quote: 'FLOP/s per $ doubles every 2.07 years',
        },
      },
      {
        label: 'All GPUs (Hobbhahn & Besiroglu 2022)',
        value: annualFactorFromDoublingYears(GPU_ALL.years),
        source: {
          key: 'hobbhahn-2022',
          locator: 'executive summary and Table 1 (2.46 years [2.24, 2.72])',
          quote:
            'the amount of floating-point operations/second per $ (hereafter FLOP/s per $) doubles every ~2.5 years',
        },
      },
    ],
    note: 'FLOP/s per dollar of the GPUs used in ML research doubles every 2.07 years, 1.40× a year; the meek-models paper uses 1.4. The range is the published 95% interval for ML GPUs, which contains the tighter one for all GPUs.',
  },
  {
    id: 'g_a',
    symbol: 'gₐ',
    label: 'Algorithmic efficiency growth',
    unit: '×/yr',
    default: 2.8,
    source: {
      key: 'ho-2024',
      locator: 'abstract (arXiv v1)',
      quote:
        'the compute required to reach a set performance threshold has halved approximately every 8 months, with a 95% confidence interval of around 5 to 14 months',
    },
    low: annualFactorFromHalvingMonths(HALVING.high),
    high: annualFactorFromHalvingMonths(HALVING.low),
    distribution: 'lognormal',
    level: 0.95,
    published: {
      key: 'ho-2024',
      locator: 'abstract (arXiv v1); the NeurIPS 2024 version states a 90% interval of about 2 to 22 months',
      quote: 'halved approximately every 8 months, with a 95% confidence interval of around 5 to 14 months',
      low: annualFactorFromHalvingMonths(HALVING.high),
      high: annualFactorFromHalvingMonths(HALVING.low),
      level: 0.95,
      conversion: `A halving time of m months is 2^(12/m) per year: ${HALVING.months} [${HALVING.low}, ${HALVING.high}] months → ${annualFactorFromHalvingMonths(HALVING.months).toFixed(2)} [${annualFactorFromHalvingMonths(HALVING.high).toFixed(2)}, ${annualFactorFromHalvingMonths(HALVING.low).toFixed(2)}] per year.`,
    },
    anchors: [
      { label: 'Paper’s value', value: 2.8, source: MEEK_SHARED },
      {
        label: 'Halving every 8 months (Ho et al. 2024)',
        value: annualFactorFromHalvingMonths(HALVING.months),
        source: { key: 'ho-2024', locator: 'abstract', quote: 'halved approximately every 8 months' },
      },
    ],
    note: 'Halving every 8 months is 2.83× a year; the meek-models paper uses 2.8. The interval is not symmetric around 8 months in log terms, so the lognormal fitted to it has a median above the default.',
  },
  {
    id: 'frontier_compute_growth',
    symbol: 'g_C',
    label: 'Frontier training compute growth',
    unit: '×/yr',
    default: 4.6,
    source: {
      key: 'open-closed-data',
      locator: 'estimates v1, frontier-compute-growth (from ai-models v1)',
    },
    low: 4,
    high: 5,
    distribution: 'uniform',
    level: 'bounds',
    published: {
      key: 'epoch-compute-trends-2024',
      locator: 'introduction',
      quote:
        'We tentatively conclude that compute growth in recent years is currently best described as increasing by a factor of 4-5x/year.',
      low: 4,
      high: 5,
      level: 'range',
    },
    note: 'Our estimate from ai-models v1 is 4.6× (see /data/ai-models/). Epoch AI states a range, not a point: 4–5× a year (and about 4× for the frontier since 2018). The 4.7× this registry used to cite could not be found in the source.',
  },
  {
    id: 'training_cost_growth',
    symbol: 'g_$',
    label: 'Frontier training cost growth',
    unit: '×/yr',
    default: 2.4,
    source: COTTIER_ABSTRACT,
    low: 2.0,
    high: 2.9,
    distribution: 'lognormal',
    level: 0.9,
    published: { ...COTTIER_ABSTRACT, low: 2.0, high: 2.9, level: 0.9 },
    note: 'Amortised hardware and energy; our estimate from training-costs v1 is 2.5×. The interval is the 90% one of the revised paper (the first version gave 95%: 2.0–3.1).',
  },
  {
    id: 'inference_price_decline',
    symbol: 'g_p',
    label: 'Inference price decline at fixed capability',
    unit: '×/yr',
    default: 40,
    source: {
      key: 'cottier-2025-inference',
      locator: 'summary (GPT-4’s score on PhD-level science questions)',
      quote: 'the price to achieve GPT-4’s performance on a set of PhD-level science questions fell by 40x per year',
    },
    low: 9,
    high: 900,
    distribution: 'loguniform',
    level: 'bounds',
    published: {
      key: 'cottier-2025-inference',
      locator: 'summary',
      quote:
        'The rate of decline varies dramatically depending on the performance milestone, ranging from 9x to 900x per year.',
      low: 9,
      high: 900,
      level: 'range',
    },
    note: 'The decline depends on the task: 40× is the rate for one milestone (GPT-4 on PhD-level science questions), not a median over tasks.',
  },
];
