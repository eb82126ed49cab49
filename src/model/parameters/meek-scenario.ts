/**
 * The meek-models scenario's own settings: the meek actor's fixed budget, the
 * frontier's head start (this publication's extension of the paper), and the
 * doubling time of the frontier's task horizon used by the unbounded-measure
 * objection. Plain data, like the other groups (validated in ./index.ts).
 */
import type { Citation, ParameterInput } from './schema.ts';

/** The paper's meek budget, quoted from its first figure's caption by a secondary copy. */
const PAPER_BUDGET: Citation = {
  key: 'gundlach-2025',
  locator: 'Fig. 1 caption',
  quote: 'a meek model with a constant compute budget ($1000 budget)',
  verified: false,
  reason:
    'Only the abstract of arXiv:2507.07931 could be read here; the quote is the first figure’s caption as reproduced by a secondary copy.',
};

export const MEEK_SCENARIO: ParameterInput[] = [
  {
    id: 'meek_budget',
    symbol: 'B',
    label: 'Meek training budget',
    unit: 'US$',
    default: 1000,
    source: PAPER_BUDGET,
    low: 1000,
    high: 1000,
    distribution: 'fixed',
    level: 'bounds',
    anchors: [{ label: 'Paper’s budget', value: 1000, source: PAPER_BUDGET }],
    note: 'The paper’s illustrative fixed budget; both actors start from it in its first figure.',
  },
  {
    id: 'head_start',
    symbol: 'ρ',
    label: 'Frontier’s head start in compute',
    unit: '×',
    default: 1,
    source: { key: 'open-closed-estimate', locator: 'extension of Gundlach, Lynch & Thompson 2025, Fig. 1 (ρ = 1)' },
    low: 1,
    high: 1,
    distribution: 'fixed',
    level: 'bounds',
    note: 'Frontier compute at the start as a multiple of the meek actor’s. The paper starts both actors level (1); larger values are this publication’s extension.',
  },
  {
    id: 'horizon_doubling_months',
    symbol: 'd',
    label: 'Doubling time of the frontier’s task horizon',
    unit: 'months',
    default: 7,
    source: {
      key: 'kwa-2025',
      locator: 'abstract (arXiv:2503.14499v2)',
      quote:
        'frontier AI time horizon has been doubling approximately every seven months since 2019, though the trend may have accelerated in 2024',
    },
    low: 7,
    high: 7,
    distribution: 'fixed',
    level: 'bounds',
    note: 'Measured on METR’s software and research tasks, for frontier models only; held fixed until an interval is recorded. The authors add that the trend may have accelerated in 2024: a shorter doubling time would make the frontier’s horizon lead grow faster still.',
  },
];
