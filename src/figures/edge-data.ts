/**
 * What the edge figures read from their datasets: home machines from
 * local-devices, and the frontier's training compute from ai-models (the
 * largest run published in the anchor year), so "the frontier of year Y" is
 * anchored on data rather than typed.
 */
import { decimalYear } from '../data/estimates/decimal-year.ts';
import { registryParam } from './registry-param.ts';
import type { ColumnDefinition, DatasetSlice, FigureData, ParamDefinition, TableRow } from './spec.ts';

export interface DeviceRow {
  readonly device: string;
  readonly vendor: string;
  readonly year: number;
  readonly memory_gb: number;
  readonly memory_bandwidth_gb_s: number;
  readonly price_usd?: number | null;
}

/** What devices() reads of local-devices (the island fetches only this). */
export const DEVICE_READS: DatasetSlice = {
  columns: ['device', 'vendor', 'year', 'memory_gb', 'memory_bandwidth_gb_s', 'price_usd'],
};

/** Home machines in dataset order. */
export function devices(data: FigureData): readonly DeviceRow[] {
  const rows = (data['local-devices'] ?? []) as DeviceRow[];
  if (rows.length === 0) throw new Error('edge figures: local-devices has no rows');
  return rows;
}

/** The year the frontier is anchored in: the last full year of ai-models v1. */
export const FRONTIER_YEAR = 2025;

interface ModelRow {
  readonly model: string;
  readonly publication_date: string;
  readonly training_compute_flop?: number | null;
}

/** What frontierRun() reads of ai-models: runs with compute published in FRONTIER_YEAR. */
export const FRONTIER_RUN_READS: DatasetSlice = {
  columns: ['model', 'publication_date', 'training_compute_flop'],
  rows: (m) =>
    Boolean(m.training_compute_flop) && Math.floor(decimalYear(String(m.publication_date))) === FRONTIER_YEAR,
};

/** The largest training run published in FRONTIER_YEAR, from ai-models. */
export function frontierRun(data: FigureData): { year: number; compute: number; model: string } {
  const runs = ((data['ai-models'] ?? []) as ModelRow[]).filter(
    (m) => m.training_compute_flop && Math.floor(decimalYear(m.publication_date)) === FRONTIER_YEAR,
  );
  if (runs.length === 0) throw new Error(`edge figures: ai-models has no run with compute in ${FRONTIER_YEAR}`);
  const top = runs.reduce((a, b) => (b.training_compute_flop! > a.training_compute_flop! ? b : a));
  return { year: decimalYear(top.publication_date), compute: top.training_compute_flop!, model: top.model };
}

/**
 * Every row of an edge figure's table carries the frontier run it was matched against, so data.csv
 * records the anchor beside each result. The two columns, last in the table:
 */
export const FRONTIER_ANCHOR_COLUMNS: readonly ColumnDefinition[] = [
  {
    name: 'frontier_year_anchor',
    label: 'Frontier anchor date',
    unit: 'calendar year',
    description: `Date of the largest ${FRONTIER_YEAR} run in ai-models v1.`,
    digits: 6,
  },
  {
    name: 'frontier_compute',
    label: 'Frontier anchor compute',
    unit: 'FLOP',
    description: 'Its training compute.',
    digits: 3,
  },
];

/** The anchor columns' values for a row, from the frontier run. */
export function frontierAnchorCells(run: { year: number; compute: number }): TableRow {
  return { frontier_year_anchor: run.year, frontier_compute: run.compute };
}

/** The frontier run a table was matched against, read back from its first row (FRONTIER_ANCHOR_COLUMNS). */
export function frontierAnchorOf(rows: readonly TableRow[]): { year: number; compute: number } {
  const first = rows[0];
  if (first?.frontier_year_anchor === undefined || first.frontier_compute === undefined)
    throw new Error('edge figures: a table without its frontier anchor columns');
  return { year: first.frontier_year_anchor, compute: first.frontier_compute };
}

/**
 * Device names ride along on table rows as a non-enumerable key: the data
 * table and data.csv list only the numeric columns, and plots read the name
 * back with labelOf.
 */
export function withLabel(row: TableRow, label: string): TableRow {
  return Object.defineProperty({ ...row }, 'label', { value: label, enumerable: false });
}
export function labelOf(row: TableRow): string {
  return (row as unknown as { label?: string }).label ?? '';
}

/** Short device names for labels: the part before a parenthesis, or the chip inside it for Macs. */
export function shortName(device: string): string {
  const chip = /\(([^)]+)\)/.exec(device)?.[1];
  if (device.startsWith('Mac') && chip) return `${device.replace(/\s*\(.*/, '')} ${chip}`;
  if (device.startsWith('Framework') && chip) return chip;
  return device.replace(/\s*\(.*/, '').replace(/^GeForce /, '');
}

export const DECODE_EFFICIENCY: ParamDefinition = {
  label: 'Share of peak bandwidth decoding reaches',
  symbol: 'η',
  unit: '',
  description:
    'Single-stream decoding reads every active weight once per token and reaches part of the stated bandwidth.',
  default: 0.6,
  min: 0.3,
  max: 0.9,
  step: 0.05,
  scale: 'linear',
  source: 'Open & Closed working estimate (parameter registry, decode_efficiency: 0.5–0.8)',
};

export const TRAINING_TOKENS: ParamDefinition = {
  label: 'Tokens the local model is trained or distilled on',
  symbol: 'D',
  unit: 'tokens',
  description: 'Training tokens of the model that runs on the device; far past 20 per parameter is over-training.',
  default: 15e12,
  min: 1e11,
  max: 1e15,
  step: 0.05,
  scale: 'log',
  source:
    'Open & Closed; open 8B–70B models have been trained on about 15T tokens (ai-models v1: Llama 3-70B); Sardana et al. 2023 find gains to 10,000 tokens per parameter',
};

export const BITS_PER_WEIGHT: ParamDefinition = {
  label: 'Bits per weight',
  symbol: 'b',
  unit: 'bits',
  description: 'Precision of the stored weights: 16 is unquantised, 4 is the common local setting.',
  default: 4,
  min: 2,
  max: 16,
  step: 0.5,
  scale: 'linear',
  source: 'Open & Closed: 4-bit weights are the usual setting for local inference (e.g. llama.cpp Q4 formats)',
};

/**
 * Algorithmic progress, the registry's gₐ (Ho et al. 2024) with the meek essay's slider range, shared by the
 * edge figures from their v2.
 */
export const ALGORITHMIC_GROWTH: ParamDefinition = registryParam('g_a', {
  min: 1,
  max: 10,
  step: 0.1,
  scale: 'linear',
  description:
    'The yearly factor by which the compute needed for a given loss falls. It helps the frontier and the local model alike; 1 leaves it out.',
});

/** Frontier training compute growth from the registry (4.6×, fitted to ai-models v1; Epoch AI: 4–5×). */
export const FRONTIER_GROWTH: ParamDefinition = registryParam('frontier_compute_growth', {
  min: 2,
  max: 6,
  step: 0.1,
  scale: 'linear',
});
