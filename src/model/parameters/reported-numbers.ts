/**
 * Numbers the essays report from their sources that no model equation uses: counts, shares and one-off ratios
 * (LoRA's savings, PaLM's MMLU score, Longpre et al.'s audit, Llama 3's licence threshold, WIPO's patent counts,
 * the largest training run in the dataset). They live in the registry so that each sentence prints them through
 * <ParameterValue> from one entry with its quote and locator, like the model's parameters. Each is a reported
 * fact, not an uncertain input, so each is 'fixed' (low = high = default) and Monte Carlo never varies it.
 *
 * @example parameterEntry('lora_trainable_reduction').default // 10000
 */
import { GROWTH_RATES } from './growth-rates.ts';
import type { ParameterInput } from './schema.ts';

/**
 * A reported number: fixed at its value, with its source and why it is in the registry.
 *
 * @example reported({ id: 'x', symbol: 'x', label: 'X', unit: '', default: 3, source, note: '…' }).high // 3
 */
export function reported(entry: Omit<ParameterInput, 'low' | 'high' | 'distribution' | 'level'>): ParameterInput {
  return { ...entry, low: entry.default, high: entry.default, distribution: 'fixed', level: 'bounds' };
}

/** The value one source gives a growth-rate entry (an anchor of it); throws when the registry no longer has it. */
function anchorValue(id: string, source: string): number {
  const value = GROWTH_RATES.find((p) => p.id === id)?.anchors?.find((a) => a.source.key === source)?.value;
  if (value === undefined) throw new Error(`reported-numbers: no anchor of "${id}" from "${source}"`);
  return value;
}

const COST_GROWTH = anchorValue('g_i', 'cottier-2024');
const PAPER_HARDWARE = anchorValue('g_h', 'gundlach-2025');
/** Two significant digits, the precision of the two one-decimal rates it multiplies (2.4 × 1.4 = 3.36 → 3.4). */
const COMPUTE_FROM_COST = Number((COST_GROWTH * PAPER_HARDWARE).toPrecision(2));

/** The meek-models paper's frontier compute growth, with what could be read of it (g_i's citation says what and why). */
const MEEK_SUMMARY_SOURCE = GROWTH_RATES.find((p) => p.id === 'g_i')!.source;

export const LONGPRE_ABSTRACT = 'abstract (arXiv 2407.14933)';

/** WIPO's two patent counts (2014 and 2023) come from one sentence of its key findings, read only as others report it. */
export const WIPO_KEY_FINDINGS: ParameterInput['source'] = {
  key: 'wipo-genai-patents-2024',
  locator: 'key findings',
  verified: false,
  reason:
    'WIPO’s key-findings page was not among the readable copies (its contents and introduction were). The number is as two reports of the report give it: ceuli.org’s overview (“from just only 733 in 2014 to more than 14,000 in 2023”) and The Register.',
};

export const REPORTED_NUMBERS: ParameterInput[] = [
  reported({
    id: 'compute_growth_from_cost',
    symbol: 'g_{$h}',
    label: 'Training compute growth implied by cost growth and hardware growth',
    unit: '×/yr',
    default: COMPUTE_FROM_COST,
    source: {
      key: 'open-closed-estimate',
      locator: `product of gᵢ’s dollar-cost anchor (Cottier et al. 2024: ${COST_GROWTH}×/yr) and gₕ’s paper value (${PAPER_HARDWARE}×/yr)`,
    },
    note: `If frontier spending grows ${COST_GROWTH}× a year and each dollar buys ${PAPER_HARDWARE}× more computation a year, training compute grows ${COST_GROWTH} × ${PAPER_HARDWARE} = ${(COST_GROWTH * PAPER_HARDWARE).toFixed(2)}× a year, given to two digits. It is below the 4–5× Epoch AI measures, because frontier runs have bought their computation more cheaply each year than GPU price-performance alone explains.`,
  }),
  reported({
    id: 'largest_run_cost_2027',
    symbol: 'c_{2027}',
    label: 'Cost the largest training runs pass by 2027 if the cost trend continues (Cottier et al. 2024)',
    unit: 'billion dollars',
    default: 1,
    source: {
      key: 'cottier-2024',
      locator: 'abstract',
      quote:
        'If the trend of growing development costs continues, the largest training runs will cost more than a billion dollars by 2027',
    },
    note: 'A projection of the 2.4× a year trend in amortised cost, not a measurement; a lower bound (“more than”).',
  }),
  reported({
    id: 'lora_trainable_reduction',
    symbol: 'r_P',
    label: 'LoRA’s cut in trainable parameters against full fine-tuning of GPT-3 175B',
    unit: '',
    default: 10000,
    source: {
      key: 'hu-2021-lora',
      locator: 'abstract',
      quote:
        'Compared to GPT-3 175B fine-tuned with Adam, LoRA can reduce the number of trainable parameters by 10,000 times and the GPU memory requirement by 3 times.',
    },
    note: 'A factor (times fewer), for GPT-3 175B fine-tuned with Adam; the incentives essay reports it as a fold.',
  }),
  reported({
    id: 'lora_memory_reduction',
    symbol: 'r_M',
    label: 'LoRA’s cut in GPU memory for training against full fine-tuning of GPT-3 175B',
    unit: '',
    default: 3,
    source: {
      key: 'hu-2021-lora',
      locator: 'abstract',
      quote:
        'Compared to GPT-3 175B fine-tuned with Adam, LoRA can reduce the number of trainable parameters by 10,000 times and the GPU memory requirement by 3 times.',
    },
    note: 'A factor (times less), for GPT-3 175B fine-tuned with Adam.',
  }),
  reported({
    id: 'palm_mmlu_paper',
    symbol: 's_{PaLM}',
    label: 'PaLM 540B’s MMLU score (5-shot, average over 57 tasks) as the PaLM paper reports it',
    unit: '%',
    default: 69.3,
    source: {
      key: 'chowdhery-2022',
      locator: 'MMLU results table (5-shot, average)',
      verified: false,
      reason:
        'The paper’s results table could not be read here: the copies found (arXiv abstract pages, Papers with Code’s partial listing) do not reach MMLU. The number is the one memo-costs v2’s revision note gives beside Chung et al.’s 71.3%.',
    },
    note: 'Chung et al. (2022) report PaLM 540B at 71.3% on the same benchmark (the memo-costs figure uses theirs); the two differ by evaluation setup.',
  }),
  reported({
    id: 'longpre_domains_audited',
    symbol: 'n_D',
    label: 'Web domains audited by Longpre et al. (2024)',
    unit: 'web domains',
    default: 14000,
    source: {
      key: 'longpre-2024',
      locator: LONGPRE_ABSTRACT,
      quote:
        'Our audit of 14,000 web domains provides an expansive view of crawlable web data and how consent preferences to use it are changing over time.',
    },
    note: 'The domains behind three common training corpora (C4, RefinedWeb and Dolma).',
  }),
  reported({
    id: 'longpre_c4_tos_restricted',
    symbol: 's_{ToS}',
    label: 'Share of C4 restricted by terms of service (Longpre et al. 2024)',
    unit: '%',
    default: 45,
    source: {
      key: 'longpre-2024',
      locator: LONGPRE_ABSTRACT,
      quote: 'For Terms of Service crawling restrictions, a full 45% of C4 is now restricted.',
    },
    note: 'Restrictions stated in websites’ terms of service, as opposed to robots.txt (where the same audit finds 5% or more of C4’s tokens fully restricted).',
  }),
  reported({
    id: 'longpre_c4_tokens_restricted',
    symbol: 's_T',
    label: 'Share of C4’s tokens fully restricted to crawlers in one year (Longpre et al. 2024, “~5%+”)',
    unit: '%',
    default: 5,
    source: {
      key: 'longpre-2024',
      locator: LONGPRE_ABSTRACT,
      quote:
        'rendering ~5%+ of all tokens in C4, or 28%+ of the most actively maintained, critical sources in C4, fully restricted from use.',
    },
    note: 'A lower bound (“5% or more”), for 2023 to 2024, through robots.txt.',
  }),
  reported({
    id: 'longpre_c4_critical_restricted',
    symbol: 's_S',
    label:
      'Share of C4’s most actively maintained, critical sources fully restricted in one year (Longpre et al. 2024, “28%+”)',
    unit: '%',
    default: 28,
    source: {
      key: 'longpre-2024',
      locator: LONGPRE_ABSTRACT,
      quote:
        'rendering ~5%+ of all tokens in C4, or 28%+ of the most actively maintained, critical sources in C4, fully restricted from use.',
    },
    note: 'A lower bound (“28% or more”), for 2023 to 2024, through robots.txt.',
  }),
  reported({
    id: 'llama3_licence_user_threshold',
    symbol: 'U_L',
    label: 'Monthly active users above which Llama 3’s licence requires a separate licence from Meta',
    unit: 'million monthly users',
    default: 700,
    source: {
      key: 'meta-llama-3-license-2024',
      locator: '§2, “Additional Commercial Terms”',
      quote:
        'is greater than 700 million monthly active users in the preceding calendar month, you must request a license from Meta',
    },
    note: 'Counted on the Meta Llama 3 release date, over the products or services of the licensee and its affiliates; Llama 2’s and Llama 3.x’s licences use the same threshold.',
  }),
  reported({
    id: 'genai_patent_families_2014',
    symbol: 'n_{early}',
    label: 'Generative-AI patent families published in 2014 (WIPO)',
    unit: 'patent families',
    default: 733,
    source: WIPO_KEY_FINDINGS,
    note: 'A patent family is the set of filings for one invention; WIPO counts families by publication year.',
  }),
  reported({
    id: 'genai_patent_families_2023',
    symbol: 'n_{late}',
    label: 'Generative-AI patent families published in 2023 (WIPO, “more than”)',
    unit: 'patent families',
    default: 14000,
    source: WIPO_KEY_FINDINGS,
    note: 'A lower bound: WIPO says more than 14,000.',
  }),
  reported({
    id: 'paper_frontier_compute_growth',
    symbol: 'g_{C}',
    label: 'Growth of frontier training compute in the meek-models paper, as its summaries report it',
    unit: '×/yr',
    default: 5,
    source: {
      key: 'gundlach-2025',
      locator: '§3 (training inequality model), as papernotes.org’s summary reports it',
      quote: 'increasing at a rate of 5x per year between 2010 and 2022',
      verified: false,
      reason: MEEK_SUMMARY_SOURCE.reason,
    },
    note: 'The number this site divides by the paper’s hardware growth (1.4× a year) to read gᵢ = 3.57 (see gᵢ): that reading is this site’s, not a definition the paper was read to give.',
  }),
  reported({
    id: 'glut_progress_years',
    symbol: 'Y_{SIE}',
    label:
      'Years of AI progress a software intelligence explosion probably (~60%) compresses into less than one (Davidson & Houlden 2025, “>3”)',
    unit: '',
    default: 3,
    source: {
      key: 'davidson-houlden-2025',
      locator: 'introduction',
      quote:
        'We think that the software intelligence explosion will probably (~60%) compress >3 years of AI progress into <1 year, but is somewhat unlikely (~20%) to compress >10 years into <1 year.',
    },
    note: 'A lower bound (“more than three years”), of total AI progress at recent rates, held with about 60% probability.',
  }),
  reported({
    id: 'glut_compressed_into_years',
    symbol: 'T_{SIE}',
    label: 'Time into which that progress is compressed (Davidson & Houlden 2025, “<1 year”)',
    unit: '',
    default: 1,
    source: {
      key: 'davidson-houlden-2025',
      locator: 'introduction',
      quote:
        'We think that the software intelligence explosion will probably (~60%) compress >3 years of AI progress into <1 year, but is somewhat unlikely (~20%) to compress >10 years into <1 year.',
    },
    note: 'An upper bound (“less than one year”).',
  }),
  reported({
    id: 'largest_training_run_2025',
    symbol: 'C_{max}',
    label: 'Largest training run in the dataset (Grok 4, July 2025)',
    unit: 'FLOP',
    default: 5e26,
    source: {
      key: 'open-closed-data',
      locator:
        'ai-models v1, row “Grok 4” (training_compute_flop 5.0000000000001e+26, confidence “Speculative”, from Epoch AI’s Data on AI Models)',
    },
    note: 'Epoch AI’s own estimate, carried into ai-models v1 with its confidence rating, which is “Speculative”: the largest figure in the data is also among its least certain.',
  }),
];
