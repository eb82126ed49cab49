/**
 * device-frontier: the frontier year each home machine matches. The best model
 * that fits in a machine's memory, trained (or distilled) on D tokens, reaches
 * a loss under the Chinchilla law (Hoffmann et al. 2022); the frontier reached
 * that loss in some year, given its training compute in 2025 (the largest run
 * in ai-models v1) and its growth (edge.ts, deviceFrontierYear). A line
 * projects a 128 GB home machine whose memory grows g_m× a year
 * (home-machine.ts), to ask whether a 2030 home computer matches the 2025
 * frontier.
 */
import * as Plot from '@observablehq/plot';
import { BESIROGLU_2024, HOFFMANN_2022_TEX, type ChinchillaFit } from '../../model/chinchilla.ts';
import { deviceFrontierYear } from '../../model/edge.ts';
import { projectedMemoryGB, recordMemoryGrowth } from '../../model/home-machine.ts';
import { flipPoint } from '../../model/inverse.ts';
import { formatNumber, formatYear } from '../format.ts';
import {
  BITS_PER_WEIGHT,
  DEVICE_READS,
  FRONTIER_RUN_READS,
  FRONTIER_YEAR,
  TRAINING_TOKENS,
  devices,
  frontierRun,
  labelOf,
  shortName,
  withLabel,
  FRONTIER_ANCHOR_COLUMNS,
  frontierAnchorCells,
  frontierAnchorOf,
} from '../edge-data.ts';
import { FRONTIER_COMPUTE_GROWTH } from '../shared-params.ts';
import { defineFigure, type FigureData, type ParamDefinition, type Params, type TableRow } from '../spec.ts';

type Key = 'bits_per_weight' | 'training_tokens' | 'frontier_compute_growth' | 'memory_growth';

/** The home machine the projection starts from: 128 GB in 2025 (DGX Spark, Ryzen AI Max+ 395, M4 Max). */
const HOME_MEMORY_GB = 128;
const TARGET_YEAR = 2030;
const LAST_YEAR = 2035;
const Y_MIN = 2018;
const Y_MAX = 2030;
const DEVICE = 0;
const PROJECTION = 1;
const COLOR = '#3f7f1f';
const PROJECTION_COLOR = '#c8641b';

const memoryGrowth: ParamDefinition = {
  label: 'Growth of a home machine’s memory',
  symbol: 'gₘ',
  unit: '×/yr',
  description: 'Annual growth factor of the memory of a home AI machine at a steady price.',
  default: 1.4,
  min: 1,
  max: 2,
  step: 0.02,
  scale: 'linear',
  source:
    'local-devices v1: 24 GB for about $1,500 in 2020 (RTX 3090) to 128 GB for $2,000–4,000 in 2025 (Ryzen AI Max+ 395, DGX Spark), about 1.4×/yr; the record machines grew faster',
};

function frontierOf(data: FigureData | null, rows: readonly TableRow[], growth: number) {
  const run = data ? frontierRun(data) : frontierAnchorOf(rows);
  return { year: run.year, frontierCompute: run.compute, growth };
}

function matchedYear(
  p: Params<Key>,
  frontier: ReturnType<typeof frontierOf>,
  memoryGB: number,
  fit: ChinchillaFit = HOFFMANN_2022_TEX,
) {
  return deviceFrontierYear({ memoryGB, bytesPerParameter: p.bits_per_weight / 8 }, p.training_tokens, fit, frontier);
}

const home = (p: Params<Key>, year: number) =>
  projectedMemoryGB({ memoryGB: HOME_MEMORY_GB, year0: FRONTIER_YEAR, growth: p.memory_growth }, year);

const device = (rows: readonly TableRow[], prefix: string) => {
  const row = rows.find((r) => r.series === DEVICE && labelOf(r).startsWith(prefix));
  if (!row) throw new Error(`device-frontier: no device labelled “${prefix}…”`);
  return row;
};

/** Frontier growth at the ends of Epoch AI's published 4–5×/yr range. */
const FRONTIER_GROWTH_RANGE = [4, 5];

/** The 2030 home machine's frontier year at both ends of the frontier-growth range, under both fits of the law. */
function spread(p: Params<Key>, rows: readonly TableRow[]): number[] {
  return FRONTIER_GROWTH_RANGE.flatMap((growth) =>
    [HOFFMANN_2022_TEX, BESIROGLU_2024].map((fit) =>
      matchedYear(p, frontierOf(null, rows, growth), home(p, TARGET_YEAR), fit),
    ),
  );
}

const year = (y: number) => (Number.isFinite(y) ? String(Math.floor(y)) : '–');

/** The shortest name that tells machines apart on this chart. */
function tinyName(name: string): string {
  return name
    .replace(/^Mac Studio /, '')
    .replace(/^MacBook Pro /, 'MacBook ')
    .replace(/ 395$/, '');
}

export interface DeviceFrontierVersion {
  readonly version: number;
  readonly date: string;
  readonly changes: string;
}

export function deviceFrontierFigure(options: DeviceFrontierVersion) {
  return defineFigure<Key>({
    id: 'device-frontier',
    version: options.version,
    date: options.date,
    changes: options.changes,
    title: 'A home machine runs the frontier of a few years before it',
    caption:
      'For each machine in local-devices v1 (dots, by release year), the year whose frontier its best model matches in loss; the line projects a 128 GB machine of 2025 whose memory grows at the chosen rate. Frontier compute is the largest 2025 run in ai-models v1, growing at the chosen rate. Assumes the Chinchilla law of Hoffmann et al. and that the frontier’s capability follows its compute as if compute-optimal; on the diagonal a machine would match its own year’s frontier.',
    params: {
      bits_per_weight: BITS_PER_WEIGHT,
      training_tokens: TRAINING_TOKENS,
      frontier_compute_growth: FRONTIER_COMPUTE_GROWTH,
      memory_growth: memoryGrowth,
    },
    constants: [
      {
        label: 'Memory of the projected home machine in 2025',
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
        description: 'Release year (or projection year).',
        digits: 6,
      },
      { name: 'memory_gb', label: 'Memory', unit: 'GB', description: 'Memory of the machine.', digits: 3 },
      {
        name: 'matched_year',
        label: 'Frontier matched',
        unit: 'calendar year',
        description: 'Year whose frontier the machine’s best model matches (Hoffmann et al. fit).',
        digits: 6,
      },
      ...FRONTIER_ANCHOR_COLUMNS,
    ],
    values: {
      sparkYear: {
        label: 'Frontier year a DGX Spark matches',
        compute: (_p, rows) => device(rows, 'DGX Spark').matched_year!,
        format: year,
      },
      rtx5090Year: {
        label: 'Frontier year an RTX 5090 matches',
        compute: (_p, rows) => device(rows, 'RTX 5090').matched_year!,
        format: year,
      },
      ultraYear: {
        label: 'Frontier year a Mac Studio M3 Ultra matches',
        compute: (_p, rows) => device(rows, 'Mac Studio M3').matched_year!,
        format: year,
      },
      home2030Memory: {
        label: `Memory of the projected home machine in ${TARGET_YEAR}`,
        compute: (p) => home(p, TARGET_YEAR),
        format: (gb) => `${formatNumber(gb, 2)} GB`,
      },
      home2030Year: {
        label: `Frontier year a ${TARGET_YEAR} home machine matches`,
        compute: (p, rows) => matchedYear(p, frontierOf(null, rows, p.frontier_compute_growth), home(p, TARGET_YEAR)),
        format: (y) => formatYear(Math.round(y * 10) / 10),
      },
      home2030YearBesiroglu: {
        label: 'Same, Besiroglu et al. fit',
        compute: (p, rows) =>
          matchedYear(p, frontierOf(null, rows, p.frontier_compute_growth), home(p, TARGET_YEAR), BESIROGLU_2024),
        format: (y) => formatYear(Math.round(y * 10) / 10),
      },
      home2030YearLow: {
        label: 'Same, lowest over fits and growth 4–5×',
        compute: (p, rows) => Math.min(...spread(p, rows)),
        format: (y) => formatYear(Math.round(y * 10) / 10),
      },
      home2030YearHigh: {
        label: 'Same, highest over fits and growth 4–5×',
        compute: (p, rows) => Math.max(...spread(p, rows)),
        format: (y) => formatYear(Math.round(y * 10) / 10),
      },
      home2030Behind: {
        label: 'Years behind its own year’s frontier',
        // At extreme settings the machine matches a frontier later than its own year: it trails by nothing.
        compute: (p, rows) =>
          Math.max(
            0,
            TARGET_YEAR - matchedYear(p, frontierOf(null, rows, p.frontier_compute_growth), home(p, TARGET_YEAR)),
          ),
        format: (y) => formatNumber(y, 2),
      },
      neededTokens: {
        label: 'Tokens needed to match the anchor frontier',
        compute: (p, rows) => {
          const frontier = frontierOf(null, rows, p.frontier_compute_growth);
          const log = flipPoint(
            (e) => matchedYear({ ...p, training_tokens: 10 ** e }, frontier, home(p, TARGET_YEAR)) - FRONTIER_YEAR,
            10,
            18,
          );
          return log === undefined ? NaN : 10 ** log;
        },
        format: (d) => (Number.isFinite(d) ? formatNumber(d, 2) : 'none within 10¹⁸'),
      },
      neededMemoryGrowth: {
        label: 'Memory growth needed to match it',
        compute: (p, rows) => {
          const frontier = frontierOf(null, rows, p.frontier_compute_growth);
          return (
            flipPoint(
              (g) => matchedYear(p, frontier, home({ ...p, memory_growth: g }, TARGET_YEAR)) - FRONTIER_YEAR,
              1,
              10,
            ) ?? NaN
          );
        },
        format: (g) => (Number.isFinite(g) ? `${formatNumber(g, 2)}×` : 'more than 10×'),
      },
      targetYear: { label: 'Year asked about', compute: () => TARGET_YEAR, format: String },
      frontierYear: { label: 'Frontier anchor year', compute: () => FRONTIER_YEAR, format: String },
      frontierCompute: {
        label: 'Largest training run of the anchor year',
        compute: (_p, rows) => rows[0]!.frontier_compute!,
        format: (c) => formatNumber(c, 2),
      },
      recordGrowth: {
        label: 'Record memory growth',
        compute: (_p, rows) =>
          recordMemoryGrowth(
            rows.filter((r) => r.series === DEVICE).map((r) => ({ year: r.year!, memoryGB: r.memory_gb! })),
          ),
        format: (g) => `${formatNumber(g, 2)}×`,
      },
      memoryGrowth: {
        label: 'Home memory growth',
        compute: (p) => p.memory_growth,
        format: (g) => `${formatNumber(g, 2)}×`,
      },
    },
    table(p: Params<Key>, data: FigureData) {
      const run = frontierRun(data);
      const frontier = frontierOf(data, [], p.frontier_compute_growth);
      const constant = frontierAnchorCells(run);
      const machines = devices(data).map((d) =>
        withLabel(
          {
            series: DEVICE,
            year: d.year,
            memory_gb: d.memory_gb,
            matched_year: matchedYear(p, frontier, d.memory_gb),
            ...constant,
          },
          shortName(d.device),
        ),
      );
      const projection: TableRow[] = [];
      for (let y = FRONTIER_YEAR; y <= LAST_YEAR; y += 0.5) {
        const memory = home(p, y);
        projection.push({
          series: PROJECTION,
          year: y,
          memory_gb: memory,
          matched_year: matchedYear(p, frontier, memory),
          ...constant,
        });
      }
      return [...machines, ...projection];
    },
    plot(p, rows) {
      const visible = (r: TableRow) => r.matched_year! >= Y_MIN && r.matched_year! <= Y_MAX;
      const machines = rows.filter((r) => r.series === DEVICE && visible(r));
      const projection = rows.filter((r) => r.series === PROJECTION && visible(r));
      const at2030 = projection.find((r) => r.year === TARGET_YEAR);
      // One label per release year and frontier year: machines that coincide share it, below and to the
      // right of their dot; single machines are labelled to the right before 2023 and to the left after.
      const labels = new Map<string, { year: number; matched_year: number; text: string[] }>();
      for (const m of machines) {
        const key = `${m.year}:${m.matched_year!.toFixed(2)}`;
        const entry = labels.get(key) ?? { year: m.year!, matched_year: m.matched_year!, text: [] };
        entry.text.push(tinyName(labelOf(m)));
        labels.set(key, entry);
      }
      const placed = [...labels.values()].map((l) => ({
        ...l,
        text: l.text.join(' · '),
        place: l.text.length > 1 ? 'below' : l.year < 2023 ? 'right' : 'left',
      }));
      const at = (place: string) => placed.filter((l) => l.place === place);
      return {
        width: 640,
        height: 420,
        marginLeft: 56,
        marginRight: 24,
        x: { label: 'Year the machine is released →', domain: [2019.5, LAST_YEAR], tickFormat: 'd' },
        y: { label: '↑ Frontier year its best model matches', domain: [Y_MIN, Y_MAX], grid: true, tickFormat: 'd' },
        marks: [
          Plot.line(
            [
              { x: 2019.5, y: 2019.5 },
              { x: Y_MAX, y: Y_MAX },
            ],
            { x: 'x', y: 'y', stroke: '#999', strokeDasharray: '4,3' },
          ),
          Plot.text(['same-year frontier'], {
            x: Y_MAX - 1.5,
            y: Y_MAX - 1.5,
            dx: -6,
            dy: -8,
            rotate: -55,
            fill: '#777',
            fontSize: 11,
          }),
          Plot.ruleY([FRONTIER_YEAR], { stroke: '#1d5fa6', strokeOpacity: 0.5 }),
          Plot.text([`the ${FRONTIER_YEAR} frontier`], {
            x: 2019.5,
            y: FRONTIER_YEAR,
            dy: -6,
            textAnchor: 'start',
            fill: '#1d5fa6',
            fontSize: 11,
          }),
          Plot.line(projection, { x: 'year', y: 'matched_year', stroke: PROJECTION_COLOR, strokeWidth: 2 }),
          ...(at2030
            ? [
                Plot.dot([at2030], { x: 'year', y: 'matched_year', r: 5, fill: PROJECTION_COLOR }),
                Plot.text([at2030], {
                  x: 'year',
                  y: 'matched_year',
                  text: () => `${TARGET_YEAR} home machine, ${formatNumber(at2030.memory_gb!, 2)} GB`,
                  dx: 8,
                  dy: 12,
                  textAnchor: 'start',
                  fill: PROJECTION_COLOR,
                  fontWeight: 600,
                }),
              ]
            : []),
          Plot.dot(machines, { x: 'year', y: 'matched_year', r: 4, fill: COLOR }),
          Plot.text(at('left'), {
            x: 'year',
            y: 'matched_year',
            text: 'text',
            dx: -7,
            textAnchor: 'end',
            fill: COLOR,
            fontSize: 10,
          }),
          Plot.text(at('right'), {
            x: 'year',
            y: 'matched_year',
            text: 'text',
            dx: 7,
            textAnchor: 'start',
            fill: COLOR,
            fontSize: 10,
          }),
          Plot.text(at('below'), {
            x: 'year',
            y: 'matched_year',
            text: 'text',
            dx: 4,
            dy: 13,
            textAnchor: 'start',
            fill: COLOR,
            fontSize: 10,
          }),
        ],
      } as Plot.PlotOptions;
    },
    alt(p, rows) {
      const frontier = frontierOf(null, rows, p.frontier_compute_growth);
      const list = rows
        .filter((r) => r.series === DEVICE)
        .map((r) => `${labelOf(r)} (${r.year}, ${r.memory_gb} GB): ${year(r.matched_year!)}`)
        .join('; ');
      return `Chart of the frontier year each home machine matches against its release year, at ${formatNumber(p.bits_per_weight, 2)} bits per weight and ${formatNumber(p.training_tokens, 2)} training tokens. ${list}. A 128 GB machine whose memory grows ${formatNumber(p.memory_growth)}× a year has ${formatNumber(home(p, TARGET_YEAR), 2)} GB in ${TARGET_YEAR} and matches the frontier of ${year(matchedYear(p, frontier, home(p, TARGET_YEAR)))}.`;
    },
  });
}
