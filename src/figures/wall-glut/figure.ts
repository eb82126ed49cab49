/**
 * wall-glut: the same race twice, side by side. Left, the wall rises
 * gradually (ceiling-lifting progress at ρ points a year, shared). Right, a
 * sudden glut: from T_g the leader's models find algorithmic improvements,
 * multiplying its progress (efficiency and ceiling) by m; open models get the
 * same speed-up D years later (src/model/wall-race.ts; Eth & Davidson 2025).
 */
import * as Plot from '@observablehq/plot';
import type { RaceState } from '../../model/wall-race.ts';
import { formatNumber } from '../format.ts';
import { defineFigure, type Params, type TableRow } from '../spec.ts';
import {
  CEILING_COLOR,
  FRONTIER_COLOR,
  HORIZON_YEARS,
  LAG_CAP_MONTHS,
  OPEN_COLOR,
  START_YEAR,
  capLag,
  ceilingRise,
  glutDelay,
  glutSpeedUp,
  glutYear,
  raceFrom,
  raceStates,
  saturation,
} from '../wall-shared/race.ts';

type Key = 'saturation' | 'ceiling_rise' | 'glut_year' | 'glut_speedup' | 'glut_delay';

const END_YEAR = START_YEAR + HORIZON_YEARS;
const TARGET_YEAR = 2035;
const SCENARIOS = ['Gradual: the wall rises', 'Sudden: the leader’s glut'] as const;
/** Ceilings above this are "no wall" in the table (κ = 0 has an infinite ceiling). */
const CEILING_CAP = 1000;

const at = (rows: readonly TableRow[], scenario: number, year: number) =>
  rows.find((r) => r.scenario === scenario && Math.abs(r.year! - year) < 1e-9)!;

function peak(rows: readonly TableRow[], column: 'gap' | 'lag_months') {
  const glut = rows.filter((r) => r.scenario === 1);
  return glut.reduce((best, r) => (r[column]! > best[column]! ? r : best), glut[0]!);
}

function rowsOf(scenario: number, states: readonly RaceState[]): TableRow[] {
  return states.map((s) => ({
    scenario,
    year: START_YEAR + s.years,
    frontier: s.leader,
    open: s.follower,
    gap: s.gap,
    lag_months: capLag(s.lagMonths),
    frontier_ceiling: Math.min(s.leaderCeiling, CEILING_CAP),
  }));
}

const months = (v: number) => (v >= LAG_CAP_MONTHS ? `more than ${LAG_CAP_MONTHS}` : formatNumber(v, 2));

export interface WallGlutVersion {
  readonly version: number;
  readonly date: string;
  readonly changes: string;
}

export function wallGlutFigure(options: WallGlutVersion) {
  return defineFigure<Key>({
    id: 'wall-glut',
    version: options.version,
    date: options.date,
    changes: options.changes,
    title: 'A wall that rises slowly for everyone, or a glut that reaches the leader first',
    caption:
      'The same race twice. Left: ceiling-lifting progress arrives gradually and is shared. Right: from T_g the leader’s own models speed up its algorithmic progress, efficiency and ceiling alike, m-fold; open models get the same speed-up D years later. Dashed: the leader’s ceiling. Assumes the shares of compute and efficiency growth and the open lag of the other figures at their defaults (gₐ = 2.8×/yr, g_C = 4.7×/yr, ℓ = 15 months).',
    params: {
      saturation,
      ceiling_rise: ceilingRise,
      glut_year: glutYear,
      glut_speedup: glutSpeedUp,
      glut_delay: glutDelay,
    },
    constants: [
      { label: 'Start year', value: START_YEAR, unit: 'year', source: 'Chosen: the latest full year of data' },
      {
        label: 'Ceilings shown at most',
        value: CEILING_CAP,
        unit: 'points',
        source: 'Display cap: κ = 0 has no ceiling',
      },
    ],
    datasets: [],
    columns: [
      {
        name: 'scenario',
        label: 'Scenario',
        unit: '0 gradual, 1 glut',
        description: '0: the wall rises gradually; 1: the leader’s glut.',
        digits: 1,
      },
      { name: 'year', label: 'Year', unit: 'calendar year', description: 'Calendar year (quarters).', digits: 6 },
      { name: 'frontier', label: 'Frontier', unit: 'points', description: 'Leader’s capability.', digits: 4 },
      { name: 'open', label: 'Open', unit: 'points', description: 'Open models’ capability.', digits: 4 },
      { name: 'gap', label: 'Gap', unit: 'points', description: 'Frontier minus open capability.', digits: 3 },
      {
        name: 'lag_months',
        label: 'Lag',
        unit: 'months',
        description: `Months until open models reach the frontier’s capability of that moment (at most ${LAG_CAP_MONTHS}).`,
        digits: 3,
      },
      {
        name: 'frontier_ceiling',
        label: 'Leader’s ceiling',
        unit: 'points',
        description: `The leader’s capability ceiling (at most ${CEILING_CAP}: none when κ = 0).`,
        digits: 4,
      },
    ],
    values: {
      gapGradualTarget: {
        label: `Gap in ${TARGET_YEAR}, gradual wall`,
        compute: (_p, rows) => at(rows, 0, TARGET_YEAR).gap!,
        format: (v) => formatNumber(v, 2),
      },
      gapGlutTarget: {
        label: `Gap in ${TARGET_YEAR}, glut`,
        compute: (_p, rows) => at(rows, 1, TARGET_YEAR).gap!,
        format: (v) => formatNumber(v, 2),
      },
      glutGapRatio: {
        label: `Gap in ${TARGET_YEAR} under the glut as a multiple of the gradual one`,
        compute: (_p, rows) => at(rows, 1, TARGET_YEAR).gap! / at(rows, 0, TARGET_YEAR).gap!,
        format: (v) => `${formatNumber(v, 2)}×`,
      },
      peakGlutGap: {
        label: 'Largest gap under the glut, points',
        compute: (_p, rows) => peak(rows, 'gap').gap!,
        format: (v) => formatNumber(v, 2),
      },
      peakGlutGapYear: {
        label: 'Year of the largest gap under the glut',
        compute: (_p, rows) => peak(rows, 'gap').year!,
        format: (v) => String(Math.floor(v)),
      },
      peakGlutLag: {
        label: 'Longest lag under the glut, months',
        compute: (_p, rows) => peak(rows, 'lag_months').lag_months!,
        format: months,
      },
      lagGradualTarget: {
        label: `Lag in ${TARGET_YEAR}, gradual wall, months`,
        compute: (_p, rows) => at(rows, 0, TARGET_YEAR).lag_months!,
        format: months,
      },
    },
    table(p: Params<Key>) {
      return [...rowsOf(0, raceStates(raceFrom(p))), ...rowsOf(1, raceStates(raceFrom(p, true)))];
    },
    plot(p, rows) {
      const top = Math.max(...rows.map((r) => r.frontier!)) * 1.12;
      const glutStart = [{ scenario: 1, year: p.glut_year }];
      return {
        width: 640,
        height: 380,
        marginLeft: 44,
        marginRight: 12,
        marginTop: 30,
        fx: { label: null, tickFormat: (i: number) => SCENARIOS[i] ?? '' },
        x: { label: null, tickFormat: 'd', domain: [START_YEAR, END_YEAR], ticks: 5 },
        y: { label: '↑ Capability (points)', grid: true, domain: [0, top] },
        marks: [
          // Filtered rather than clipped: Plot numbers clip paths per render, which would make SVGs differ.
          Plot.lineY(
            rows.filter((r) => r.frontier_ceiling! <= top),
            { fx: 'scenario', x: 'year', y: 'frontier_ceiling', stroke: CEILING_COLOR, strokeDasharray: '4 3' },
          ),
          Plot.ruleX(glutStart, { fx: 'scenario', x: 'year', stroke: '#7a3aa8', strokeDasharray: '2 2' }),
          Plot.text(glutStart, {
            fx: 'scenario',
            x: 'year',
            y: top,
            text: () => 'glut',
            dx: 3,
            dy: 6,
            textAnchor: 'start',
            fill: '#7a3aa8',
            fontSize: 10,
          }),
          Plot.areaY(rows, {
            fx: 'scenario',
            x: 'year',
            y1: 'open',
            y2: 'frontier',
            fill: OPEN_COLOR,
            fillOpacity: 0.14,
          }),
          Plot.lineY(rows, { fx: 'scenario', x: 'year', y: 'open', stroke: OPEN_COLOR, strokeWidth: 2 }),
          Plot.lineY(rows, { fx: 'scenario', x: 'year', y: 'frontier', stroke: FRONTIER_COLOR, strokeWidth: 2 }),
          Plot.text([at(rows, 0, START_YEAR + 3)], {
            fx: 'scenario',
            x: 'year',
            y: 'frontier',
            text: () => 'Frontier',
            dy: -10,
            textAnchor: 'end',
            fill: FRONTIER_COLOR,
            fontWeight: 600,
          }),
          Plot.text([at(rows, 0, START_YEAR + 3)], {
            fx: 'scenario',
            x: 'year',
            y: 'open',
            text: () => 'Open',
            dx: 4,
            dy: 10,
            textAnchor: 'start',
            fill: OPEN_COLOR,
            fontWeight: 600,
          }),
        ],
      };
    },
    alt(p, rows) {
      const gradual = at(rows, 0, TARGET_YEAR);
      const glut = at(rows, 1, TARGET_YEAR);
      const top = peak(rows, 'gap');
      return `Two line charts of frontier and open capability from ${START_YEAR} to ${END_YEAR}, with saturation κ = ${formatNumber(p.saturation)} and the ceiling rising ${formatNumber(p.ceiling_rise)} points a year. Gradual wall: the gap in ${TARGET_YEAR} is ${formatNumber(gradual.gap!, 2)} points. Glut from ${p.glut_year}, ${formatNumber(p.glut_speedup)}× faster progress for the leader, reaching open models ${formatNumber(p.glut_delay)} years later: the gap peaks at ${formatNumber(top.gap!, 2)} points in ${Math.floor(top.year!)} and is ${formatNumber(glut.gap!, 2)} in ${TARGET_YEAR}; the lag then is ${months(glut.lag_months!)} months.`;
    },
  });
}
