/**
 * The incentives essay prints PaLM 540B's and LLaMA-13B's MMLU and BIG-Bench Hard scores from the memo-costs figure,
 * which reads them from open-closed-benchmarks v2 (Epoch AI's compilation), and cites a table for each. These are
 * the numbers the cited tables print, so a dataset version that moves a score fails here, naming the citation the
 * sentence would then misattribute:
 * - LLaMA-13B ("Llama 1 13B"): Touvron et al. 2023b (Llama 2 paper), Table 3 "Overall performance on grouped academic
 *   benchmarks", row 13B of Llama 1: MMLU (5-shot) 46.9, BBH (3-shot) 37.0 (read from a copy of the paper's page 8).
 *   The LLaMA paper's own MMLU table gives the same 46.9.
 * - PaLM 540B: Chung et al. 2022 (Flan-PaLM), PaLM 540B before instruction finetuning: MMLU 71.3, BBH 49.1. Their
 *   results table could not be read here: these are the values Epoch AI's compilation records (the memo-costs
 *   caption says so), and the BBH score it records for Flan-PaLM 540B, 57.9, is the one listings of the paper give.
 *
 * @example npm exec -- vitest run --project unit tests/data/memo-scores.test.ts
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface ScoreRow {
  readonly model: string;
  readonly benchmark: string;
  readonly score: number;
}

const scores = JSON.parse(
  readFileSync(new URL('../../data/open-closed-benchmarks/v2/open-closed-benchmarks.json', import.meta.url), 'utf8'),
) as ScoreRow[];

/** The one score the dataset has for a model on a benchmark, in per cent. */
function percent(model: string, benchmark: string): number {
  const rows = scores.filter((r) => r.model === model && r.benchmark === benchmark);
  expect(rows, `${model} on ${benchmark}`).toHaveLength(1);
  return Math.round(rows[0]!.score * 1000) / 10;
}

describe('the memo models’ scores the incentives essay cites', () => {
  it.each([
    ['LLaMa-1 13B', 'MMLU', 46.9, 'Touvron et al. 2023b, Table 3'],
    ['LLaMa-1 13B', 'BBH', 37.0, 'Touvron et al. 2023b, Table 3'],
    ['PaLM 540B', 'MMLU', 71.3, 'Chung et al. 2022 (as Epoch AI compiles it)'],
    ['PaLM 540B', 'BBH', 49.1, 'Chung et al. 2022 (as Epoch AI compiles it)'],
  ] as const)('%s on %s is %s%%, as %s prints it', (model, benchmark, cited, _source) => {
    expect(percent(model, benchmark)).toBe(cited);
  });
});
