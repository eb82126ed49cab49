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
  'semianalysis-2023': {
    authors: 'Patel, D., & Ahmad, A. (SemiAnalysis), publishing a leaked Google document',
    year: 2023,
    title: 'Google “We Have No Moat, And Neither Does OpenAI”',
    venue: 'SemiAnalysis',
    url: 'https://www.semianalysis.com/p/google-we-have-no-moat-and-neither',
  },
  'lmsys-vicuna-2023': {
    authors: 'The Vicuna Team (LMSYS)',
    year: 2023,
    title: 'Vicuna: An Open-Source Chatbot Impressing GPT-4 with 90%* ChatGPT Quality',
    venue: 'LMSYS Org blog',
    url: 'https://lmsys.org/blog/2023-03-30-vicuna/',
  },
  'chowdhery-2022': {
    authors: 'Chowdhery, A., Narang, S., Devlin, J., et al.',
    year: 2022,
    title: 'PaLM: Scaling Language Modeling with Pathways',
    venue: 'arXiv:2204.02311',
    url: 'https://arxiv.org/abs/2204.02311',
  },
  'touvron-2023': {
    authors: 'Touvron, H., Lavril, T., Izacard, G., et al.',
    year: 2023,
    title: 'LLaMA: Open and Efficient Foundation Language Models',
    venue: 'arXiv:2302.13971',
    url: 'https://arxiv.org/abs/2302.13971',
  },
  'zheng-2023': {
    authors: 'Zheng, L., Chiang, W.-L., Sheng, Y., et al.',
    year: 2023,
    title: 'Judging LLM-as-a-Judge with MT-Bench and Chatbot Arena',
    venue: 'arXiv:2306.05685',
    url: 'https://arxiv.org/abs/2306.05685',
  },
  'christensen-1997': {
    authors: 'Christensen, C. M.',
    year: 1997,
    title: 'The Innovator’s Dilemma: When New Technologies Cause Great Firms to Fail',
    venue: 'Harvard Business School Press',
    url: 'https://www.hbs.edu/faculty/Pages/item.aspx?num=46',
  },
  'sardana-2023': {
    authors: 'Sardana, N., Portes, J., Doubov, S., & Frankle, J.',
    year: 2023,
    title: 'Beyond Chinchilla-Optimal: Accounting for Inference in Language Model Scaling Laws',
    venue: 'arXiv:2401.00448',
    url: 'https://arxiv.org/abs/2401.00448',
  },
  'gadre-2024': {
    authors: 'Gadre, S. Y., Smyrnis, G., Shankar, V., et al.',
    year: 2024,
    title: 'Language models scale reliably with over-training and on downstream tasks',
    venue: 'arXiv:2403.08540',
    url: 'https://arxiv.org/abs/2403.08540',
  },
  'hinton-2015': {
    authors: 'Hinton, G., Vinyals, O., & Dean, J.',
    year: 2015,
    title: 'Distilling the Knowledge in a Neural Network',
    venue: 'arXiv:1503.02531',
    url: 'https://arxiv.org/abs/1503.02531',
  },
  'nvidia-dgx-spark-2025': {
    authors: 'NVIDIA',
    year: 2025,
    title: 'DGX Spark: specifications',
    venue: 'NVIDIA',
    url: 'https://www.nvidia.com/en-us/products/workstations/dgx-spark/',
  },
  'amd-ryzen-ai-max-2025': {
    authors: 'AMD',
    year: 2025,
    title: 'AMD Ryzen AI Max+ 395: specifications',
    venue: 'AMD',
    url: 'https://www.amd.com/en/products/processors/laptop/ryzen/ai-300-series/amd-ryzen-ai-max-plus-395.html',
  },
  'apple-mac-studio-2025': {
    authors: 'Apple',
    year: 2025,
    title: 'Mac Studio (2025): technical specifications',
    venue: 'Apple',
    url: 'https://www.apple.com/mac-studio/specs/',
  },
  'gguf-llamacpp': {
    authors: 'Gerganov, G., et al.',
    year: 2023,
    title: 'llama.cpp: LLM inference in C/C++ (quantisation formats)',
    venue: 'GitHub',
    url: 'https://github.com/ggml-org/llama.cpp',
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
