/**
 * ai-models v1 comes from a third-party mirror of Epoch AI's notable-models export (February 2026;
 * data/raw/epoch-models-2026-02-mirror/PROVENANCE.md), whose own notes say to verify it before
 * publishing. This test sets it beside Epoch AI's own copy of its database in the training-cost-trends
 * repository (August 2025 export, data/raw/epoch-training-cost-trends/), model by model, and checks
 * that the facts the essays draw from the recent records hold in both. The counts are pinned: both
 * inputs are frozen files, so any change here is a new snapshot and should be read, not waved through.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normaliseAccessibility } from '../../src/data/datasets/ai-models.ts';
import { decimalYear } from '../../src/data/estimates/decimal-year.ts';
import { recentRecords } from '../../src/data/estimates/recent-records.ts';
import { rawRecords } from '../../src/data/raw.ts';
import { loadDataset } from '../../src/data/site-data.ts';

const EPOCH_REPO = 'epoch-training-cost-trends/All ML Systems - full view.csv';
/** The last publication date in Epoch AI's August 2025 copy: the two are compared up to it. */
const EPOCH_REPO_END = '2025-06-10';

interface Model {
  readonly model: string;
  readonly date: string;
  readonly compute?: number;
  readonly accessibility: string;
}

const mirror: Model[] = (loadDataset('ai-models', 1).rows as Record<string, unknown>[]).map((r) => ({
  model: String(r.model),
  date: String(r.publication_date),
  ...(r.training_compute_flop ? { compute: Number(r.training_compute_flop) } : {}),
  accessibility: String(r.accessibility),
}));
const epoch: Model[] = rawRecords(readFileSync(`data/raw/${EPOCH_REPO}`, 'utf8'), EPOCH_REPO).map((r) => {
  const compute = r.optionalNumber('Training compute (FLOP)');
  return {
    model: r.text('Model'),
    date: r.date('Publication date'),
    ...(compute ? { compute } : {}),
    accessibility: normaliseAccessibility(r.get('Model accessibility')),
  };
});

const releases = (models: readonly Model[], until: string) =>
  models
    .filter((m) => m.compute && m.accessibility !== 'unknown' && m.date >= '2018-01-01' && m.date <= until)
    .map((m) => ({ ...m, date: decimalYear(m.date), value: m.compute!, open: m.accessibility === 'open-weights' }));

describe('ai-models v1 (mirror, February 2026) against Epoch AI’s own August 2025 copy', () => {
  const byName = new Map(epoch.map((m) => [m.model, m]));
  const common = mirror.filter((m) => byName.has(m.model));
  const both = common.filter((m) => m.compute && byName.get(m.model)!.compute);

  it('agrees model by model where both have a value', () => {
    expect(common.length).toBe(691);
    expect(common.filter((m) => m.date !== byName.get(m.model)!.date).length).toBe(4);
    expect(common.filter((m) => m.accessibility !== byName.get(m.model)!.accessibility).length).toBe(5);
    expect(both.length).toBe(425);
    const revised = both.filter((m) => Math.abs(m.compute! / byName.get(m.model)!.compute! - 1) > 1e-3);
    // 11 of 425 compute estimates differ: revisions between the exports (e.g. GPT-4.5 2.1e26 → 3.8e26).
    expect(revised.length).toBe(11);
    expect(revised.map((m) => m.model)).toContain('GPT-4.5');
  });

  it('shows the same recent widening in both, up to the older export’s last date', () => {
    const end = decimalYear(EPOCH_REPO_END);
    for (const models of [mirror, epoch]) {
      const recent = recentRecords(releases(models, EPOCH_REPO_END), end);
      // Gemini 1.0 Ultra (December 2023) then Grok 3 (February 2025): both unmatched in both copies.
      expect(recent.unmatched[0]!.model).toBe('Gemini 1.0 Ultra');
      expect(recent.unmatched.some((r) => /^Grok[- ]3$/.test(r.model))).toBe(true);
      // The open record: Llama 3.1-405B (July 2024); Epoch's August copy adds a fine-tune of it 3% higher.
      expect(recent.openRecord!.value / 3.8e25).toBeGreaterThanOrEqual(1);
      expect(recent.openRecord!.value / 3.8e25).toBeLessThan(1.03);
    }
  });

  it('the mirror alone, to the end of 2025: four closed records since December 2023, all unmatched', () => {
    const recent = recentRecords(releases(mirror, '2025-12-31'), decimalYear('2025-12-31'));
    expect(recent.unmatched.map((r) => r.model)).toEqual(['Gemini 1.0 Ultra', 'Grok 3', 'GPT-4.5', 'Grok 4']);
    expect(recent.openRecord!.model).toBe('Llama 3.1-405B');
    expect(recent.openRecordMonths).toBeGreaterThan(17);
  });
});
