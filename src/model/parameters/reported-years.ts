/**
 * Years the essays report from their sources: the start and end of the period a cited finding covers, or the year
 * it names ("since 2019", "between 2012 and 2023", "by 2027"). They are part of the finding, so they print from the
 * registry beside it, with the same quote and locator. A year that only dates an event a sentence reports (a
 * release, a leak, a launch) stays typed beside its citation; see docs/authoring.md, "Numbers in prose".
 * Like reported-numbers.ts, these are read by pages from the full registry (./index.ts), never by figures.
 *
 * @example parameter('horizon_trend_start_year').default // 2019
 */
import { LONGPRE_ABSTRACT, WIPO_KEY_FINDINGS, reported } from './reported-numbers.ts';
import type { ParameterInput } from './schema.ts';

/** A year a source gives: printed plain ("2019"), never grouped. */
function reportedYear(
  id: string,
  symbol: string,
  label: string,
  year: number,
  source: ParameterInput['source'],
  note: string,
): ParameterInput {
  return reported({ id, symbol, label, unit: 'year', default: year, source, note });
}

const KWA_ABSTRACT: ParameterInput['source'] = {
  key: 'kwa-2025',
  locator: 'abstract (arXiv:2503.14499v2)',
  quote:
    'frontier AI time horizon has been doubling approximately every seven months since 2019, though the trend may have accelerated in 2024',
};

const COTTIER_TREND: ParameterInput['source'] = {
  key: 'cottier-2024',
  locator: 'abstract (revised arXiv version)',
  quote:
    'the amortized cost to train the most compute-intensive models has grown precipitously at a rate of 2.4x per year since 2016',
};

const COTTIER_PROJECTION: ParameterInput['source'] = {
  key: 'cottier-2024',
  locator: 'abstract',
  quote:
    'If the trend of growing development costs continues, the largest training runs will cost more than a billion dollars by 2027',
};

const ORIGIN_ABSTRACT: ParameterInput['source'] = {
  key: 'gundlach-2025-origin',
  locator: 'abstract (arXiv:2511.21622), which then accounts for 6,930× of these gains “over the same time period”',
  quote:
    'Algorithms have been estimated to increase AI training FLOP efficiency by a factor of 22,000 between 2012 and 2023 [Ho et al., 2024].',
};

const GPU_DATASET: ParameterInput['source'] = {
  key: 'hobbhahn-2022',
  locator: 'executive summary',
  quote:
    'Using a dataset of 470 models of graphics processing units (GPUs) released between 2006 and 2021, we find that the amount of floating-point operations/second per $ (hereafter FLOP/s per $) doubles every ~2.5 years.',
};

const LONGPRE_YEAR: ParameterInput['source'] = {
  key: 'longpre-2024',
  locator: LONGPRE_ABSTRACT,
  quote:
    'Our longitudinal analyses show that in a single year (2023-2024) there has been a rapid crescendo of data restrictions from web sources',
};

export const REPORTED_YEARS: ParameterInput[] = [
  reportedYear(
    'horizon_trend_start_year',
    't_{H}',
    'Year from which METR measures the frontier’s task horizon doubling (Kwa et al. 2025)',
    2019,
    KWA_ABSTRACT,
    'The start of the trend the doubling time is fitted to.',
  ),
  reportedYear(
    'horizon_trend_acceleration_year',
    't_{H,fast}',
    'Year in which METR’s task-horizon trend may have accelerated (Kwa et al. 2025)',
    2024,
    KWA_ABSTRACT,
    'The authors say the trend “may have accelerated”, not that it did.',
  ),
  reportedYear(
    'cost_trend_start_year',
    't_{c}',
    'Year from which Cottier et al. (2024) measure the growth of frontier training costs',
    2016,
    COTTIER_TREND,
    'The start of the period the 2.4× a year trend is fitted to.',
  ),
  reportedYear(
    'largest_run_cost_year',
    't_{2027}',
    'Year by which the largest training runs pass a billion dollars if the cost trend continues (Cottier et al. 2024)',
    2027,
    COTTIER_PROJECTION,
    'A projection of the trend, not a measurement (see largest_run_cost_2027).',
  ),
  reportedYear(
    'efficiency_period_start_year',
    't_{0,A}',
    'First year of the period over which Gundlach et al. (2025b) account for algorithmic efficiency gains',
    2012,
    ORIGIN_ABSTRACT,
    'The period of Ho et al.’s 22,000× estimate, which Gundlach et al. take as theirs (“over the same time period”).',
  ),
  reportedYear(
    'efficiency_period_end_year',
    't_{1,A}',
    'Last year of the period over which Gundlach et al. (2025b) account for algorithmic efficiency gains',
    2023,
    ORIGIN_ABSTRACT,
    'The period of Ho et al.’s 22,000× estimate, which Gundlach et al. take as theirs (“over the same time period”).',
  ),
  reportedYear(
    'gpu_dataset_start_year',
    't_{0,G}',
    'First release year of the GPUs in Hobbhahn & Besiroglu’s price-performance dataset',
    2006,
    GPU_DATASET,
    'The whole dataset (470 GPUs); the subset of GPUs used in ML research (26) lies within it.',
  ),
  reportedYear(
    'gpu_dataset_end_year',
    't_{1,G}',
    'Last release year of the GPUs in Hobbhahn & Besiroglu’s price-performance dataset',
    2021,
    GPU_DATASET,
    'The whole dataset (470 GPUs); the subset of GPUs used in ML research (26) lies within it.',
  ),
  reportedYear(
    'crawl_restriction_start_year',
    't_{0,R}',
    'First year of the single year over which Longpre et al. (2024) measure new crawler restrictions',
    2023,
    LONGPRE_YEAR,
    'The restrictions counted in longpre_c4_tokens_restricted and longpre_c4_critical_restricted arose over this year.',
  ),
  reportedYear(
    'crawl_restriction_end_year',
    't_{1,R}',
    'Last year of the single year over which Longpre et al. (2024) measure new crawler restrictions',
    2024,
    LONGPRE_YEAR,
    'The restrictions counted in longpre_c4_tokens_restricted and longpre_c4_critical_restricted arose over this year.',
  ),
  reportedYear(
    'genai_patent_first_year',
    't_{0,P}',
    'Publication year of WIPO’s earlier generative-AI patent count',
    2014,
    WIPO_KEY_FINDINGS,
    'The year of genai_patent_families_2014.',
  ),
  reportedYear(
    'genai_patent_last_year',
    't_{1,P}',
    'Publication year of WIPO’s later generative-AI patent count',
    2023,
    WIPO_KEY_FINDINGS,
    'The year of genai_patent_families_2023.',
  ),
];
