/**
 * device-frontier: the frontier year each home machine matches. The best model
 * that fits in a machine's memory, trained (or distilled) on D tokens, reaches
 * a loss under the Chinchilla law (Hoffmann et al. 2022); the frontier reached
 * that loss in some year, given its training compute in 2025 (the largest run
 * in ai-models v1), its growth, and from v2 algorithmic progress gₐ (Ho et al.
 * 2024), which helps the frontier and the machine's own-year model alike
 * (edge.ts, frontierYearOfLoss). A line projects a 128 GB home machine whose
 * memory grows gₘ× a year (home-machine.ts).
 *
 * Files: params.ts (parameters and constants), frontier.ts (the arithmetic on
 * the table), named-values.ts (values and cases for prose; not v*.ts, which load.ts reads as versions), plot.ts (the drawing).
 */
import {
  devices,
  DEVICE_READS,
  FRONTIER_ANCHOR_COLUMNS,
  FRONTIER_RUN_READS,
  FRONTIER_YEAR,
  frontierAnchorCells,
  frontierRun,
  labelOf,
  shortName,
  withLabel,
} from '../edge-data.ts';
import { formatNumber, formatYear } from '../format.ts';
import { FILE_WIDTH } from '../render.ts';
import { defineFigure, type ColumnDefinition, type FigureData, type TableRow } from '../spec.ts';
import {
  DEVICE,
  PROJECTION,
  withPrice,
  frontierOf,
  homeMemory,
  homeTargetYear,
  matchedYear,
  type AnyParams,
} from './frontier.ts';
import { HOME_MEMORY_GB, LAST_YEAR, PARAMS, PARAMS_V1, TARGET_YEAR, type Key, type KeyV1 } from './params.ts';
import { plotFrontier } from './plot.ts';
import { cases, values, wholeYear } from './named-values.ts';

export interface DeviceFrontierVersion {
  readonly version: number;
  readonly date: string;
  readonly changes: string;
  /** From v2: algorithmic progress gₐ as a parameter (v1 left it out). */
  readonly algorithmicProgress: boolean;
  /** From v3: labels placed by LabelLayout, clear of the lines too (plot.ts). */
  readonly labelLayout?: boolean;
  /**
   * From v4: a machine's name must have its middle nearer its dot than any other too (DotNameRule 'box and
   * middle'; v3 asked only its box to be nearer), and a MacBook is named by its chip ("M4 Max", plot.ts tinyName).
   */
  readonly namesByMiddle?: boolean;
  /** From v5: a name with no clear place beside its dot stands in clear space, joined to it by a leader line (plot.ts). */
  readonly namesByLeader?: boolean;
  /**
   * From v6: machines off the fixed year axis are said in the plot ("▼ 9 machines match a frontier before 2018"),
   * and the key names only the makers with a dot on show: with every slider at its minimum v5 keyed NVIDIA, Apple
   * and AMD over an empty plot (plot.ts).
   */
  readonly offAxisSaid?: boolean;
  /**
   * From v7: every machine the essay names (the RTX 3090 too) is named first, so its name keeps its place, and a
   * note for machines off the axis names the essay's machines among them (plot.ts, off-axis-notes.ts).
   */
  readonly essayNamesFirst?: boolean;
  /** From v8: machines of different makers at one point are drawn as nested rings, every maker's colour on show. */
  readonly nestedDots?: boolean;
  /**
   * From v9: a machine whose dot would stand with its middle under another maker's moves across its year's column
   * (side-by-side.ts): on a phone at 10¹¹ training tokens v8's shared point covered the M3 Ultra's dot.
   */
  readonly sideBySide?: boolean;
}

const VENDORS = ['NVIDIA', 'Apple', 'AMD / Framework'];
/** The maker column, from v2. */
const VENDOR_COLUMN: ColumnDefinition = {
  name: 'vendor',
  label: 'Maker',
  unit: '0 NVIDIA, 1 Apple, 2 AMD / Framework, −1 projection',
  description: 'Maker of the machine (colours the dot).',
  digits: 1,
};

/** The vendor code of the projected machine, which has no maker. */
const NO_VENDOR = -1;

/** The table: every machine in local-devices, then the projected home machine every half year (from v2 with each machine's maker). */
function table(p: AnyParams, data: FigureData, withMaker: boolean): TableRow[] {
  const frontier = frontierOf(p, data);
  const anchor = frontierAnchorCells(frontierRun(data));
  const machines = devices(data).map((d) =>
    withPrice(
      withLabel(
        {
          series: DEVICE,
          year: d.year,
          memory_gb: d.memory_gb,
          ...(withMaker ? { vendor: VENDORS.indexOf(d.vendor) } : {}),
          matched_year: matchedYear(p, frontier, d.memory_gb, d.year),
          ...anchor,
        },
        shortName(d.device),
      ),
      d.price_usd ?? undefined,
    ),
  );
  const projection: TableRow[] = [];
  for (let y = FRONTIER_YEAR; y <= LAST_YEAR; y += 0.5) {
    const memory = homeMemory(p, y);
    projection.push({
      series: PROJECTION,
      year: y,
      memory_gb: memory,
      ...(withMaker ? { vendor: NO_VENDOR } : {}),
      matched_year: matchedYear(p, frontier, memory, y),
      ...anchor,
    });
  }
  return [...machines, ...projection];
}

export function deviceFrontierFigure(options: DeviceFrontierVersion) {
  const {
    algorithmicProgress,
    labelLayout = false,
    namesByMiddle = false,
    namesByLeader = false,
    offAxisSaid = false,
    essayNamesFirst = false,
    nestedDots = false,
    sideBySide = false,
    ...version
  } = options;
  return defineFigure<Key>({
    id: 'device-frontier',
    ...version,
    title: 'Which year’s frontier a home machine matches',
    titleHolds: 'It names what the figure shows (which year’s frontier a machine matches), not an answer.',
    caption: `For each machine in local-devices v1 (dots, by release year and maker), the year whose frontier its best model matches in pre-training loss; the line projects a ${HOME_MEMORY_GB} GB machine of ${formatYear(FRONTIER_YEAR)} whose memory grows at the chosen rate. The frontier is anchored on the largest ${formatYear(FRONTIER_YEAR)} training run in ai-models v1 and grows at the chosen rate${algorithmicProgress ? '; algorithmic progress lowers the compute a given loss needs, for the frontier and for each machine’s model of its own year alike' : ''}. Assumes the Chinchilla law of Hoffmann et al. and a frontier that spends its compute as if compute-optimal. On the dashed diagonal a machine matches its own year’s frontier; points beyond the axes are in the table.`,
    params: (algorithmicProgress ? PARAMS : PARAMS_V1) as typeof PARAMS,
    constants: [
      {
        label: `Memory of the projected home machine in ${formatYear(FRONTIER_YEAR)}`,
        value: HOME_MEMORY_GB,
        unit: 'GB',
        source: 'local-devices v1 (DGX Spark, Ryzen AI Max+ 395)',
      },
      { label: 'Year asked about', value: TARGET_YEAR, unit: 'year', source: 'Open & Closed' },
    ],
    datasets: [
      { name: 'local-devices', version: 1 },
      { name: 'ai-models', version: 1 },
    ],
    reads: { 'local-devices': DEVICE_READS, 'ai-models': FRONTIER_RUN_READS },
    columns: [
      {
        name: 'series',
        label: 'Series',
        unit: '0 machine, 1 projection',
        description: 'A machine in the dataset or the projected home machine.',
        digits: 1,
      },
      {
        name: 'year',
        label: 'Year',
        unit: 'calendar year',
        description: 'Release year (or projection year); its algorithms date the machine’s model.',
        digits: 6,
      },
      { name: 'memory_gb', label: 'Memory', unit: 'GB', description: 'Memory of the machine.', digits: 3 },
      // v1's data.csv has no maker column; its frozen file is what the permalink serves.
      ...(algorithmicProgress ? [VENDOR_COLUMN] : []),
      {
        name: 'matched_year',
        label: 'Frontier matched',
        unit: 'calendar year',
        description: 'Year whose frontier the machine’s best model matches (Hoffmann et al. fit).',
        digits: 6,
      },
      ...FRONTIER_ANCHOR_COLUMNS,
    ],
    values: values(),
    cases: cases(),
    table: (p, data) => table(p, data, algorithmicProgress),
    plot: (_p, rows, _band, frame) =>
      plotFrontier(
        rows,
        rows[0]!.frontier_year_anchor!,
        FRONTIER_YEAR,
        frame?.width ?? FILE_WIDTH,
        !labelLayout
          ? undefined
          : namesByMiddle
            ? {
                dotNames: 'box and middle',
                macsByChip: true,
                leaders: namesByLeader,
                offAxis: offAxisSaid,
                allNamed: essayNamesFirst,
                nestedDots,
                sideBySide,
              }
            : { dotNames: 'box', macsByChip: false },
      ),
    alt(p, rows) {
      const list = rows
        .filter((r) => r.series === DEVICE)
        .map(
          (r) =>
            `${labelOf(r)} (${formatYear(r.year!)}, ${formatNumber(r.memory_gb!, 3)} GB): ${wholeYear(r.matched_year!)}`,
        )
        .join('; ');
      const algorithms = algorithmicProgress
        ? `, with algorithms improving ${formatNumber(p.g_a ?? 1, 2)}× a year`
        : '';
      return `Chart of the frontier year each home machine matches against its release year, at ${formatNumber(p.bits_per_weight, 2)} bits per weight, ${formatNumber(p.training_tokens, 2)} training tokens and frontier compute growing ${formatNumber(p.frontier_compute_growth, 2)}× a year${algorithms}. ${list}. A ${HOME_MEMORY_GB} GB machine whose memory grows ${formatNumber(p.memory_growth, 3)}× a year has ${formatNumber(homeMemory(p, TARGET_YEAR), 2)} GB in ${formatYear(TARGET_YEAR)} and matches the frontier of ${wholeYear(homeTargetYear(p, rows))}.`;
    },
  });
}

export type { Key, KeyV1 };
