/**
 * meek-inference-gap: the inference-side variant of the meek-models argument
 * (Gundlach, Lynch & Thompson 2025; src/model/inference-meek.ts). A user with a
 * fixed price per token affords, each year, the best model whose price fits.
 * If price per token is proportional to parameters and models are
 * compute-optimal (N ∝ C^a, a = β/(α+β) from Hoffmann et al. 2022), a price
 * decline of g_p× a year at fixed capability lets the affordable model's
 * training compute grow g_p^(1/a)× a year, against the frontier's g_i·g_h·g_a.
 */
import { affordableComputeGrowth } from '../../model/inference-meek.ts';
import { parameterEntry } from '../../model/parameter-entries.ts';
import { FITTED_COMPUTE, MEEK_MODELS_LOSS, reducibleLoss } from '../../model/power-law-loss.ts';
import { formatNumber, formatYear } from '../format.ts';
import { PAPER_START_FLOP, START_YEAR } from '../meek-loss-gap/model.ts';
import { registryParams, v4Params } from '../meek-loss-gap/params.ts';
import { formatTimes, formatYears } from '../meek-loss-gap/values.ts';
import { registryParam } from '../registry-param.ts';
import { haloText } from '../meek-loss-gap/gap-marker.ts';
import { pairMarks } from '../meek-loss-gap/pair-marks.ts';
import { inferenceTitleFails } from './title-fails.ts';
import { LabelLayout } from '../layout/direct-labels.ts';
import { defineFigure, type ParamDefinition, type Params, type TableRow } from '../spec.ts';

type Key = 'g_i' | 'g_h' | 'g_a' | 'inference_price_decline' | 'inference_lead';
const YEARS = 10;
const STEPS_PER_YEAR = 8;

/** N ∝ C^a on the compute-optimal path: a = β/(α+β) of Hoffmann's fit. */
const hoffmannAlpha = parameterEntry('hoffmann_alpha').default;
const hoffmannBeta = parameterEntry('hoffmann_beta').default;
export const PARAMETER_EXPONENT = hoffmannBeta / (hoffmannAlpha + hoffmannBeta);

/**
 * The price-decline slider. Up to v3 it ran 1.5× to 1,000× in steps of 0.02 on log10, 141.2 steps: a range input
 * stops only at whole steps, so it stopped at 991× and never reached its max (slider.ts `unreachableEnd`). From
 * v4 it runs to 1,500×, exactly 150 steps (log10 1500/1.5 = 3), so both ends are reachable.
 */
const priceDecline = (max: 1000 | 1500) =>
  registryParam('inference_price_decline', {
    min: 1.5,
    max,
    step: 0.02,
    scale: 'log',
    description:
      'How many times cheaper a fixed capability gets each year. Epoch AI measured 9× to 900× a year depending on the capability threshold; the default is a middle value of that range, not a published median.',
  });

const inferenceLead: ParamDefinition = {
  label: 'Frontier’s lead over the affordable model at the start',
  symbol: 'ρ′',
  unit: '×',
  description:
    'Training compute of the frontier model as a multiple of that of the best model the fixed price per token buys at the start. An illustrative assumption: no source measures it directly.',
  default: 100,
  min: 1,
  max: 1e6,
  step: 0.1,
  scale: 'log',
  source: 'Illustrative assumption of this figure (not from a published estimate)',
};

const frontierGrowth = (p: Params<Key>) => p.g_i * p.g_h * p.g_a;
const affordableGrowth = (p: Params<Key>) => affordableComputeGrowth(p.inference_price_decline, PARAMETER_EXPONENT);

/** Years until the affordable model's training compute reaches the frontier's; Infinity when it never does. */
function catchUpYears(p: Params<Key>): number {
  const ratio = Math.log(affordableGrowth(p) / frontierGrowth(p));
  return ratio > 0 ? Math.log(p.inference_lead) / ratio : Infinity;
}

/**
 * Whether the affordable model catches the frontier: after some years, at once (it starts level),
 * or never (prices fall too slowly).
 *
 * @example catchUpCase(3.1) // 'years'
 */
export function catchUpCase(years: number): 'years' | 'atOnce' | 'never' {
  if (years === Infinity) return 'never';
  return years < 0.05 ? 'atOnce' : 'years';
}

/**
 * The label that says whether and when the affordable model catches up, placed where the falling curves
 * leave room: above and to the right of the catch-up point, or below and to its left when that is late.
 * With a layout (v3 on) it is kept inside the plot: a late catch-up's label, below the frontier's line near
 * the bottom, ran over the year ticks, and "Starts level" over the axis title above the plot (issue 19).
 */
function catchUpLabel(rows: readonly TableRow[], years: number, layout?: LabelLayout) {
  const when = catchUpCase(years);
  if (when === 'never') {
    const end = rows[rows.length - 1]!;
    return haloText(
      [end],
      {
        x: 'year',
        y: (d: TableRow) => ((d.frontier_loss ?? 0) + (d.affordable_loss ?? 0)) / 2,
        text: () => 'Never catches up',
        textAnchor: 'end',
        dx: -6,
      },
      layout,
    );
  }
  // v3: a catch-up after the figure ends is said in the top right corner, which the falling curves have left;
  // at the end of the lines, where v2 put it, it was written over both, which meet the bottom by then.
  if (layout && years > YEARS)
    return haloText(
      rows.slice(-1),
      { frameAnchor: 'top-right', text: () => `Catches up in ${formatYears(years)}`, textAnchor: 'end', dx: -4, dy: 6 },
      layout,
    );
  const at = when === 'atOnce' ? 0 : years;
  const row = rows.reduce((a, b) =>
    Math.abs((b.year ?? 0) - START_YEAR - at) < Math.abs((a.year ?? 0) - START_YEAR - at) ? b : a,
  );
  const late = at > YEARS / 2;
  return haloText(
    [row],
    {
      x: 'year',
      y: 'frontier_loss',
      text: () => (when === 'atOnce' ? 'Starts level' : `Catches up in ${formatYears(years)}`),
      textAnchor: late ? 'end' : 'start',
      dx: late ? -6 : 6,
      dy: late ? 14 : -10,
    },
    layout,
  );
}

/** The frontier's lead at the start, as the alt text says it: never "1 times ahead". */
function leadWords(lead: number): string {
  return formatNumber(lead, 2) === '1'
    ? 'the two level at the start'
    : `the frontier ${formatTimes(lead)} ahead at the start`;
}

export function meekInferenceGapFigure(options: {
  version: number;
  date: string;
  changes: string;
  readonly current?: boolean;
  /** v3 on: the catch-up label placed through a LabelLayout, inside the plot at every width. */
  readonly placedLabels?: boolean;
  /** v4 on: the price-decline slider runs to 1,500× in whole steps, so it reaches both ends. */
  readonly wholeSteps?: boolean;
}) {
  const { g_i, g_h, g_a } = options.current ? v4Params : registryParams;
  return defineFigure<Key>({
    id: 'meek-inference-gap',
    version: options.version,
    date: options.date,
    changes: options.changes,
    title: 'On the inference side, a fixed price per token catches the frontier fast',
    caption:
      'Loss of the frontier model and of the best model a fixed price per token affords. Assumes price per token proportional to parameters and compute-optimal models, whose parameters grow as a fixed power of their training compute (Hoffmann et al. 2022), so each tenfold fall in price buys much more than tenfold the training compute; the frontier’s compute grows gᵢ·gₕ·gₐ times a year. Prices are not costs: providers may price above or below what a model costs to serve. Each line turns dotted where its compute passes the largest training run the loss law was fitted on. The vertical axis follows the losses your settings give.',
    params: {
      g_i,
      g_h,
      g_a,
      inference_price_decline: priceDecline(options.wholeSteps ? 1500 : 1000),
      inference_lead: inferenceLead,
    },
    constants: [
      {
        label: 'Parameter exponent a = β/(α+β)',
        value: PARAMETER_EXPONENT,
        unit: '',
        source: 'Hoffmann et al. 2022, eq. 10 (unrounded exponents from Besiroglu et al. 2024)',
      },
      {
        label: 'Frontier training compute at the start',
        value: PAPER_START_FLOP,
        unit: 'FLOP',
        source: 'Only sets the level of both curves; the loss law is Gundlach, Lynch & Thompson 2025, eq. 1',
      },
    ],
    datasets: [],
    columns: [
      { name: 'year', label: 'Year', unit: 'calendar year', description: 'Calendar year.', digits: 6 },
      {
        name: 'frontier_loss',
        label: 'Frontier loss',
        unit: 'nats/token',
        description: 'Loss of the frontier model.',
        digits: 4,
      },
      {
        name: 'affordable_loss',
        label: 'Affordable loss',
        unit: 'nats/token',
        description: 'Loss of the best model the fixed price per token affords.',
        digits: 4,
      },
      ...(options.current
        ? [
            {
              name: 'frontier_compute',
              label: 'Frontier compute',
              unit: 'FLOP',
              description: 'Effective training compute of the frontier model.',
              digits: 4,
            },
            {
              name: 'affordable_compute',
              label: 'Affordable compute',
              unit: 'FLOP',
              description: 'Effective training compute of the best model the fixed price per token affords.',
              digits: 4,
            },
          ]
        : []),
    ],
    cases: {
      catchUp: {
        label: 'Whether the affordable model catches the frontier',
        options: ['years', 'atOnce', 'never'],
        compute: (p: Params<Key>) => catchUpCase(catchUpYears(p)),
      },
    },
    titleFails: (p: Params<Key>) =>
      inferenceTitleFails({
        decline: p.inference_price_decline,
        breakEven: frontierGrowth(p) ** PARAMETER_EXPONENT,
        catchUpYears: catchUpYears(p),
        figureYears: YEARS,
      }),
    values: {
      catchUpYears: {
        label: 'Years until the affordable model reaches the frontier',
        compute: catchUpYears,
        format: formatYears,
        otherwise: (years) =>
          years === Infinity ? 'the affordable model never catches up, because prices fall too slowly' : undefined,
      },
      affordableComputeGrowth: {
        label: 'Annual growth of the affordable model’s training compute',
        compute: affordableGrowth,
        format: formatTimes,
      },
      breakEvenPriceDecline: {
        label: 'Price decline per year at which the affordable model just keeps pace with the frontier',
        compute: (p) => frontierGrowth(p) ** PARAMETER_EXPONENT,
        format: (v) => `${formatNumber(v, 2)}× a year`,
      },
    },
    table(p: Params<Key>) {
      const rows: TableRow[] = [];
      const law = MEEK_MODELS_LOSS;
      for (let i = 0; i <= YEARS * STEPS_PER_YEAR; i++) {
        const t = i / STEPS_PER_YEAR;
        const frontier = PAPER_START_FLOP * frontierGrowth(p) ** t;
        // The affordable model can be no better than the frontier itself.
        const affordable = Math.min(frontier, (PAPER_START_FLOP / p.inference_lead) * affordableGrowth(p) ** t);
        rows.push({
          year: START_YEAR + t,
          frontier_loss: law.L0 + reducibleLoss(law, frontier),
          affordable_loss: law.L0 + reducibleLoss(law, affordable),
          ...(options.current ? { frontier_compute: frontier, affordable_compute: affordable } : {}),
        });
      }
      return rows;
    },
    plot(p, rows) {
      const years = catchUpYears(p);
      // v3 on: the end labels, then the catch-up label, through one layout that keeps them in the drawing.
      const layout = options.placedLabels ? new LabelLayout() : undefined;
      return {
        width: 640,
        height: 320,
        marginRight: 80,
        marginLeft: 50,
        // No tick label at the last year: the models' names sit there, at the lines' ends.
        x: {
          label: null,
          tickFormat: formatYear,
          ticks: [0, 2, 4, 6, 8].map((t) => START_YEAR + t),
          domain: [START_YEAR, START_YEAR + YEARS],
        },
        y: { label: '↓ Training loss of the model used (nats per token)', grid: true, nice: true },
        marks: [
          ...pairMarks(rows, {
            meek: { y: 'affordable_loss', label: 'Affordable', compute: 'affordable_compute' },
            frontier: { y: 'frontier_loss', label: 'Frontier', compute: 'frontier_compute' },
            meekAbove: true,
            ...(options.current ? { fittedUpTo: FITTED_COMPUTE.high } : {}),
            ...(layout ? { layout } : {}),
          }),
          catchUpLabel(rows, years, layout),
        ],
      };
    },
    alt(p, rows) {
      const years = catchUpYears(p);
      const outcome = {
        years: `It catches up in ${formatYears(years)}.`,
        atOnce: 'It starts level with the frontier.',
        never: 'Prices fall too slowly for it ever to catch up.',
      }[catchUpCase(years)];
      return `Line chart of the loss of the frontier model and of the best model a fixed price per token affords, ${formatYear(START_YEAR)} to ${formatYear(START_YEAR + YEARS)}, with prices at fixed capability falling ${formatNumber(p.inference_price_decline, 3)}× a year and ${leadWords(p.inference_lead)}. The affordable model's training compute grows ${formatTimes(affordableGrowth(p))} a year, against ${formatNumber(frontierGrowth(p), 3)}× for the frontier. ${outcome} Final losses: ${formatNumber(rows[rows.length - 1]?.frontier_loss ?? NaN, 3)} and ${formatNumber(rows[rows.length - 1]?.affordable_loss ?? NaN, 3)} nats per token.`;
    },
  });
}
