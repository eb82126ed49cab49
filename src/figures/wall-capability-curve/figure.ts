/**
 * wall-capability-curve: capability against effective compute, with the
 * curve's shape running from log-linear (κ = 0, no wall) to saturating, the
 * curve of 2025 and that of 2035 (raised by ceiling-lifting progress), and
 * where the frontier and open models sit on each (capability-wall.ts,
 * wall-race.ts). The same compute ratio is a smaller capability gap higher up
 * a saturating curve. This file is the spec; curves.ts holds the geometry the
 * spec and the drawing share, plot.ts the drawing.
 */
import { WALL_REFERENCE_OOM, followerStartOom } from '../../model/wall-race.ts';
import { formatNumber, quantity } from '../format.ts';
import { defineFigure, type Params } from '../spec.ts';
import { wallTitleFails } from './title-fails.ts';
import { ordersOfMagnitude, points } from '../wall-shared/units.ts';
import { algorithmicGrowth, ceilingRise, firstVersionParams, openLag, saturation } from '../wall-shared/params.ts';
import { START_YEAR, WALL_DEFAULTS, raceFrom } from '../wall-shared/race.ts';
import {
  LATER_YEAR,
  X_MAX,
  X_MIN,
  bendCase,
  ceilingAt,
  curveRows,
  gapIn,
  positions,
  slopeShare,
  type Key,
} from './curves.ts';
import { plotCurves, type CurveLabelling } from './plot.ts';

/** v7's description: quantities through quantity() (units.ts), "1 point" where v6 said "1 points". */
function altV7(p: Params<Key>, count: number): string {
  const r = raceFrom(p);
  const wall = Number.isFinite(ceilingAt(r, 0))
    ? `saturating towards a ceiling of ${quantity(ceilingAt(r, 0), 'points', 3)} in 2025, rising ${quantity(p.ceiling_rise, 'points')} a year`
    : 'log-linear (no wall)';
  return `Line chart of capability against effective compute from ${-X_MIN} tenfold steps below to ${X_MAX} above the 2025 frontier, ${wall}, over ${count} points. Open models sit ${ordersOfMagnitude(-followerStartOom(r))} behind the frontier: a gap of ${points(gapIn(p, START_YEAR))} in 2025 and ${points(gapIn(p, LATER_YEAR))} in ${LATER_YEAR}.`;
}

/** A published version: its record, and how it places the names (plot.ts CurveLabelling). */
export interface WallCapabilityCurveVersion extends CurveLabelling {
  readonly version: number;
  readonly date: string;
  readonly changes: string;
  /** Version 1's sliders (typed-in compute growth and open lag), so its frozen page lists what it was published with. */
  readonly firstVersionParams?: boolean;
}

export function wallCapabilityCurveFigure(options: WallCapabilityCurveVersion) {
  return defineFigure<Key>({
    id: 'wall-capability-curve',
    version: options.version,
    date: options.date,
    changes: options.changes,
    title: 'The same lead in compute buys less capability near a wall',
    caption: `Capability against effective compute (tenfold steps from the 2025 frontier). Dotted: log-linear, one point per tenfold step. Solid: the 2025 curve with saturation σ; dashed: the 2035 curve, raised by ceiling-lifting progress λ. Dots: the frontier and open models, ℓₒ months of growth apart, in 2025 and 2035; bars: the gap between them. Assumes frontier compute grows ${formatNumber(WALL_DEFAULTS.g_c)}×/yr (Epoch AI 2024) and efficiency gₐ, shared by both sides. The frame is the same for every setting.`,
    params: {
      saturation,
      ceiling_rise: ceilingRise,
      g_a: algorithmicGrowth,
      open_lag: options.firstVersionParams ? firstVersionParams.openLag : openLag,
    },
    constants: [
      {
        label: 'Frontier compute growth',
        value: WALL_DEFAULTS.g_c,
        unit: '×/yr',
        source: 'Parameter registry, frontier_compute_growth (Epoch AI 2024: 4–5× a year)',
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
      gapStart: {
        label: 'Gap in 2025',
        compute: (p) => gapIn(p, START_YEAR),
        format: points,
      },
      gapLater: {
        label: `Gap in ${LATER_YEAR}`,
        compute: (p) => gapIn(p, LATER_YEAR),
        format: points,
      },
      computeGapOom: {
        label: 'Open models’ deficit in effective compute',
        compute: (p) => -followerStartOom(raceFrom(p)),
        format: ordersOfMagnitude,
      },
    },
    cases: {
      bend: {
        label: `How the same compute lead's worth moves from 2025 to ${LATER_YEAR}`,
        options: ['none', 'flattens', 'nearly', 'steepens'],
        compute: bendCase,
      },
    },
    titleFails: (p) =>
      wallTitleFails(
        p.saturation,
        { start: gapIn(p, START_YEAR), later: gapIn(p, LATER_YEAR) },
        { start: START_YEAR, later: LATER_YEAR },
        bendCase(p),
      ),
    table: curveRows,
    plot: (p, rows, _band, frame) => plotCurves(options, p, rows, frame?.width),
    alt(p, rows) {
      if (options.dotsApart) return altV7(p, rows.length);
      const r = raceFrom(p);
      const wall = Number.isFinite(ceilingAt(r, 0))
        ? `saturating towards a ceiling of ${formatNumber(ceilingAt(r, 0), 3)} points in 2025, rising ${formatNumber(p.ceiling_rise)} points a year`
        : 'log-linear (no wall)';
      return `Line chart of capability against effective compute from ${-X_MIN} tenfold steps below to ${X_MAX} above the 2025 frontier, ${wall}, over ${rows.length} points. Open models sit ${formatNumber(-followerStartOom(r), 2)} orders of magnitude behind the frontier: a gap of ${formatNumber(gapIn(p, START_YEAR), 2)} points in 2025 and ${formatNumber(gapIn(p, LATER_YEAR), 2)} in ${LATER_YEAR}.`;
    },
  });
}
