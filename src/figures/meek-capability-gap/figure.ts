/**
 * meek-capability-gap: the meek-models race read through a benchmark instead
 * of loss. Each actor's loss (the same scenario as meek-loss-gap v4) becomes
 * an MMLU-like score through the logistic curve fitted to the
 * open-closed-benchmarks dataset (src/model/benchmark-sigmoid.ts; the
 * registry's mmlu_midpoint and mmlu_slope), and a task of n steps, each solved
 * with that probability, succeeds with probability score^n
 * (src/model/multi-step-tasks.ts; Gundlach, Lynch & Thompson 2025, §4).
 */
import { benchmarkScore, type BenchmarkSigmoid } from '../../model/benchmark-sigmoid.ts';
import { frontierCompute, meekCompute, meekState } from '../../model/meek-models.ts';
import { taskSuccess } from '../../model/multi-step-tasks.ts';
import { parameterEntry } from '../../model/parameter-entries.ts';
import { FITTED_COMPUTE } from '../../model/power-law-loss.ts';
import { formatNumber, formatYear, quantity } from '../format.ts';
import { HORIZON_YEARS, START_YEAR, scenario } from '../meek-loss-gap/model.ts';
import { registryParams, v4Params, type Key as MeekKey } from '../meek-loss-gap/params.ts';
import { gapMarker, haloText } from '../meek-loss-gap/gap-marker.ts';
import { FRONTIER_COLOR, MEEK_COLOR, pairMarks } from '../meek-loss-gap/pair-marks.ts';
import { LabelLayout } from '../layout/direct-labels.ts';
import { defineFigure, type ParamDefinition, type Params, type TableRow } from '../spec.ts';
import { formatCountedPoints, formatPoints, formatScoreYear, widest, widestCase, widestSentence } from './values.ts';
import { capabilityGapTitleFails } from './title-fails.ts';

type Key = MeekKey | 'steps';
const STEPS_PER_YEAR = 4;

export const MMLU: BenchmarkSigmoid = {
  chance: 0.25,
  midpoint: parameterEntry('mmlu_midpoint').default,
  slope: parameterEntry('mmlu_slope').default,
};

const steps: ParamDefinition = {
  label: 'Steps a task needs',
  symbol: 'n',
  unit: 'steps',
  description:
    'A task succeeds only if n steps all succeed, each with the probability of answering one benchmark question: success = scoreⁿ. 1 is the benchmark itself.',
  default: 1,
  min: 1,
  max: 100,
  step: 0.02,
  scale: 'log',
  source:
    'Gundlach, Lynch & Thompson 2025, §4 (tasks of many steps); a thought experiment: real steps are neither independent nor equally hard',
};

const success = (loss: number, n: number) => taskSuccess(benchmarkScore(loss, MMLU), n);

export { widest };

/** Drawings narrower than this (a phone's) set v5's note on three lines. */
const NARROW = 480;

/**
 * v5's note where the gap's marker is not drawn (a widest gap of half a point or less: 1.5 px on the 300 px of the
 * plot's height, under the lines' 2.25 px): the lines lie within a line's width of each other, and how far apart
 * they are at most, in the top left corner where the marker's label would stand. In ink, as the marker's label.
 */
function closeLinesNote(gap: number, narrow: boolean, layout: LabelLayout): ReturnType<typeof haloText> {
  const apart = gap * 100 < 0.005 ? 'on one line' : `at most ${quantity(gap * 100, 'points')} apart`;
  const text = narrow
    ? `Frontier and meek:\n${apart},\ndrawn as one line`
    : `Frontier and meek: ${apart}, drawn as one line`;
  return haloText([text], { frameAnchor: 'top-left', dx: 6, dy: 4, textAnchor: 'start', lineAnchor: 'top' }, layout);
}

export function meekCapabilityGapFigure(options: {
  version: number;
  date: string;
  changes: string;
  readonly current?: boolean;
  /** v3 on: the labels through one LabelLayout that keeps them off both lines and inside the plot. */
  readonly placedLabels?: boolean;
  /** v4 on: one point reads "1 percentage point" in the description and values, "1 point" in the label. */
  readonly countedPoints?: boolean;
  /**
   * v5 on: where the gap is too narrow for its marker, the drawing says the two lines lie within a line's width of
   * each other (closeLinesNote): with every slider at its minimum v4 drew them 0.14 points apart, under half a
   * pixel, which read as one line with two names.
   */
  readonly closeLinesSaid?: boolean;
}) {
  const points = options.countedPoints ? formatCountedPoints : formatPoints;
  return defineFigure<Key>({
    id: 'meek-capability-gap',
    version: options.version,
    date: options.date,
    changes: options.changes,
    title: 'In benchmark points the frontier’s lead rises higher, and later, than in loss',
    caption:
      'Success of the frontier and meek actors of the loss-gap figure on an MMLU-like benchmark (n = 1) or on a task of n such steps that must all succeed. Loss becomes a score through the S-shaped curve fitted to the open-closed-benchmarks dataset (chance 25%); steps are treated as independent. Same loss law and growth rates as the loss-gap figure; the shaded band is the gap. Each line turns dotted where its compute passes the largest training run the loss law was fitted on.',
    params: { ...(options.current ? v4Params : registryParams), steps },
    constants: [
      { label: 'MMLU chance score', value: MMLU.chance, unit: 'fraction', source: 'Four-option multiple choice' },
      {
        label: 'Sigmoid midpoint (loss at half-way)',
        value: MMLU.midpoint,
        unit: 'nats/token',
        source: 'Open & Closed estimates v1, mmlu-sigmoid-midpoint (from open-closed-benchmarks v2)',
      },
      {
        label: 'Sigmoid slope',
        value: MMLU.slope,
        unit: 'per nat',
        source: 'Open & Closed estimates v1, mmlu-sigmoid-slope (from open-closed-benchmarks v2)',
      },
    ],
    datasets: [],
    columns: [
      { name: 'year', label: 'Year', unit: 'calendar year', description: 'Calendar year.', digits: 6 },
      {
        name: 'frontier_success',
        label: 'Frontier success',
        unit: 'fraction',
        description: 'Probability the frontier actor completes the task (its benchmark score when n = 1).',
        digits: 4,
      },
      {
        name: 'meek_success',
        label: 'Meek success',
        unit: 'fraction',
        description: 'Probability the meek actor completes the task.',
        digits: 4,
      },
      {
        name: 'success_gap',
        label: 'Gap',
        unit: 'fraction',
        description: 'Frontier minus meek success.',
        digits: 3,
      },
      ...(options.current
        ? [
            {
              name: 'frontier_compute',
              label: 'Frontier compute',
              unit: 'FLOP',
              description: 'Effective training compute of the frontier actor, in FLOP at the start year’s algorithms.',
              digits: 4,
            },
            {
              name: 'meek_compute',
              label: 'Meek compute',
              unit: 'FLOP',
              description: 'Effective training compute of the meek actor, in FLOP at the start year’s algorithms.',
              digits: 4,
            },
          ]
        : []),
    ],
    cases: {
      widest: {
        label: 'When the gap in task success is widest',
        options: ['atStart', 'during', 'atEnd'],
        compute: (_p, rows) => widestCase(widest(rows).year ?? START_YEAR),
      },
    },
    titleFails: (p, rows) => capabilityGapTitleFails(p, rows),
    values: {
      peakSuccessGap: {
        label: 'Largest gap in task success, percentage points',
        compute: (_p, rows) => (widest(rows).success_gap ?? 0) * 100,
        format: points,
      },
      peakSuccessGapYear: {
        label: 'Year the gap in task success is largest',
        compute: (_p, rows) => widest(rows).year ?? START_YEAR,
        format: formatScoreYear,
      },
      successGapAtHorizon: {
        label: `Gap in task success in ${START_YEAR + HORIZON_YEARS}, percentage points`,
        compute: (_p, rows) => (rows[rows.length - 1]?.success_gap ?? 0) * 100,
        format: points,
      },
    },
    table(p: Params<Key>) {
      const s = scenario(p, 'paper-start');
      const rows: TableRow[] = [];
      for (let i = 0; i <= HORIZON_YEARS * STEPS_PER_YEAR; i++) {
        const state = meekState(s, i / STEPS_PER_YEAR);
        const frontier = success(state.frontierLoss, p.steps);
        const meek = success(state.meekLoss, p.steps);
        rows.push({
          year: START_YEAR + state.years,
          frontier_success: frontier,
          meek_success: meek,
          success_gap: frontier - meek,
          ...(options.current
            ? { frontier_compute: frontierCompute(s, state.years), meek_compute: meekCompute(s, state.years) }
            : {}),
        });
      }
      return rows;
    },
    plot(p, rows, _band, frame) {
      const top = widest(rows);
      const label = p.steps < 1.05 ? 'benchmark score' : `success on a ${formatNumber(p.steps, 2)}-step task`;
      // v3 on: the gap's label keeps off both lines; "Widest in 2028: 35 points" was written along the frontier's
      // line on a phone (issue 19). The names at the lines' ends stay where v2 drew them, in the right margin.
      const layout = options.placedLabels
        ? new LabelLayout()
            .avoid(rows, 'year', 'meek_success', MEEK_COLOR)
            .avoid(rows, 'year', 'frontier_success', FRONTIER_COLOR)
        : undefined;
      return {
        width: 640,
        height: 360,
        marginRight: 70,
        marginLeft: 50,
        // No tick label at the last year: the actors' names sit there, at the lines' ends.
        x: {
          label: null,
          tickFormat: formatYear,
          ticks: [0, 5, 10, 15].map((t) => START_YEAR + t),
          domain: [START_YEAR, START_YEAR + HORIZON_YEARS],
        },
        y: { label: `↑ ${label[0]!.toUpperCase()}${label.slice(1)}`, grid: true, domain: [0, 1], tickFormat: '.0%' },
        marks: [
          ...pairMarks(rows, {
            meek: { y: 'meek_success', label: 'Meek', compute: 'meek_compute' },
            frontier: { y: 'frontier_success', label: 'Frontier', compute: 'frontier_compute' },
            meekAbove: false,
            ...(options.current ? { fittedUpTo: FITTED_COMPUTE.high } : {}),
          }),
          ...((top.success_gap ?? 0) > 0.005
            ? gapMarker(
                [top],
                { x: 'year', y1: 'meek_success', y2: 'frontier_success' },
                // In the top left corner, clear of the curves, which start near chance and rise to the right.
                {
                  frameAnchor: 'top-left',
                  dx: 6,
                  dy: 4,
                  text: () =>
                    `Widest in ${formatScoreYear(top.year ?? START_YEAR)}: ${options.countedPoints ? quantity((top.success_gap ?? 0) * 100, 'points') : `${formatNumber((top.success_gap ?? 0) * 100, 2)} points`}`,
                  textAnchor: 'start',
                },
                layout,
              )
            : options.closeLinesSaid && layout
              ? [closeLinesNote(top.success_gap ?? 0, (frame?.width ?? 640) < NARROW, layout)]
              : []),
        ],
      };
    },
    alt(p, rows) {
      const end = rows[rows.length - 1]!;
      const what = p.steps < 1.05 ? 'an MMLU-like benchmark' : `a task of ${formatNumber(p.steps, 2)} steps`;
      const endYear = formatYear(START_YEAR + HORIZON_YEARS);
      const when = widestSentence(rows, points);
      return `Line chart of the frontier and meek actors’ success on ${what} from ${formatYear(START_YEAR)} to ${endYear}. ${when} The frontier ends at ${formatNumber((end.frontier_success ?? 0) * 100, 3)}% and the meek actor at ${formatNumber((end.meek_success ?? 0) * 100, 3)}%.`;
    },
  });
}
