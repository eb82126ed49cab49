/**
 * meek-horizon-gap: an unbounded measure. If the length of task an agent can
 * complete grows as a power of effective compute, H ∝ C^κ (src/model/task-horizon.ts),
 * with κ set by the frontier's measured doubling time (Kwa et al. 2025), then
 * the frontier's lead over the meek actor, as a ratio of horizons, grows for
 * ever, while its lead in loss (meek-loss-gap) fades.
 */
import * as Plot from '@observablehq/plot';
import { followerLagYears, horizonExponent, horizonRatio } from '../../model/task-horizon.ts';
import { formatNumber } from '../format.ts';
import { HORIZON_YEARS, START_YEAR } from '../meek-loss-gap/model.ts';
import { registryParams } from '../meek-loss-gap/params.ts';
import { registryParam } from '../registry-param.ts';
import { defineFigure, type Params, type TableRow } from '../spec.ts';

type Key = 'g_i' | 'g_h' | 'g_a' | 'lead' | 'horizon_doubling_months';
const STEPS_PER_YEAR = 4;
const FRONTIER_COLOR = '#1d5fa6';
const LATER = 10;

const doubling = registryParam('horizon_doubling_months', {
  label: 'Frontier horizon doubles every',
  min: 3,
  max: 24,
  step: 0.5,
  scale: 'linear',
});

function kappa(p: Params<Key>) {
  return horizonExponent(p.horizon_doubling_months, p.g_i * p.g_h * p.g_a);
}
const ratioAt = (p: Params<Key>, t: number) => horizonRatio(p.lead * p.g_i ** t, kappa(p));
const lagAt = (p: Params<Key>, t: number) =>
  followerLagYears(t, { computeRatio: p.lead, spendGrowth: p.g_i, sharedGrowth: p.g_h * p.g_a });

/** "316 times"; the ratio is at least 1 whenever ρ ≥ 1 and gᵢ > 1. */
export function formatRatio(ratio: number): string {
  if (!Number.isFinite(ratio)) return 'beyond any number this page can print';
  return `${formatNumber(ratio, 2)} times`;
}
/** "9.4 years"; words when nothing is shared. */
export function formatLag(years: number): string {
  if (!Number.isFinite(years)) return 'for ever: without shared progress the meek actor never gets there';
  return `${formatNumber(years, 2)} ${years === 1 ? 'year' : 'years'}`;
}

export function meekHorizonGapFigure(options: { version: number; date: string; changes: string }) {
  const { g_i, g_h, g_a, lead } = registryParams;
  return defineFigure<Key>({
    id: 'meek-horizon-gap',
    version: options.version,
    date: options.date,
    changes: options.changes,
    title: 'Measured by the length of task it can finish, the frontier’s lead keeps growing',
    caption:
      'How many times longer a task the frontier actor can complete than the meek actor, if task horizon is a power of effective compute, H ∝ C^κ, with κ set so that the frontier’s horizon doubles every d months at its compute growth. Same actors and growth rates as the loss-gap figure; the power law is an assumption, not a measurement of meek models.',
    params: { g_i, g_h, g_a, lead, horizon_doubling_months: doubling },
    constants: [],
    datasets: [],
    columns: [
      { name: 'year', label: 'Year', unit: 'calendar year', description: 'Calendar year.', digits: 6 },
      {
        name: 'horizon_ratio',
        label: 'Horizon ratio',
        unit: '× meek horizon',
        description: 'Frontier horizon as a multiple of the meek actor’s.',
        digits: 4,
      },
    ],
    values: {
      laterYear: { label: 'The year the prose compares', compute: () => START_YEAR + LATER, format: String },
      horizonExponent: {
        label: 'Exponent κ of horizon in effective compute',
        compute: (p) => kappa(p),
        format: (k) => formatNumber(k, 2),
      },
      horizonRatioLater: {
        label: `Frontier horizon as a multiple of the meek actor’s, ${LATER} years after the start`,
        compute: (p) => ratioAt(p, LATER),
        format: formatRatio,
      },
      horizonRatioAtEnd: {
        label: `Frontier horizon as a multiple of the meek actor’s in ${START_YEAR + HORIZON_YEARS}`,
        compute: (p) => ratioAt(p, HORIZON_YEARS),
        format: formatRatio,
      },
      meekLagLater: {
        label: `Years the meek actor lags the frontier’s compute of ${START_YEAR + LATER}`,
        compute: (p) => lagAt(p, LATER),
        format: formatLag,
      },
    },
    table(p: Params<Key>) {
      const rows: TableRow[] = [];
      for (let i = 0; i <= HORIZON_YEARS * STEPS_PER_YEAR; i++) {
        const t = i / STEPS_PER_YEAR;
        rows.push({ year: START_YEAR + t, horizon_ratio: ratioAt(p, t) });
      }
      return rows;
    },
    plot(p, rows) {
      const end = rows[rows.length - 1]!;
      return {
        width: 640,
        height: 340,
        marginLeft: 60,
        marginRight: 20,
        x: { label: null, tickFormat: 'd', domain: [START_YEAR, START_YEAR + HORIZON_YEARS] },
        y: { type: 'log', label: '↑ Frontier horizon ÷ meek horizon', grid: true, ticks: 5, tickFormat: '~s' },
        marks: [
          Plot.ruleY([1], { stroke: '#999' }),
          Plot.lineY(rows, { x: 'year', y: 'horizon_ratio', stroke: FRONTIER_COLOR, strokeWidth: 2.25 }),
          Plot.text([end], {
            x: 'year',
            y: 'horizon_ratio',
            text: () => `${formatRatio(end.horizon_ratio ?? NaN)} in ${START_YEAR + HORIZON_YEARS}`,
            dy: -10,
            textAnchor: 'end',
            fill: '#333',
          }),
        ],
      };
    },
    alt(p, rows) {
      const end = rows[rows.length - 1]!;
      return `Line chart on a log scale of the frontier’s task horizon as a multiple of the meek actor’s, ${START_YEAR} to ${START_YEAR + HORIZON_YEARS}, with κ = ${formatNumber(kappa(p), 2)}: it rises from ${formatRatio(rows[0]?.horizon_ratio ?? NaN)} to ${formatRatio(end.horizon_ratio ?? NaN)}, and the meek actor’s lag behind the frontier’s compute grows to ${formatLag(lagAt(p, HORIZON_YEARS))}.`;
    },
  });
}
