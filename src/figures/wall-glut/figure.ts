/**
 * wall-glut: the same race twice, side by side. Left, the wall rises
 * gradually (ceiling-lifting progress at ρ points a year, shared). Right, a
 * sudden glut: from the year T the leader's models find algorithmic
 * improvements, multiplying its progress (efficiency and ceiling) by m; open
 * models get the same speed-up δ years later, or earlier when δ is negative:
 * that the leader gets it first is the essay's assumption, which the reader can
 * reverse (src/model/wall-race.ts; Eth & Davidson 2025).
 */
import { WALL_REFERENCE_OOM, followerStartOom, type RaceState } from '../../model/wall-race.ts';
import { formatNumber, formatYear, quantity } from '../format.ts';
import { defineFigure, type Params, type TableRow } from '../spec.ts';
import { months, points } from '../wall-shared/units.ts';
import { plotWallGlut } from './plot.ts';
import { plotWallGlutV5 } from './plot-v5.ts';
import { ceilingRise, glutDelay, glutSpeedUp, glutYear, saturation } from '../wall-shared/params.ts';
import {
  HORIZON_YEARS,
  LAG_CAP_MONTHS,
  START_YEAR,
  WALL_DEFAULTS,
  capLag,
  raceFrom,
  raceStates,
} from '../wall-shared/race.ts';

type Key = 'saturation' | 'ceiling_rise' | 'glut_year' | 'glut_speedup' | 'glut_delay';

const END_YEAR = START_YEAR + HORIZON_YEARS;
const TARGET_YEAR = 2035;
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

/** Alt text only: a capped lag is at least the cap. */
const lagWords = (v: number) => (v >= LAG_CAP_MONTHS ? `more than ${LAG_CAP_MONTHS} months` : months(v));
/** "About the same": within this share. */
const NEARLY = 0.05;
/** A lead smaller than this many points is no lead (both sides pressed against the same ceiling). */
const LEAD_POINTS = 0.01;

/**
 * Top of the capability axis: the higher side's capability in 2045 if capability were log-linear (σ = 0), which
 * no saturation or ceiling exceeds, plus room for the labels. It moves only with the glut's start, speed-up and
 * (when open models get it first) its delay, which stretch the race in time; saturation and the ceiling's rise
 * show as the lines bending under a fixed frame.
 */
export function capabilityTop(p: Params<Key>): number {
  const r = raceFrom(p, true);
  const physical = Math.log10(r.computeGrowth);
  const algorithmic = Math.log10(r.algorithmicGrowth);
  const fastYears = (from: number) => Math.max(0, HORIZON_YEARS - Math.max(0, from));
  const climb = (from: number) =>
    HORIZON_YEARS * (physical + algorithmic) + algorithmic * (p.glut_speedup - 1) * fastYears(from);
  const glutStart = p.glut_year - START_YEAR;
  const highest = Math.max(climb(glutStart), followerStartOom(r) + climb(glutStart + p.glut_delay));
  return Math.ceil(((WALL_REFERENCE_OOM + highest) * 1.12) / 5) * 5;
}

/** v4's description: quantities through quantity() (units.ts), and open models' glut past the end said so. */
function altV4(p: Params<Key>, rows: readonly TableRow[]): string {
  const gradual = at(rows, 0, TARGET_YEAR);
  const glut = at(rows, 1, TARGET_YEAR);
  const top = peak(rows, 'gap');
  const openYear = p.glut_year + p.glut_delay;
  const reach =
    p.glut_delay === 0
      ? 'reaching open models at the same time'
      : p.glut_delay < 0
        ? `reaching open models ${quantity(-p.glut_delay, 'years')} earlier`
        : openYear > END_YEAR
          ? `reaching open models ${quantity(p.glut_delay, 'years')} later, in ${formatYear(openYear)}, after the figure’s end`
          : `reaching open models ${quantity(p.glut_delay, 'years')} later`;
  return `Two line charts of frontier and open capability from ${formatYear(START_YEAR)} to ${formatYear(END_YEAR)}, with saturation σ = ${formatNumber(p.saturation)} and the ceiling rising ${quantity(p.ceiling_rise, 'points')} a year. Gradual wall: the gap in ${TARGET_YEAR} is ${points(gradual.gap!)}. Glut from ${formatYear(p.glut_year)}, ${formatNumber(p.glut_speedup)}× faster progress for the leader, ${reach}: the gap is widest, ${points(top.gap!)}, in ${formatYear(Math.floor(top.year!))} and is ${points(glut.gap!)} in ${TARGET_YEAR}; the lag then is ${lagWords(glut.lag_months!)}.`;
}

export interface WallGlutVersion {
  readonly version: number;
  readonly date: string;
  readonly changes: string;
  /** From v3: every label keeps off the lines and rules of another colour in its own panel (plot.ts). */
  readonly labelsOffMarks?: boolean;
  /**
   * From v4: open models' glut after the figure's end is said in the drawing (plot.ts) and in the description,
   * and the description's quantities are singular at one ("1 year", "1 point": v3 said "1 years").
   */
  readonly glutPastEnd?: boolean;
  /** From v5: each rule's name hangs from its own rule, no rule crosses a text, in six marks (plot-v5.ts). */
  readonly namesOnRules?: boolean;
}

export function wallGlutFigure(options: WallGlutVersion) {
  return defineFigure<Key>({
    id: 'wall-glut',
    version: options.version,
    date: options.date,
    changes: options.changes,
    title: 'A wall that rises slowly for everyone, or a glut that reaches one side first',
    titleHolds: 'It names the two scenarios the figure draws side by side.',
    caption: `The same race twice. Left: ceiling-lifting progress arrives gradually and is shared. Right: from the year T the leader’s own models speed up its algorithmic progress, efficiency and ceiling alike, m-fold; open models get the same speed-up δ years later (negative δ: earlier), marked by the dotted verticals. Dashed: the leader’s ceiling. Assumes compute and efficiency growth and the open lag at the other figures’ defaults (gₐ = ${formatNumber(WALL_DEFAULTS.g_a)}×/yr, frontier compute ${formatNumber(WALL_DEFAULTS.g_c)}×/yr, ℓₒ = ${formatNumber(WALL_DEFAULTS.open_lag)} months). The vertical scale is set by the glut alone, so saturation and the ceiling’s rise bend the lines instead of moving the axis.`,
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
        format: points,
      },
      gapGlutTarget: {
        label: `Gap in ${TARGET_YEAR}, glut (0 when open models lead)`,
        compute: (_p, rows) => Math.max(0, at(rows, 1, TARGET_YEAR).gap!),
        format: points,
      },
      openLeadTarget: {
        label: `Open models’ lead over the frontier in ${TARGET_YEAR}, glut (0 when the frontier leads)`,
        compute: (_p, rows) => Math.max(0, -at(rows, 1, TARGET_YEAR).gap!),
        format: points,
      },
      glutGapRatio: {
        label: `Gap in ${TARGET_YEAR} under the glut as a multiple of the gradual one (0 when open models lead)`,
        compute: (_p, rows) => Math.max(0, at(rows, 1, TARGET_YEAR).gap!) / at(rows, 0, TARGET_YEAR).gap!,
        format: (v) => `${formatNumber(v, 2)} times`,
      },
      peakGlutGap: {
        label: 'Largest gap under the glut',
        compute: (_p, rows) => peak(rows, 'gap').gap!,
        format: points,
      },
      peakGlutGapYear: {
        label: 'Year of the largest gap under the glut',
        compute: (_p, rows) => peak(rows, 'gap').year!,
        format: (v) => formatYear(Math.floor(v)),
      },
      peakGlutLag: {
        label: 'Longest lag under the glut',
        compute: (_p, rows) => peak(rows, 'lag_months').lag_months!,
        format: months,
      },
      lagGlutStart: {
        label: 'Lag in 2025',
        compute: (_p, rows) => at(rows, 1, START_YEAR).lag_months!,
        format: months,
      },
    },
    cases: {
      glutEffect: {
        label: `What the glut does to the gap in ${TARGET_YEAR}, against the gradual wall`,
        options: ['wider', 'same', 'narrower', 'openAhead'],
        compute: (_p, rows) => {
          const glut = at(rows, 1, TARGET_YEAR).gap!;
          const gradual = at(rows, 0, TARGET_YEAR).gap!;
          if (glut < -LEAD_POINTS) return 'openAhead';
          return glut > gradual * (1 + NEARLY) ? 'wider' : glut < gradual * (1 - NEARLY) ? 'narrower' : 'same';
        },
      },
      gapPeak: {
        label: 'When the gap is widest under the glut',
        options: ['atStart', 'inside', 'atEnd'],
        compute: (_p, rows) => {
          const year = peak(rows, 'gap').year!;
          return year <= START_YEAR ? 'atStart' : year >= END_YEAR ? 'atEnd' : 'inside';
        },
      },
      lagStretch: {
        label: 'Whether the glut stretches the lag',
        options: ['stretches', 'beyondFigure', 'not'],
        compute: (_p, rows) => {
          const longest = peak(rows, 'lag_months').lag_months!;
          if (longest >= LAG_CAP_MONTHS) return 'beyondFigure';
          return longest > at(rows, 1, START_YEAR).lag_months! * (1 + NEARLY) ? 'stretches' : 'not';
        },
      },
    },
    table(p: Params<Key>) {
      return [...rowsOf(0, raceStates(raceFrom(p))), ...rowsOf(1, raceStates(raceFrom(p, true)))];
    },
    plot: (p, rows) =>
      options.namesOnRules
        ? plotWallGlutV5(p, rows, capabilityTop(p))
        : plotWallGlut(p, rows, capabilityTop(p), {
            labelsOffMarks: options.labelsOffMarks,
            glutPastEnd: options.glutPastEnd,
          }),
    alt(p, rows) {
      if (options.glutPastEnd) return altV4(p, rows);
      const gradual = at(rows, 0, TARGET_YEAR);
      const glut = at(rows, 1, TARGET_YEAR);
      const top = peak(rows, 'gap');
      const reach =
        p.glut_delay === 0
          ? 'reaching open models at the same time'
          : p.glut_delay > 0
            ? `reaching open models ${formatNumber(p.glut_delay)} years later`
            : `reaching open models ${formatNumber(-p.glut_delay)} years earlier`;
      return `Two line charts of frontier and open capability from ${formatYear(START_YEAR)} to ${formatYear(END_YEAR)}, with saturation σ = ${formatNumber(p.saturation)} and the ceiling rising ${formatNumber(p.ceiling_rise)} points a year. Gradual wall: the gap in ${TARGET_YEAR} is ${formatNumber(gradual.gap!, 2)} points. Glut from ${formatYear(p.glut_year)}, ${formatNumber(p.glut_speedup)}× faster progress for the leader, ${reach}: the gap is widest, ${formatNumber(top.gap!, 2)} points, in ${formatYear(Math.floor(top.year!))} and is ${formatNumber(glut.gap!, 2)} in ${TARGET_YEAR}; the lag then is ${lagWords(glut.lag_months!)}.`;
    },
  });
}
