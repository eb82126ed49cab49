/**
 * Which models were at the frontier when they came out. Epoch AI's rule
 * (Sevilla & Roldán 2024, "Training compute of frontier AI models grows by
 * 4–5x per year"): a model is a frontier model if it was among the top 10 by
 * training compute of all models published up to its publication date.
 * Epoch AI applies it to its whole database and exports the result as the
 * "Frontier model" flag; this function applies it to whatever set it is given,
 * here the notable-models export, which is a subset, so it flags more models.
 */
export interface ComputeRelease {
  /** YYYY-MM-DD. */
  readonly publication_date: string;
  readonly training_compute_flop?: number;
}

/**
 * The models among the top `n` by training compute at their release: fewer
 * than `n` models published strictly earlier had more compute. Models without
 * known compute are not ranked. Keeps input order.
 *
 * @example topAtRelease([{ publication_date: '2020-01-01', training_compute_flop: 1 }, { publication_date: '2021-01-01', training_compute_flop: 0.5 }], 1).length // 1
 */
export function topAtRelease<T extends ComputeRelease>(models: readonly T[], n = 10): T[] {
  const known = models.filter((m) => m.training_compute_flop !== undefined && m.training_compute_flop > 0);
  return known.filter((model) => {
    let larger = 0;
    for (const other of known) {
      if (
        other.publication_date < model.publication_date &&
        other.training_compute_flop! > model.training_compute_flop!
      )
        larger++;
      if (larger >= n) return false;
    }
    return true;
  });
}
