/**
 * The works the model's parameters and equations come from. Keys are stable:
 * parameters cite them as `source.key` with a locator (page, table, equation).
 */
export interface Reference {
  readonly authors: string;
  readonly year: number;
  readonly title: string;
  readonly venue: string;
  readonly url: string;
}

export const BIBLIOGRAPHY = {
  'hoffmann-2022': {
    authors: 'Hoffmann, J., Borgeaud, S., Mensch, A., et al.',
    year: 2022,
    title: 'Training Compute-Optimal Large Language Models',
    venue: 'arXiv:2203.15556',
    url: 'https://arxiv.org/abs/2203.15556',
  },
  'besiroglu-2024': {
    authors: 'Besiroglu, T., Erdil, E., Barnett, M., & You, J.',
    year: 2024,
    title: 'Chinchilla Scaling: A replication attempt',
    venue: 'arXiv:2404.10102',
    url: 'https://arxiv.org/abs/2404.10102',
  },
  'gundlach-2025': {
    authors: 'Gundlach, H., Lynch, J., & Thompson, N.',
    year: 2025,
    title: 'Meek Models Shall Inherit the Earth',
    venue: 'arXiv:2507.07931',
    url: 'https://arxiv.org/abs/2507.07931',
  },
  'epoch-compute-trends-2024': {
    authors: 'Sevilla, J., & Roldán, E. (Epoch AI)',
    year: 2024,
    title: 'Training Compute of Frontier AI Models Grows by 4-5x per Year',
    venue: 'Epoch AI',
    url: 'https://epoch.ai/blog/training-compute-of-frontier-ai-models-grows-by-4-5x-per-year',
  },
  'hobbhahn-2022': {
    authors: 'Hobbhahn, M., & Besiroglu, T.',
    year: 2022,
    title: 'Trends in GPU Price-Performance',
    venue: 'Epoch AI',
    url: 'https://epoch.ai/blog/trends-in-gpu-price-performance',
  },
  'ho-2024': {
    authors: 'Ho, A., Besiroglu, T., Erdil, E., et al.',
    year: 2024,
    title: 'Algorithmic progress in language models',
    venue: 'arXiv:2403.05812',
    url: 'https://arxiv.org/abs/2403.05812',
  },
  'cottier-2024': {
    authors: 'Cottier, B., Rahman, R., Fattorini, L., Maslej, N., Besiroglu, T., & Owen, D.',
    year: 2024,
    title: 'The rising costs of training frontier AI models',
    venue: 'arXiv:2405.21015',
    url: 'https://arxiv.org/abs/2405.21015',
  },
  'cottier-2025-inference': {
    authors: 'Cottier, B., Snodin, B., Owen, D., & Adamczewski, T. (Epoch AI)',
    year: 2025,
    title: 'LLM inference prices have fallen rapidly but unequally across tasks',
    venue: 'Epoch AI Data Insight',
    url: 'https://epoch.ai/data-insights/llm-inference-price-trends',
  },
  'epoch-open-models-2024': {
    authors: 'Cottier, B., You, J., Martemianova, N., & Owen, D. (Epoch AI)',
    year: 2024,
    title: 'How Far Behind Are Open Models?',
    venue: 'Epoch AI',
    url: 'https://epoch.ai/blog/open-models-report',
  },
  'kaplan-2020': {
    authors: 'Kaplan, J., McCandlish, S., Henighan, T., et al.',
    year: 2020,
    title: 'Scaling Laws for Neural Language Models',
    venue: 'arXiv:2001.08361',
    url: 'https://arxiv.org/abs/2001.08361',
  },
  'epoch-open-closed-eci-2026': {
    authors: 'Edwards, J., & Emberson, L. (Epoch AI)',
    year: 2026,
    title: 'Open models lag state-of-the-art closed models by 4 months',
    venue: 'Epoch AI Data Insight',
    url: 'https://epoch.ai/data-insights/open-closed-eci-gap',
  },
  'eth-davidson-2025': {
    authors: 'Eth, D., & Davidson, T.',
    year: 2025,
    title: 'Will AI R&D Automation Cause a Software Intelligence Explosion?',
    venue: 'Forethought',
    url: 'https://www.forethought.org/research/will-ai-r-and-d-automation-cause-a-software-intelligence-explosion',
  },
  'davidson-houlden-2025': {
    authors: 'Davidson, T., & Houlden, T.',
    year: 2025,
    title: 'How Quick and Big Would a Software Intelligence Explosion Be?',
    venue: 'Forethought',
    url: 'https://newsletter.forethought.org/p/how-quick-and-big-would-a-software',
  },
  'erdil-2025-gate': {
    authors: 'Erdil, E., Potlogea, A., Besiroglu, T., Roldan, E., Ho, A., Sevilla, J., et al.',
    year: 2025,
    title: 'GATE: An Integrated Assessment Model for AI Automation',
    venue: 'arXiv:2503.04941',
    url: 'https://arxiv.org/abs/2503.04941',
  },
  'open-closed-data': {
    authors: 'Open & Closed',
    year: 2026,
    title: 'Estimates computed from the publication’s datasets',
    venue: 'Open & Closed, /data/',
    url: '/data/',
  },
  'open-closed-estimate': {
    authors: 'Open & Closed',
    year: 2026,
    title: 'Working estimates of this publication, stated with their reasoning',
    venue: 'Open & Closed',
    url: '/parameters/',
  },
} as const satisfies Record<string, Reference>;

export type ReferenceKey = keyof typeof BIBLIOGRAPHY;

/**
 * A reference as one line: "Authors (year). Title. Venue."
 *
 * @example formatReference('ho-2024') // 'Ho, A., Besiroglu, T., Erdil, E., et al. (2024). Algorithmic progress in language models. arXiv:2403.05812.'
 */
export function formatReference(key: ReferenceKey): string {
  const r: Reference = BIBLIOGRAPHY[key];
  return `${r.authors} (${r.year}). ${r.title}. ${r.venue}.`;
}
