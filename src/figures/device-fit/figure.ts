/**
 * device-fit: for each home machine in local-devices, the largest model that
 * fits in its memory at a given precision, and how fast it decodes that model.
 * Memory bounds size; bandwidth bounds speed, since each token reads every
 * active weight once; a mixture of experts reads only its active share
 * (edge.ts).
 */
import * as Plot from '@observablehq/plot';
import { decodeTokensPerSecond, maxParameters } from '../../model/edge.ts';
import { formatNumber, quantity } from '../format.ts';
import {
  BITS_PER_WEIGHT,
  DECODE_EFFICIENCY,
  DEVICE_READS,
  devices,
  labelOf,
  shortName,
  withLabel,
} from '../edge-data.ts';
import { placeDataLabels, type AxisScale, type LabelFrame } from '../edge-labels.ts';
import { FILE_WIDTH } from '../render.ts';
import { theme } from '../theme.ts';
import { drawnMachines, machineMarks } from './plot-v4.ts';
import { defineFigure, type FigureData, type ParamDefinition, type Params, type TableRow } from '../spec.ts';

type Key = 'bits_per_weight' | 'decode_efficiency' | 'active_share';

const activeShare: ParamDefinition = {
  label: 'Share of weights active per token',
  symbol: 'a',
  unit: '',
  description: '1 for a dense model; a mixture of experts reads only its active experts for each token.',
  default: 1,
  min: 0.02,
  max: 1,
  step: 0.01,
  scale: 'log',
  source: 'Open & Closed; decode cost scales with active, not total, parameters (edge.ts)',
};

const params: Record<Key, ParamDefinition> = {
  bits_per_weight: BITS_PER_WEIGHT,
  decode_efficiency: DECODE_EFFICIENCY,
  active_share: activeShare,
};

/**
 * From v3 the share runs from 1% to 1: log10 0.01 to log10 1 is 200 whole steps of 0.01, so the slider reaches 1
 * (dense) again. v1 and v2's 2% to 1 was 169.9 steps, and the slider stopped at 0.98 (slider.ts, unreachableEnd).
 */
const paramsFromV3: Record<Key, ParamDefinition> = { ...params, active_share: { ...activeShare, min: 0.01 } };

const billions = (n: number) => `${formatNumber(n / 1e9, 2)}B`;
/** A decode speed with its unit: "6.4 tokens/s". */
const speed = (x: number) => quantity(x, 'tokens/s');

function byName(rows: readonly TableRow[], prefix: string): TableRow {
  const row = rows.find((r) => labelOf(r).startsWith(prefix));
  if (!row) throw new Error(`device-fit: no device labelled “${prefix}…”`);
  return row;
}

/** Makers in the table's vendor code order, with their theme colours. */
const VENDORS = ['NVIDIA', 'Apple', 'AMD / Framework'] as const;
const VENDOR_FILL = [theme.nvidia, theme.apple, theme.amd] as const;
const VENDOR_NAMES = ['NVIDIA', 'Apple', 'AMD'] as const;
const X: AxisScale = { domain: [5e9, 3e12], type: 'log' };
const Y_V1: AxisScale = { domain: [0.5, 2000], type: 'log' };
/**
 * From v3: up to 10,000 tokens/s, which holds every reachable state. At 1% of weights active, 2 bits a weight and
 * 90% of bandwidth an RTX 5090 decodes 6,300 tokens/s; v2's axis stopped at 2,000 (its 2% already reached 3,150),
 * and the dots drawn above it ran into the axis's title.
 */
const Y_FROM_V3: AxisScale = { domain: [0.5, 1e4], type: 'log' };
/**
 * From v4: down to 0.2 tokens/s, room below the slowest dots for their names. At 30% of bandwidth the Ryzen AI
 * Max+ 395 decodes 0.75 tokens/s, 8 px above v3's axis on a phone, and its name found no place beside it.
 */
const Y_FROM_V4: AxisScale = { domain: [0.2, 1e4], type: 'log' };
const FRAME: LabelFrame = { width: 640, height: 400, marginTop: 28, marginRight: 24, marginBottom: 40, marginLeft: 56 };

/** Labels for the dots: machines at the same point share one; each moves or drops rather than overlap (edge-labels.ts). */
function dotLabels(rows: readonly TableRow[], width: number, Y: AxisScale) {
  const groups: { x: number; y: number; names: string[]; vendor: number }[] = [];
  for (const r of rows) {
    const same = groups.find(
      (g) =>
        Math.abs(Math.log(g.x / r.max_parameters!)) < 1e-9 && Math.abs(Math.log(g.y / r.tokens_per_second!)) < 1e-9,
    );
    if (same) same.names.push(labelOf(r));
    else groups.push({ x: r.max_parameters!, y: r.tokens_per_second!, names: [labelOf(r)], vendor: r.vendor! });
  }
  // The machines the essay names first, so theirs are the labels that keep their places.
  const rank = (g: (typeof groups)[number]) => {
    const i = NAMED.findIndex((n) => g.names.some((m) => m.startsWith(n)));
    return i < 0 ? NAMED.length : i;
  };
  groups.sort((a, b) => rank(a) - rank(b) || b.y - a.y);
  const labels = groups.map((g) => ({
    x: g.x,
    y: g.y,
    // Machines sharing a dot: the first and how many more, which fits a phone (the table lists all).
    text: g.names.length > 1 ? `${g.names[0]} +${g.names.length - 1}` : g.names[0]!,
    fill: VENDOR_FILL[g.vendor] ?? theme.ink,
  }));
  // The key to the dots' colours, first, in the empty top-left corner (small, fast models).
  const key = VENDOR_NAMES.map((name, i) => ({
    x: X.domain[0],
    y: Y.domain[1],
    text: `● ${name}`,
    fill: VENDOR_FILL[i]!,
    dot: false,
    places: [{ dx: 6, dy: 8 + 16 * i, textAnchor: 'start' as const }],
  }));
  const all = [...key, ...labels];
  const places = placeDataLabels(all, FRAME, X, Y, width);
  return all.flatMap((label, i) => (places[i] ? [{ ...label, ...places[i]! }] : []));
}

/** The machines the essay names, in its order. */
const NAMED = ['DGX Spark', 'Mac Studio M3', 'Ryzen', 'RTX 5090'];

export interface DeviceFitVersion {
  readonly version: number;
  readonly date: string;
  readonly changes: string;
  /** From v3: the active share's slider reaches both its ends (paramsFromV3), and the speed axis holds every state (Y_FROM_V3). */
  readonly reachableEnds?: boolean;
  /**
   * From v4: every machine told apart at every setting, on a phone too (plot-v4.ts): nearly coinciding machines of
   * different makers drawn a dot apart, of one maker under one name, each name by its own dot or joined to it; and
   * the description's speeds in the singular at 1 ("1 token/s", quantity).
   */
  readonly everyMachineNamed?: boolean;
}

export function deviceFitFigure(options: DeviceFitVersion) {
  return defineFigure<Key>({
    id: 'device-fit',
    version: options.version,
    date: options.date,
    changes: options.changes,
    title: 'Memory decides how big a model a home machine runs; bandwidth decides how fast',
    titleHolds:
      'It says what bounds each axis (memory the size of model, bandwidth its speed), which holds at every setting.',
    caption:
      'Each dot is a machine from local-devices v1: the largest model that fits in 80% of its memory at the chosen precision, and its single-stream decode speed, memory-bound. Assumes decoding reads every active weight once per token; prompt processing, batching and the KV cache are left out.',
    params: options.reachableEnds ? paramsFromV3 : params,
    constants: [
      {
        label: 'Share of memory for weights',
        value: 0.8,
        unit: '',
        source: 'edge.ts (the rest for KV cache, activations, system)',
      },
    ],
    datasets: [{ name: 'local-devices', version: 1 }],
    reads: { 'local-devices': DEVICE_READS },
    columns: [
      {
        name: 'device_row',
        label: 'Device',
        unit: 'row of local-devices v1',
        description: 'Row of the machine.',
        digits: 2,
      },
      { name: 'year', label: 'Released', unit: 'calendar year', description: 'Release year.', digits: 4 },
      { name: 'memory_gb', label: 'Memory', unit: 'GB', description: 'Memory available to the model.', digits: 3 },
      { name: 'bandwidth_gb_s', label: 'Bandwidth', unit: 'GB/s', description: 'Memory bandwidth.', digits: 4 },
      {
        name: 'max_parameters',
        label: 'Largest model',
        unit: 'parameters',
        description: 'Largest parameter count that fits.',
        digits: 3,
      },
      {
        name: 'vendor',
        label: 'Vendor',
        unit: '0 NVIDIA, 1 Apple, 2 AMD / Framework',
        description: 'Maker of the machine (colours the dot).',
        digits: 1,
      },
      {
        name: 'tokens_per_second',
        label: 'Decode speed',
        unit: 'tokens/s',
        description: 'Decode speed of that model.',
        digits: 3,
      },
    ],
    values: {
      sparkParams: {
        label: 'Largest model on a DGX Spark',
        compute: (_p, rows) => byName(rows, 'DGX Spark').max_parameters!,
        format: billions,
      },
      sparkSpeed: {
        label: 'DGX Spark decode speed for it',
        compute: (_p, rows) => byName(rows, 'DGX Spark').tokens_per_second!,
        format: speed,
      },
      ryzenSpeed: {
        label: 'Ryzen AI Max+ 395 decode speed for its largest model',
        compute: (_p, rows) => byName(rows, 'Ryzen').tokens_per_second!,
        format: speed,
      },
      ultraParams: {
        label: 'Largest model on a Mac Studio M3 Ultra',
        compute: (_p, rows) => byName(rows, 'Mac Studio M3').max_parameters!,
        format: billions,
      },
      ultraSpeed: {
        label: 'Mac Studio M3 Ultra decode speed for it',
        compute: (_p, rows) => byName(rows, 'Mac Studio M3').tokens_per_second!,
        format: speed,
      },
      rtx5090Params: {
        label: 'Largest model on an RTX 5090',
        compute: (_p, rows) => byName(rows, 'RTX 5090').max_parameters!,
        format: billions,
      },
      rtx5090Speed: {
        label: 'RTX 5090 decode speed for it',
        compute: (_p, rows) => byName(rows, 'RTX 5090').tokens_per_second!,
        format: speed,
      },
      bitsPerWeight: {
        label: 'Bits per weight (the slider)',
        compute: (p) => p.bits_per_weight,
        format: (b) => `${formatNumber(b, 2)} bits`,
      },
      activeShare: {
        label: 'Share of weights active per token (the slider)',
        compute: (p) => p.active_share,
        format: (a) => `${formatNumber(a * 100, 2)}%`,
      },
    },
    cases: {
      density: {
        label: 'Whether the model is dense or a mixture of experts',
        options: ['dense', 'sparse'],
        compute: (p) => (p.active_share >= 1 ? 'dense' : 'sparse'),
      },
    },
    // The Device column holds the machine's row (data.csv's numbers are published); the table names the machine.
    rowNames: (data) => ({ device_row: new Map(devices(data).map((d, i) => [i + 1, d.device])) }),
    table(p: Params<Key>, data: FigureData) {
      const bytesPerParameter = p.bits_per_weight / 8;
      return devices(data).map((d, i) => {
        const max = maxParameters({ memoryGB: d.memory_gb, bytesPerParameter });
        const speed = decodeTokensPerSecond({
          bandwidthGBs: d.memory_bandwidth_gb_s,
          efficiency: p.decode_efficiency,
          activeParameters: max * p.active_share,
          bytesPerParameter,
        });
        return withLabel(
          {
            device_row: i + 1,
            year: d.year,
            memory_gb: d.memory_gb,
            bandwidth_gb_s: d.memory_bandwidth_gb_s,
            max_parameters: max,
            vendor: VENDORS.indexOf(d.vendor as (typeof VENDORS)[number]),
            tokens_per_second: speed,
          },
          shortName(d.device),
        );
      });
    },
    plot(_p, rows, _band, frame) {
      const width = frame?.width ?? FILE_WIDTH;
      const Y = options.everyMachineNamed ? Y_FROM_V4 : options.reachableEnds ? Y_FROM_V3 : Y_V1;
      const labels = options.everyMachineNamed ? [] : dotLabels(rows, width, Y);
      const rank = (names: readonly string[]) => {
        const i = NAMED.findIndex((n) => names.some((m) => m.startsWith(n)));
        return i < 0 ? NAMED.length : i;
      };
      const machines = options.everyMachineNamed
        ? machineMarks(drawnMachines(rows, FRAME, X, Y, width, rank), VENDOR_FILL, VENDOR_NAMES, {
            left: { x: X.domain[0], y: Y.domain[1] },
            right: { x: X.domain[1], y: Y.domain[1] },
          })
        : [];
      return {
        ...FRAME,
        x: {
          type: 'log',
          label: 'Largest model that fits (parameters) →',
          domain: [...X.domain],
          tickFormat: (d: number) => billions(d),
        },
        y: {
          type: 'log',
          label: '↑ Decode speed (tokens/s)',
          domain: [...Y.domain],
          grid: true,
          tickFormat: (d: number) => formatNumber(d, 1),
        },
        marks: options.everyMachineNamed
          ? machines
          : [
              ...VENDOR_FILL.map((fill, vendor) =>
                Plot.dot(
                  rows.filter((r) => r.vendor === vendor),
                  { x: 'max_parameters', y: 'tokens_per_second', r: 5, fill, stroke: theme.background, strokeWidth: 1 },
                ),
              ),
              ...labels.map((label) =>
                Plot.text([label], {
                  x: 'x',
                  y: 'y',
                  text: 'text',
                  dx: label.dx,
                  dy: label.dy,
                  textAnchor: label.textAnchor,
                  fill: label.fill,
                  stroke: theme.background,
                  strokeWidth: 3,
                  paintOrder: 'stroke',
                  fontSize: 12,
                }),
              ),
            ],
      } as Plot.PlotOptions;
    },
    alt(p, rows) {
      const list = rows
        .map(
          (r) =>
            `${labelOf(r)}: ${billions(r.max_parameters!)} parameters at ${options.everyMachineNamed ? speed(r.tokens_per_second!) : `${formatNumber(r.tokens_per_second!, 2)} tokens/s`}`,
        )
        .join('; ');
      return `Log-log dot chart of the largest model each home machine holds at ${formatNumber(p.bits_per_weight, 2)} bits per weight against its decode speed, with ${formatNumber(p.active_share * 100, 2)}% of weights active per token. ${list}.`;
    },
  });
}
