/**
 * meek-horizon-gap: an unbounded measure. If the length of task an agent can
 * complete grows as a power of effective compute, H ∝ C^κ (src/model/task-horizon.ts),
 * with κ set by the frontier's measured doubling time (Kwa et al. 2025), then
 * the frontier's lead over the meek actor, as a ratio of horizons, grows for
 * ever, while its lead in loss (meek-loss-gap) fades.
 */
import * as Plot from '@observablehq/plot';
import { followerLagYears, horizonExponent, horizonRatio } from '../../model/task-horizon.ts';
import { formatNumber, formatYear } from '../format.ts';
import { HORIZON_YEARS, START_YEAR } from '../meek-loss-gap/model.ts';
import { registryParams, v4Params } from '../meek-loss-gap/params.ts';
import { formatYears } from '../meek-loss-gap/values.ts';
import { ratioTicks } from '../layout/ratio-ticks.ts';
import { registryParam } from '../registry-param.ts';
import { defineFigure, type Params, type TableRow } from '../spec.ts';
import { theme } from '../theme.ts';

type Key = 'g_i' | 'g_h' | 'g_a' | 'lead' | 'horizon_doubling_months';
const STEPS_PER_YEAR = 4;
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
  return `${formatNumber(ratio, 2)} times`;
}

export function meekHorizonGapFigure(options: {
  version: number;
  date: string;
  changes: string;
  readonly current?: boolean;
  /** v3 on: the ratio axis labels integers, 1-2-5 or powers of ten (ratioTicks), not SI prefixes such as "1P". */
  readonly readableTicks?: boolean;
}) {
  const { g_i, g_h, g_a, lead } = options.current ? v4Params : registryParams;
  return defineFigure<Key>({
    id: 'meek-horizon-gap',
    version: options.version,
    date: options.date,
    changes: options.changes,
    title: 'Measured by the length of task it can finish, the frontier’s lead keeps growing',
    titleHolds:
      'The ratio of task horizons grows every year at every setting: the horizon is a power of effective compute, and the frontier’s compute grows faster than the meek actor’s.',
    caption:
      'How many times longer a task the frontier actor can complete than the meek actor, if the length of task an agent completes half the time grows as a fixed power of its effective compute, the power set so that the frontier’s horizon doubles every d months at its compute growth. Same actors and growth rates as the loss-gap figure; the power law is an assumption, not a measurement of meek models. Kwa et al. note that the doubling may have sped up in 2024; a shorter doubling time makes the ratio climb faster. The vertical axis, on a log scale, follows the ratios your settings give.',
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
    cases: {
      meekLag: {
        label: 'Whether the meek actor ever reaches the frontier’s compute of a given year',
        options: ['finite', 'never'],
        compute: (p: Params<Key>) => (Number.isFinite(lagAt(p, LATER)) ? 'finite' : 'never'),
      },
    },
    values: {
      laterYear: { label: 'The year the prose compares', compute: () => START_YEAR + LATER, format: formatYear },
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
      horizonRatioGrowth: {
        label: 'Yearly growth of the frontier’s horizon as a multiple of the meek actor’s',
        compute: (p) => p.g_i ** kappa(p),
        format: (v) => `${formatNumber(v, 3)}× a year`,
      },
      meekLagLater: {
        label: `Years the meek actor lags the frontier’s compute of ${START_YEAR + LATER}`,
        compute: (p) => lagAt(p, LATER),
        format: formatYears,
        otherwise: (years) =>
          years === Infinity
            ? `the meek actor never reaches the frontier’s compute of ${START_YEAR + LATER}, because without shared progress its own compute does not grow`
            : undefined,
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
    plot(_p, rows) {
      const end = rows[rows.length - 1]!;
      return {
        width: 640,
        height: 340,
        marginLeft: 60,
        marginRight: 20,
        x: { label: null, tickFormat: formatYear, ticks: 5, domain: [START_YEAR, START_YEAR + HORIZON_YEARS] },
        y: options.readableTicks
          ? {
              type: 'log',
              label: '↑ Frontier horizon ÷ meek horizon',
              grid: true,
              ticks: ratioTicks(Math.max(...rows.map((row) => row.horizon_ratio ?? 1))),
              tickFormat: (d: number) => formatNumber(d, 1),
            }
          : { type: 'log', label: '↑ Frontier horizon ÷ meek horizon', grid: true, ticks: 5, tickFormat: '~s' },
        marks: [
          Plot.ruleY([1], { stroke: theme.reference }),
          Plot.lineY(rows, { x: 'year', y: 'horizon_ratio', stroke: theme.frontier, strokeWidth: 2.25 }),
          // In the top left, which the rising line never reaches, so the label can neither cover it nor leave the plot.
          Plot.text([end], {
            frameAnchor: 'top-left',
            text: () => `${formatRatio(end.horizon_ratio ?? NaN)} in ${formatYear(START_YEAR + HORIZON_YEARS)}`,
            dx: 8,
            dy: 6,
            textAnchor: 'start',
            fill: theme.ink,
            stroke: theme.background,
            strokeWidth: 3,
            paintOrder: 'stroke',
          }),
        ],
      };
    },
    alt(p, rows) {
      const end = rows[rows.length - 1]!;
      const lag = lagAt(p, HORIZON_YEARS);
      const lagSentence = Number.isFinite(lag)
        ? `The meek actor reaches the frontier’s ${formatYear(START_YEAR + HORIZON_YEARS)} compute ${formatYears(lag)} later.`
        : 'Without shared progress the meek actor never reaches the frontier’s compute.';
      return `Line chart on a log scale of the frontier’s task horizon as a multiple of the meek actor’s, ${formatYear(START_YEAR)} to ${formatYear(START_YEAR + HORIZON_YEARS)}, with an exponent of ${formatNumber(kappa(p), 2)} for horizon in effective compute. The ratio rises from ${formatNumber(rows[0]?.horizon_ratio ?? NaN, 2)} at the start to ${formatRatio(end.horizon_ratio ?? NaN)}. ${lagSentence}`;
    },
  });
}
