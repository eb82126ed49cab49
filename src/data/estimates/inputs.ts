/**
 * The fields of each published dataset's rows that the estimates read. Rows
 * are validated against their dataset's schema before they get here; these
 * interfaces only name what the estimates use.
 */

/** An ai-models row. */
export interface AiModel {
  readonly model?: string;
  readonly publication_date: string;
  /** Epoch AI's domains, comma-separated, e.g. "Multimodal,Language,Vision". */
  readonly domain?: string;
  readonly training_compute_flop?: number;
  readonly frontier: boolean;
  readonly accessibility: string;
}

/** An open-closed-benchmarks row. */
export interface BenchmarkScore {
  readonly date: string;
  readonly benchmark: string;
  readonly score: number;
  readonly open: boolean;
  readonly training_compute_flop?: number;
}

/** An ml-hardware row. */
export interface Chip {
  readonly hardware?: string;
  readonly release_date: string;
  readonly type?: string;
  readonly release_price_usd?: number;
  readonly fp32_flop_s?: number;
  readonly fp32_flop_s_per_usd?: number;
  /** Epoch AI's "ML hardware" flag: used to train notable models. */
  readonly ml_hardware?: boolean;
}

/** A training-costs row. */
export interface TrainingCost {
  readonly publication_date: string;
  readonly amortized_hardware_energy_usd?: number;
}

/** Whether a model is a language model: Epoch AI lists "Language" among its domains (multimodal LLMs included). */
export const isLanguageModel = (model: Pick<AiModel, 'domain'>) =>
  (model.domain ?? '').split(',').some((d) => d.trim() === 'Language');
