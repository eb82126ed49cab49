/**
 * device-frontier's named values for prose and its cases, the wording live
 * prose chooses by. Each formatter returns a value in its unit ("2027",
 * "3.2 years", "688 GB", "1.4×"); sentences that hold only in one case are
 * written once per case in the essay (<FigureCases>/<When>).
 */
import { BESIROGLU_2024 } from '../../model/chinchilla.ts';
import { recordMemoryGrowth } from '../../model/home-machine.ts';
import { flipPoint } from '../../model/inverse.ts';
import { formatNumber, formatYear, quantity } from '../format.ts';
import type { FigureCase, FigureValue, Params, TableRow } from '../spec.ts';
import { DEVICE, deviceRow, homeMemory, homeTargetYear, priceOf, spread } from './frontier.ts';
import { TARGET_YEAR, type Key } from './params.ts';

/** A year to the nearest whole year: 2026.8 reads "2027" (rounded, not floored). */
export const wholeYear = (y: number) => formatYear(Math.round(y));
/** A year to a tenth: "2026.8". */
const tenthYear = (y: number) => formatYear(Math.round(y * 10) / 10);
/** A duration in years: "3.2 years", "1 year". */
export const years = (y: number) => quantity(Math.abs(y), 'years');
const factor = (g: number) => `${formatNumber(g, 2)}×`;

/** The date of the frontier anchor run, read from the table. */
const anchorDate = (rows: readonly TableRow[]) => rows[0]!.frontier_year_anchor!;

/**
 * How far neededTokens and neededMemoryGrowth look for the setting that turns the answer: the edge prints these
 * bounds ("no number of training tokens between 10¹⁰ and 10¹⁸ turns it") through the values below, never typed.
 */
export const TOKENS_SEARCH = { low: 1e10, high: 1e18 } as const;
export const MEMORY_GROWTH_SEARCH = { low: 1, high: 10 } as const;

/** Training tokens at which the home machine of TARGET_YEAR matches the anchor frontier, within TOKENS_SEARCH. */
function neededTokens(p: Params<Key>, rows: readonly TableRow[]): number {
  const [low, high] = [Math.log10(TOKENS_SEARCH.low), Math.log10(TOKENS_SEARCH.high)];
  const log = flipPoint((e) => homeTargetYear({ ...p, training_tokens: 10 ** e }, rows) - anchorDate(rows), low, high);
  return log === undefined ? NaN : 10 ** log;
}

/** Memory growth at which it does, within MEMORY_GROWTH_SEARCH (×/yr). */
function neededMemoryGrowth(p: Params<Key>, rows: readonly TableRow[]): number {
  const { low, high } = MEMORY_GROWTH_SEARCH;
  return flipPoint((g) => homeTargetYear({ ...p, memory_growth: g }, rows) - anchorDate(rows), low, high) ?? NaN;
}

/** A power of ten as the essay writes it: 1e10 → "10¹⁰" (formatNumber's "1×10¹⁰" without the "1×"). */
const powerOfTen = (v: number) => formatNumber(v, 1).replace(/^1×/, '');
/** A bound of a search, printed as the essay names it. */
const bound = (label: string, value: number, format: (v: number) => string): FigureValue<Key> => ({
  label,
  compute: () => value,
  format,
});

const machines = (rows: readonly TableRow[]) => rows.filter((r) => r.series === DEVICE);
/** Machines whose best model matches the frontier of their own release year or a later one. */
const onOrAboveDiagonal = (rows: readonly TableRow[]) => machines(rows).filter((r) => r.matched_year! >= r.year!);

/** The three machines the essay names. */
function deviceValues(year: (y: number) => string): Record<string, FigureValue<Key>> {
  return {
    sparkYear: {
      label: 'Frontier year a DGX Spark matches',
      compute: (_p, rows) => deviceRow(rows, 'DGX Spark').matched_year!,
      format: year,
    },
    rtx5090Year: {
      label: 'Frontier year an RTX 5090 matches',
      compute: (_p, rows) => deviceRow(rows, 'RTX 5090').matched_year!,
      format: year,
    },
    ultraYear: {
      label: 'Frontier year a Mac Studio M3 Ultra matches',
      compute: (_p, rows) => deviceRow(rows, 'Mac Studio M3').matched_year!,
      format: year,
    },
  };
}

/** Launch price of a machine, from local-devices (NaN where the dataset states none). */
const priceOfDevice = (rows: readonly TableRow[], prefix: string) => priceOf(deviceRow(rows, prefix));
const dollars = (x: number) => `$${formatNumber(x, 4)}`;

/** Yearly growth of launch memory per launch dollar from one machine to another (local-devices). */
function memoryPerDollarGrowth(rows: readonly TableRow[], from: string, to: string): number {
  const a = deviceRow(rows, from);
  const b = deviceRow(rows, to);
  const perDollar = (r: TableRow) => r.memory_gb! / priceOf(r);
  return (perDollar(b) / perDollar(a)) ** (1 / (b.year! - a.year!));
}

/** Data values: what local-devices says about memory and price, the same at every setting. */
function dataValues(): Record<string, FigureValue<Key>> {
  return {
    rtx3090Price: {
      label: 'RTX 3090 launch price',
      compute: (_p, rows) => priceOfDevice(rows, 'RTX 3090'),
      format: dollars,
    },
    frameworkPrice: {
      label: 'Framework Desktop (Ryzen AI Max+ 395, 128 GB) launch price',
      compute: (_p, rows) => priceOfDevice(rows, 'Ryzen'),
      format: dollars,
    },
    sparkPrice: {
      label: 'DGX Spark launch price',
      compute: (_p, rows) => priceOfDevice(rows, 'DGX Spark'),
      format: dollars,
    },
    frameworkSaving: {
      label: 'How much less the Framework Desktop cost at launch than the DGX Spark',
      compute: (_p, rows) => 1 - priceOfDevice(rows, 'Ryzen') / priceOfDevice(rows, 'DGX Spark'),
      format: (x) => `${formatNumber(x * 100, 2)}%`,
    },
    memoryGrowthPerMachine: {
      label: 'Yearly memory growth from the RTX 3090 to the 128 GB Framework Desktop',
      compute: (_p, rows) => {
        const a = deviceRow(rows, 'RTX 3090');
        const b = deviceRow(rows, 'Ryzen');
        return (b.memory_gb! / a.memory_gb!) ** (1 / (b.year! - a.year!));
      },
      format: factor,
    },
    memoryPerDollarGrowthFramework: {
      label: 'Yearly growth of memory per launch dollar, RTX 3090 to Framework Desktop',
      compute: (_p, rows) => memoryPerDollarGrowth(rows, 'RTX 3090', 'Ryzen'),
      format: factor,
    },
    memoryPerDollarGrowthSpark: {
      label: 'Yearly growth of memory per launch dollar, RTX 3090 to DGX Spark',
      compute: (_p, rows) => memoryPerDollarGrowth(rows, 'RTX 3090', 'DGX Spark'),
      format: factor,
    },
  };
}

/** Values for prose (every version registers the same; v1 has no gₐ, so it reads as 1). */
export function values(): Record<string, FigureValue<Key>> {
  return {
    ...deviceValues(wholeYear),
    ...dataValues(),
    rtx5090Lag: {
      label: 'Years an RTX 5090’s best model trails the frontier of its release year',
      compute: (_p, rows) => {
        const row = deviceRow(rows, 'RTX 5090');
        return row.year! - row.matched_year!;
      },
      format: years,
    },
    machinesOnDiagonal: {
      label: 'Machines that match the frontier of their own release year or a later one',
      compute: (_p, rows) => onOrAboveDiagonal(rows).length,
      format: (n) => formatNumber(n, 2),
    },
    machineCount: {
      label: 'Machines in the figure',
      compute: (_p, rows) => machines(rows).length,
      format: (n) => formatNumber(n, 2),
    },
    home2030Memory: {
      label: `Memory of the projected home machine in ${TARGET_YEAR}`,
      compute: (p) => homeMemory(p, TARGET_YEAR),
      format: (gb) => `${formatNumber(gb, 2)} GB`,
    },
    home2030Year: {
      label: `Frontier year a ${TARGET_YEAR} home machine matches`,
      compute: (p, rows) => homeTargetYear(p, rows),
      format: tenthYear,
    },
    home2030YearWithoutAlgorithms: {
      label: `The same without algorithmic progress (gₐ = 1)`,
      compute: (p, rows) => homeTargetYear({ ...p, g_a: 1 }, rows),
      format: tenthYear,
    },
    home2030YearBesiroglu: {
      label: 'Same, Besiroglu et al. fit',
      compute: (p, rows) => homeTargetYear(p, rows, BESIROGLU_2024),
      format: tenthYear,
    },
    home2030YearLow: {
      label: 'Same, lowest over both fits and frontier growth 4–5×',
      compute: (p, rows) => Math.min(...spread(p, rows)),
      format: tenthYear,
    },
    home2030YearHigh: {
      label: 'Same, highest over both fits and frontier growth 4–5×',
      compute: (p, rows) => Math.max(...spread(p, rows)),
      format: tenthYear,
    },
    home2030Gap: {
      label: `Years between ${TARGET_YEAR} and the frontier its home machine matches`,
      compute: (p, rows) => TARGET_YEAR - homeTargetYear(p, rows),
      format: years,
    },
    neededTokens: {
      label: 'Training tokens at which it matches the anchor frontier',
      compute: (p, rows) => neededTokens(p, rows),
      format: (d) => formatNumber(d, 2),
    },
    neededMemoryGrowth: {
      label: 'Memory growth at which it matches the anchor frontier',
      compute: (p, rows) => neededMemoryGrowth(p, rows),
      format: factor,
    },
    tokensSearchLow: bound('Fewest training tokens searched for a turn', TOKENS_SEARCH.low, powerOfTen),
    tokensSearchHigh: bound('Most training tokens searched for a turn', TOKENS_SEARCH.high, powerOfTen),
    memoryGrowthSearchLow: bound('Slowest memory growth searched for a turn', MEMORY_GROWTH_SEARCH.low, factor),
    memoryGrowthSearchHigh: bound('Fastest memory growth searched for a turn', MEMORY_GROWTH_SEARCH.high, factor),
    algorithmicGrowth: {
      label: 'Algorithmic progress (the slider)',
      compute: (p) => p.g_a ?? 1,
      format: factor,
    },
    frontierCompute: {
      label: 'Largest training run of the anchor year',
      compute: (_p, rows) => rows[0]!.frontier_compute!,
      format: (c) => `${formatNumber(c, 2)} FLOP`,
    },
    recordGrowth: {
      label: 'Growth of the largest home machine’s memory',
      compute: (_p, rows) => recordMemoryGrowth(machines(rows).map((r) => ({ year: r.year!, memoryGB: r.memory_gb! }))),
      format: factor,
    },
    memoryGrowth: {
      label: 'Home memory growth (the slider)',
      compute: (p) => p.memory_growth,
      format: factor,
    },
  };
}

/** Cases: which sentence holds at the reader's settings. */
export function cases(): Record<string, FigureCase<Key>> {
  return {
    anchorMatch: {
      label: `Whether the ${TARGET_YEAR} home machine matches the anchor year's frontier`,
      options: ['matches', 'short'],
      compute: (p, rows) => (homeTargetYear(p, rows) >= anchorDate(rows) ? 'matches' : 'short'),
    },
    ownYear: {
      label: `Whether the ${TARGET_YEAR} home machine trails the frontier of its own year`,
      options: ['trails', 'level'],
      compute: (p, rows) => (homeTargetYear(p, rows) < TARGET_YEAR ? 'trails' : 'level'),
    },
    rtx5090: {
      label:
        'How far an RTX 5090 trails the frontier of its release year, against Epoch AI’s measured 6 to 12 months: longer than a year, up to a year, or not at all',
      options: ['longer', 'within', 'level'],
      compute: (_p, rows) => {
        const row = deviceRow(rows, 'RTX 5090');
        const lag = row.year! - row.matched_year!;
        return lag > 1 ? 'longer' : lag > 0 ? 'within' : 'level';
      },
    },
    diagonal: {
      label: 'Whether any machine matches the frontier of its own release year',
      options: ['none', 'some'],
      compute: (_p, rows) => (onOrAboveDiagonal(rows).length === 0 ? 'none' : 'some'),
    },
    algorithms: {
      label: 'What algorithmic progress does to the answer: none in the model, decides it, or moves the year only',
      options: ['none', 'decides', 'moves'],
      compute: (p, rows) => {
        if ((p.g_a ?? 1) <= 1) return 'none';
        const anchor = anchorDate(rows);
        const withIt = homeTargetYear(p, rows) >= anchor;
        const without = homeTargetYear({ ...p, g_a: 1 }, rows) >= anchor;
        return withIt !== without ? 'decides' : 'moves';
      },
    },
    spreadWidth: {
      label: 'Whether both fits and frontier growth of 4× and 5× a year give one year (to a tenth) or a range',
      options: ['range', 'single'],
      compute: (p, rows) => {
        const years = spread(p, rows).map(tenthYear);
        return new Set(years).size === 1 ? 'single' : 'range';
      },
    },
    fitSpread: {
      label: 'Whether the answer is the same under both fits of the law and frontier growth of 4× and 5× a year',
      options: ['same', 'differs'],
      compute: (p, rows) => {
        const anchor = anchorDate(rows);
        const answers = new Set(spread(p, rows).map((y) => y >= anchor));
        return answers.size === 1 ? 'same' : 'differs';
      },
    },
    tokensLever: {
      label: 'Whether some number of training tokens within 10¹⁰–10¹⁸ flips the answer',
      options: ['found', 'none'],
      compute: (p, rows) => (Number.isFinite(neededTokens(p, rows)) ? 'found' : 'none'),
    },
    memoryLever: {
      label: 'Whether some memory growth within 1–10× a year flips the answer',
      options: ['found', 'none'],
      compute: (p, rows) => (Number.isFinite(neededMemoryGrowth(p, rows)) ? 'found' : 'none'),
    },
  };
}
