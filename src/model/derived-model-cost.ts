/**
 * What a derived model cost: a fine-tune is cheap only if the base model it
 * starts from is counted as free. The 2023 "We have no moat" memo (published
 * by SemiAnalysis) set a fine-tuned 13B model's bill against the full
 * training bill of a 540B one; Vicuna-13B's fine-tune cost about $300 (LMSYS,
 * 2023) on top of LLaMA-13B's pre-training (Touvron et al. 2023).
 */

/**
 * Cost of a training run priced at the dollars per FLOP of a reference run on
 * the same hardware: reference cost × (FLOP ÷ reference FLOP). LLaMA-13B and
 * LLaMA-65B were both trained on A100-80GB GPUs (Touvron et al. 2023, §2.4 and
 * the carbon footprint table), so the 65B run's cost (Cottier et al. 2024)
 * prices the 13B one.
 *
 * @example costAtReferenceRate(7.8e22, { costUsd: 578_026, flop: 5.5e23 }) // ≈ 82,000
 */
export function costAtReferenceRate(flop: number, reference: { costUsd: number; flop: number }): number {
  if (!(reference.flop > 0)) throw new Error(`Reference run needs positive FLOP, got ${reference.flop}`);
  return (reference.costUsd * flop) / reference.flop;
}

/**
 * Cost of a fine-tuned model with a share of its base model's training cost
 * charged to it: fine-tune + share × base. A share of 0 is the memo's
 * accounting (the base model is free); 1 counts everything it took to exist.
 *
 * @example derivedModelCost({ fineTuneUsd: 300, baseModelUsd: 82_000, baseShare: 1 }) // 82,300
 */
export function derivedModelCost(p: { fineTuneUsd: number; baseModelUsd: number; baseShare: number }): number {
  return p.fineTuneUsd + Math.min(1, Math.max(0, p.baseShare)) * p.baseModelUsd;
}
