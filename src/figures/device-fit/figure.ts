/**
 * device-fit: for each home machine in local-devices, the largest model that
 * fits in its memory at a given precision, and how fast it decodes that model.
 * Memory bounds size; bandwidth bounds speed, since each token reads every
 * active weight once; a mixture of experts reads only its active share
 * (edge.ts).
 */
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
import { FILE_WIDTH } from '../render.ts';
import { billions, plotDeviceFit } from './plot.ts';
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

/** A decode speed with its unit: "6.4 tokens/s". */
const speed = (x: number) => quantity(x, 'tokens/s');

function byName(rows: readonly TableRow[], prefix: string): TableRow {
  const row = rows.find((r) => labelOf(r).startsWith(prefix));
  if (!row) throw new Error(`device-fit: no device labelled “${prefix}…”`);
  return row;
}

/** Makers in the table's vendor code order (plot.ts colours them in this order). */
const VENDORS = ['NVIDIA', 'Apple', 'AMD / Framework'] as const;

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
    plot: (_p, rows, _band, frame) =>
      plotDeviceFit(rows, frame?.width ?? FILE_WIDTH, {
        reachableEnds: options.reachableEnds,
        everyMachineNamed: options.everyMachineNamed,
      }),
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
