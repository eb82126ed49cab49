/**
 * wall-capability-curve: capability against effective compute, with the
 * curve's shape running from log-linear (κ = 0, no wall) to saturating, the
 * curve of 2025 and that of 2035 (raised by ceiling-lifting progress), and
 * where the frontier and open models sit on each (capability-wall.ts,
 * wall-race.ts). The same compute ratio is a smaller capability gap higher up
 * a saturating curve.
 */
import * as Plot from '@observablehq/plot';
import { capability } from '../../model/capability-wall.ts';
import { WALL_REFERENCE_OOM, followerStartOom, type WallRace } from '../../model/wall-race.ts';
import { formatNumber } from '../format.ts';
import { defineFigure, type Params, type TableRow } from '../spec.ts';
import {
  CEILING_COLOR,
  FRONTIER_COLOR,
  OPEN_COLOR,
  START_YEAR,
  algorithmicGrowth,
  ceilingRise,
  openLag,
  raceFrom,
  saturation,
} from '../wall-shared/race.ts';

type Key = 'saturation' | 'ceiling_rise' | 'g_a' | 'open_lag';

const LATER_YEAR = 2035;
const X_MIN = -4;
const X_MAX = 14;

const ceilingAt = (r: WallRace, years: number) =>
  r.saturation > 0 ? 1 / r.saturation + r.ceilingRise * years : Infinity;
const capAt = (r: WallRace, x: number, years: number) =>
  capability(x, { ceiling: ceilingAt(r, years), reference: -WALL_REFERENCE_OOM });
/** Capability points per tenfold compute at x, as a share of the log-linear point. */
const slopeShare = (r: WallRace, x: number, years: number) =>
  Number.isFinite(ceilingAt(r, years)) ? Math.exp(-(x + WALL_REFERENCE_OOM) / ceilingAt(r, years)) : 1;

/** Where the two sides sit in a year: effective compute (log10, relative to the 2025 frontier) and capability. */
function positions(p: Params<Key>) {
  const r = raceFrom(p);
  const perYear = Math.log10(r.computeGrowth * r.algorithmicGrowth);
  return [0, LATER_YEAR - START_YEAR].flatMap((years) =>
    [0, followerStartOom(r)].map((start, side) => {
      const x = start + years * perYear;
      return { year: START_YEAR + years, side, x, c: capAt(r, x, years) };
    }),
  );
}

function gapIn(p: Params<Key>, year: number) {
  const [leader, follower] = positions(p).filter((d) => d.year === year);
  return leader!.c - follower!.c;
}

export interface WallCapabilityCurveVersion {
  readonly version: number;
  readonly date: string;
  readonly changes: string;
}

export function wallCapabilityCurveFigure(options: WallCapabilityCurveVersion) {
  return defineFigure<Key>({
    id: 'wall-capability-curve',
    version: options.version,
    date: options.date,
    changes: options.changes,
    title: 'The same lead in compute buys less capability near a wall',
    caption:
      'Capability against effective compute (tenfold steps from the 2025 frontier). Dotted: log-linear, one point per tenfold step. Solid: the 2025 curve with saturation κ; dashed: the 2035 curve, raised by ceiling-lifting progress ρ. Dots: the frontier and open models, ℓ months of growth apart, in 2025 and 2035. Assumes frontier compute grows 4.7×/yr and efficiency gₐ, shared by both sides.',
    params: { saturation, ceiling_rise: ceilingRise, g_a: algorithmicGrowth, open_lag: openLag },
    constants: [
      {
        label: 'Frontier compute growth',
        value: 4.7,
        unit: '×/yr',
        source: 'Epoch AI 2024, “Training compute of frontier AI models grows by 4–5× per year”',
      },
      {
        label: 'Capability zero below the 2025 frontier',
        value: WALL_REFERENCE_OOM,
        unit: 'orders of magnitude of effective compute',
        source: 'Modelling choice: one point is tenfold effective compute where the curve is still log-linear',
      },
    ],
    datasets: [],
    columns: [
      {
        name: 'compute_oom',
        label: 'Effective compute',
        unit: 'log10 × the 2025 frontier',
        description: 'Orders of magnitude of effective compute relative to the 2025 frontier.',
        digits: 3,
      },
      {
        name: 'log_linear',
        label: 'Log-linear',
        unit: 'points',
        description: 'Capability with no wall.',
        digits: 4,
      },
      {
        name: 'capability_2025',
        label: 'Capability, 2025 curve',
        unit: 'points',
        description: 'Capability under the 2025 ceiling.',
        digits: 4,
      },
      {
        name: 'capability_2035',
        label: 'Capability, 2035 curve',
        unit: 'points',
        description: 'Capability under the 2035 ceiling.',
        digits: 4,
      },
    ],
    values: {
      slopeShareStart: {
        label: 'Capability a tenfold step buys at the 2025 frontier, as a share of the log-linear point',
        compute: (p) => slopeShare(raceFrom(p), 0, 0),
        format: (v) => `${formatNumber(v * 100, 2)}%`,
      },
      slopeShareLater: {
        label: `Capability a tenfold step buys at the ${LATER_YEAR} frontier, as a share of the log-linear point`,
        compute: (p) => {
          const later = positions(p).find((d) => d.year === LATER_YEAR && d.side === 0)!;
          return slopeShare(raceFrom(p), later.x, LATER_YEAR - START_YEAR);
        },
        format: (v) => `${formatNumber(v * 100, 2)}%`,
      },
      ceilingStart: {
        label: 'Ceiling of the 2025 curve, points',
        compute: (p) => ceilingAt(raceFrom(p), 0),
        format: (v) => (Number.isFinite(v) ? formatNumber(v, 2) : 'none (log-linear)'),
      },
      gapStart: {
        label: 'Gap in 2025, points',
        compute: (p) => gapIn(p, START_YEAR),
        format: (v) => formatNumber(v, 2),
      },
      gapLater: {
        label: `Gap in ${LATER_YEAR}, points`,
        compute: (p) => gapIn(p, LATER_YEAR),
        format: (v) => formatNumber(v, 2),
      },
      computeGapOom: {
        label: 'Open models’ deficit in effective compute, orders of magnitude',
        compute: (p) => -followerStartOom(raceFrom(p)),
        format: (v) => formatNumber(v, 2),
      },
    },
    table(p) {
      const r = raceFrom(p);
      const rows: TableRow[] = [];
      for (let i = 0; i <= (X_MAX - X_MIN) * 10; i++) {
        const x = X_MIN + i / 10;
        rows.push({
          compute_oom: x,
          log_linear: x + WALL_REFERENCE_OOM,
          capability_2025: capAt(r, x, 0),
          capability_2035: capAt(r, x, LATER_YEAR - START_YEAR),
        });
      }
      return rows;
    },
    plot(p, rows) {
      const dots = positions(p);
      const top = Math.max(...rows.map((r) => r.capability_2035!), ...dots.map((d) => d.c)) * 1.08;
      const pairs = [START_YEAR, LATER_YEAR].map((year) => {
        const [leader, follower] = dots.filter((d) => d.year === year);
        return { year, x: leader!.x, y1: follower!.c, y2: leader!.c };
      });
      return {
        width: 640,
        height: 380,
        marginLeft: 44,
        marginRight: 16,
        x: {
          label: 'Effective compute, tenfold steps from the 2025 frontier →',
          domain: [X_MIN, X_MAX],
          tickFormat: (d: number) => (d === 0 ? '2025' : d > 0 ? `+${d}` : String(d)),
        },
        y: { label: '↑ Capability (points)', grid: true, domain: [-1, top] },
        marks: [
          // Plot's clip option numbers its clip paths per render, which would make the SVG differ between
          // renders; marks are cut to the frame by filtering their data instead.
          Plot.lineY(
            rows.filter((r) => r.log_linear! <= top),
            {
              x: 'compute_oom',
              y: 'log_linear',
              stroke: CEILING_COLOR,
              strokeDasharray: '1 3',
              strokeWidth: 1.5,
            },
          ),
          Plot.lineY(rows, { x: 'compute_oom', y: 'capability_2025', stroke: '#222', strokeWidth: 2 }),
          Plot.lineY(rows, {
            x: 'compute_oom',
            y: 'capability_2035',
            stroke: '#222',
            strokeWidth: 1.5,
            strokeDasharray: '6 3',
          }),
          Plot.ruleX(pairs, { x: 'x', y1: 'y1', y2: 'y2', stroke: '#222', strokeWidth: 1.5, dx: 8 }),
          Plot.text(pairs, {
            x: 'x',
            y: (d: { y1: number; y2: number }) => (d.y1 + d.y2) / 2,
            text: (d: { year: number; y1: number; y2: number }) => `gap ${formatNumber(d.y2 - d.y1, 2)} in ${d.year}`,
            dx: 12,
            textAnchor: 'start',
            fontSize: 10,
            fill: '#222',
          }),
          Plot.dot(dots, {
            x: 'x',
            y: 'c',
            r: 4.5,
            fill: (d: { side: number }) => (d.side === 0 ? FRONTIER_COLOR : OPEN_COLOR),
            stroke: 'white',
          }),
          Plot.text(
            dots.filter((d) => d.year === START_YEAR),
            {
              x: 'x',
              y: 'c',
              text: (d: { side: number }) => (d.side === 0 ? 'Frontier' : 'Open'),
              dx: -8,
              dy: -8,
              textAnchor: 'end',
              fill: (d: { side: number }) => (d.side === 0 ? FRONTIER_COLOR : OPEN_COLOR),
              fontWeight: 600,
            },
          ),
          Plot.text(['log-linear'], {
            frameAnchor: 'top-right',
            dx: -4,
            dy: 4,
            textAnchor: 'end',
            fill: CEILING_COLOR,
            fontSize: 10,
          }),
        ],
      };
    },
    alt(p, rows) {
      const r = raceFrom(p);
      const wall = Number.isFinite(ceilingAt(r, 0))
        ? `saturating towards a ceiling of ${formatNumber(ceilingAt(r, 0), 3)} points in 2025, rising ${formatNumber(p.ceiling_rise)} points a year`
        : 'log-linear (no wall)';
      return `Line chart of capability against effective compute from ${X_MIN} to +${X_MAX} tenfold steps around the 2025 frontier, ${wall}, over ${rows.length} points. Open models sit ${formatNumber(-followerStartOom(r), 2)} orders of magnitude behind the frontier: a gap of ${formatNumber(gapIn(p, START_YEAR), 2)} points in 2025 and ${formatNumber(gapIn(p, LATER_YEAR), 2)} in ${LATER_YEAR}.`;
    },
  });
}
