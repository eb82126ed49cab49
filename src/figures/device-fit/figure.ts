/**
 * device-fit: for each home machine in local-devices, the largest model that
 * fits in its memory at a given precision, and how fast it decodes that model.
 * Memory bounds size; bandwidth bounds speed, since each token reads every
 * active weight once; a mixture of experts reads only its active share
 * (edge.ts).
 */
import * as Plot from '@observablehq/plot';
import { decodeTokensPerSecond, maxParameters } from '../../model/edge.ts';
import { formatNumber } from '../format.ts';
import {
  BITS_PER_WEIGHT,
  DECODE_EFFICIENCY,
  DEVICE_READS,
  devices,
  labelOf,
  shortName,
  withLabel,
} from '../edge-data.ts';
import { defineFigure, type FigureData, type ParamDefinition, type Params, type TableRow } from '../spec.ts';

type Key = 'bits_per_weight' | 'decode_efficiency' | 'active_share';

const VENDOR_COLORS: Record<string, string> = { NVIDIA: '#3f7f1f', Apple: '#555555', 'AMD / Framework': '#b0281a' };

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

const billions = (n: number) => `${formatNumber(n / 1e9, 2)}B`;

function byName(rows: readonly TableRow[], prefix: string): TableRow {
  const row = rows.find((r) => labelOf(r).startsWith(prefix));
  if (!row) throw new Error(`device-fit: no device labelled “${prefix}…”`);
  return row;
}

/**
 * Labels for the dots: machines at the same point share one label, and labels
 * of points close together on the chart are stacked so they do not overlap.
 */
function layoutLabels(rows: readonly TableRow[]) {
  const groups: { max_parameters: number; tokens_per_second: number; names: string[]; vendor: number }[] = [];
  for (const r of rows) {
    const same = groups.find(
      (g) =>
        Math.abs(Math.log(g.max_parameters / r.max_parameters!)) < 1e-9 &&
        Math.abs(Math.log(g.tokens_per_second / r.tokens_per_second!)) < 1e-9,
    );
    if (same) same.names.push(labelOf(r));
    else
      groups.push({
        max_parameters: r.max_parameters!,
        tokens_per_second: r.tokens_per_second!,
        names: [labelOf(r)],
        vendor: r.vendor!,
      });
  }
  groups.sort((a, b) => b.tokens_per_second - a.tokens_per_second);
  const close = (a: (typeof groups)[number], b: (typeof groups)[number]) =>
    Math.abs(Math.log10(a.tokens_per_second / b.tokens_per_second)) < 0.08;
  // A point with a neighbour just to its right at the same height is labelled on its left.
  const left = groups.map((g) =>
    groups.some(
      (h) =>
        close(g, h) &&
        Math.log10(h.max_parameters / g.max_parameters) > 1e-6 &&
        Math.log10(h.max_parameters / g.max_parameters) < 0.5,
    ),
  );
  return groups.map((g, i) => {
    // Stack below earlier labels on the same side at nearly the same place.
    const near = groups
      .slice(0, i)
      .filter(
        (h, k) => left[k] === left[i] && Math.abs(Math.log10(h.max_parameters / g.max_parameters)) < 0.5 && close(g, h),
      ).length;
    return {
      ...g,
      text: g.names.join(' · '),
      dy: near * 13,
      side: left[i] ? 'end' : 'start',
      color: Object.values(VENDOR_COLORS)[g.vendor] ?? '#1d5fa6',
    };
  });
}

export interface DeviceFitVersion {
  readonly version: number;
  readonly date: string;
  readonly changes: string;
}

export function deviceFitFigure(options: DeviceFitVersion) {
  return defineFigure<Key>({
    id: 'device-fit',
    version: options.version,
    date: options.date,
    changes: options.changes,
    title: 'Memory decides how big a model a home machine runs; bandwidth decides how fast',
    caption:
      'Each dot is a machine from local-devices v1: the largest model that fits in 80% of its memory at the chosen precision, and its single-stream decode speed, memory-bound. Assumes decoding reads every active weight once per token; prompt processing, batching and the KV cache are left out.',
    params,
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
        format: (x) => formatNumber(x, 2),
      },
      ryzenSpeed: {
        label: 'Ryzen AI Max+ 395 decode speed for its largest model',
        compute: (_p, rows) => byName(rows, 'Ryzen').tokens_per_second!,
        format: (x) => formatNumber(x, 2),
      },
      ultraParams: {
        label: 'Largest model on a Mac Studio M3 Ultra',
        compute: (_p, rows) => byName(rows, 'Mac Studio M3').max_parameters!,
        format: billions,
      },
      ultraSpeed: {
        label: 'Mac Studio M3 Ultra decode speed for it',
        compute: (_p, rows) => byName(rows, 'Mac Studio M3').tokens_per_second!,
        format: (x) => formatNumber(x, 2),
      },
      rtx5090Params: {
        label: 'Largest model on an RTX 5090',
        compute: (_p, rows) => byName(rows, 'RTX 5090').max_parameters!,
        format: billions,
      },
      rtx5090Speed: {
        label: 'RTX 5090 decode speed for it',
        compute: (_p, rows) => byName(rows, 'RTX 5090').tokens_per_second!,
        format: (x) => formatNumber(x, 2),
      },
      bitsPerWeight: {
        label: 'Bits per weight (the slider)',
        compute: (p) => p.bits_per_weight,
        format: (b) => formatNumber(b, 2),
      },
    },
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
            vendor: Object.keys(VENDOR_COLORS).indexOf(d.vendor),
            tokens_per_second: speed,
          },
          shortName(d.device),
        );
      });
    },
    plot(_p, rows) {
      const color = (d: TableRow) => Object.values(VENDOR_COLORS)[d.vendor!] ?? '#1d5fa6';
      const labels = layoutLabels(rows);
      return {
        width: 640,
        height: 400,
        marginLeft: 56,
        marginRight: 24,
        x: {
          type: 'log',
          label: 'Largest model that fits (parameters) →',
          domain: [5e9, 3e12],
          tickFormat: (d: number) => billions(d),
        },
        y: {
          type: 'log',
          label: '↑ Decode speed (tokens/s)',
          domain: [0.5, 2000],
          grid: true,
          tickFormat: (d: number) => formatNumber(d, 1),
        },
        marks: [
          Plot.dot(rows, { x: 'max_parameters', y: 'tokens_per_second', r: 5, fill: color }),
          ...[...new Set(labels.map((l) => `${l.side} ${l.dy}`))].map((key) => {
            const [side, dy] = key.split(' ') as ['start' | 'end', string];
            return Plot.text(
              labels.filter((l) => `${l.side} ${l.dy}` === key),
              {
                x: 'max_parameters',
                y: 'tokens_per_second',
                text: 'text',
                dx: side === 'end' ? -8 : 8,
                dy: Number(dy),
                textAnchor: side,
                fill: 'color',
                fontSize: 11,
              },
            );
          }),
        ],
      } as Plot.PlotOptions;
    },
    alt(p, rows) {
      const list = rows
        .map(
          (r) =>
            `${labelOf(r)}: ${billions(r.max_parameters!)} parameters at ${formatNumber(r.tokens_per_second!, 2)} tokens/s`,
        )
        .join('; ');
      return `Log-log dot chart of the largest model each home machine holds at ${formatNumber(p.bits_per_weight, 2)} bits per weight against its decode speed, with ${formatNumber(p.active_share * 100, 2)}% of weights active per token. ${list}.`;
    },
  });
}
