/**
 * The releases open-closed-compute draws: models of the ai-models dataset with known training compute and
 * accessibility, and each side's running compute record (the measure of Epoch AI 2024, "How far behind are
 * open models?").
 */
import { decimalYear } from '../../data/estimates/decimal-year.ts';
import type { Release } from '../../data/estimates/open-closed-lag.ts';
import type { FigureData, TableRow } from '../spec.ts';

/** The last year on the x axis: the dataset runs to the end of 2025. */
export const LAST_YEAR = 2026;
/** The last publication date in ai-models v1: closed records unmatched by then are censored there (v2 on). */
export const DATA_END = '2025-12-31';

interface ModelRow {
  readonly publication_date: string;
  readonly training_compute_flop: number | null;
  readonly accessibility: string;
  readonly source_row: number;
}

/**
 * Every model with known compute and accessibility, oldest first (ties by source row), once per dataset:
 * a slider input only changes the first year shown, so parsing ~900 dates on each one would be wasted.
 */
const allReleases = new WeakMap<readonly unknown[], readonly TableRow[]>();
function releasesOf(models: readonly ModelRow[]): readonly TableRow[] {
  let rows = allReleases.get(models);
  if (!rows) {
    rows = models
      .filter((m) => m.training_compute_flop && m.accessibility !== 'unknown')
      .map((m) => ({
        year: decimalYear(m.publication_date),
        training_compute_flop: m.training_compute_flop!,
        open: m.accessibility === 'open-weights' ? 1 : 0,
        source_row: m.source_row,
      }))
      .sort((a, b) => a.year - b.year || a.source_row - b.source_row);
    allReleases.set(models, rows);
  }
  return rows;
}

/** Each model's name by its source row, for the data table's "ai-models row" column (the spec's rowNames). */
export function modelNames(data: FigureData): ReadonlyMap<number, string> {
  const models = (data['ai-models'] ?? []) as readonly { readonly source_row: number; readonly model?: string }[];
  return new Map(models.flatMap((m) => (m.model ? [[m.source_row, m.model] as const] : [])));
}

/** Models with known compute and accessibility, published from `fromYear` on, oldest first. */
export function releases(data: FigureData, fromYear: number): TableRow[] {
  return releasesOf((data['ai-models'] ?? []) as ModelRow[]).filter((r) => r.year! >= fromYear);
}

export const asReleases = (rows: readonly TableRow[]): Release[] =>
  rows.map((r) => ({ date: r.year!, value: r.training_compute_flop!, open: r.open === 1 }));

/** Each side's running record, as steps. */
export function records(rows: readonly TableRow[], open: 0 | 1) {
  let best = 0;
  const steps: { year: number; compute: number }[] = [];
  for (const r of [...rows].filter((r) => r.open === open).sort((a, b) => a.year! - b.year!)) {
    if (r.training_compute_flop! > best) {
      best = r.training_compute_flop!;
      steps.push({ year: r.year!, compute: best });
    }
  }
  if (steps.length > 0) steps.push({ year: LAST_YEAR, compute: best });
  return steps;
}

/** The table's columns: one row per model (every version's). */
export const RELEASE_COLUMNS = [
  {
    name: 'year',
    label: 'Published',
    unit: 'calendar year',
    description: 'Publication date as a decimal year.',
    digits: 6,
  },
  {
    name: 'training_compute_flop',
    label: 'Training compute',
    unit: 'FLOP',
    description: 'Training compute.',
    digits: 3,
  },
  {
    name: 'open',
    label: 'Open weights',
    unit: '1 = open',
    description: '1 for open weights, 0 for closed access.',
    digits: 1,
  },
  {
    name: 'source_row',
    label: 'ai-models row',
    unit: 'row',
    description: 'source_row of the model in ai-models v1.',
    digits: 6,
  },
];
