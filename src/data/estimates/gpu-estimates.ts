/**
 * Doubling time of GPU price-performance (FP32 FLOP/s per dollar at release)
 * in real dollars, for all GPUs and per market segment (gpu-segments.ts), set
 * beside Hobbhahn & Besiroglu 2022, with each segment's sensitivity to the
 * first year admitted. The bootstrap resamples the slope of log10(FLOP/s per
 * real dollar) on date and maps it to a doubling time, log10(2)/slope, so a
 * resample with no improvement (slope ≤ 0) counts as an unbounded doubling
 * time instead of a negative one.
 */
import { bootstrap } from './bootstrap.ts';
import { decimalYear } from './decimal-year.ts';
import type { Estimate, PublishedComparison } from './estimate.ts';
import { gpuSegment, type GpuSegment } from './gpu-segments.ts';
import type { Chip } from './inputs.ts';
import { logLinearTrend, type Point } from './log-linear-trend.ts';
import { toRealDollars, type MonthlyIndex } from './price-index.ts';
import { GPU_DOUBLING_ALL, GPU_DOUBLING_ML } from './published-values.ts';
import { LEVEL, SEED } from './seed.ts';

/** Dollars of this month: the end of Hobbhahn & Besiroglu's window. The doubling time does not depend on it. */
export const BASE_MONTH = '2021-12';
export const WINDOW = { from: '2006-01-01', to: '2021-12-31' };
/** First years for the sensitivity tables. */
export const START_YEARS = [2006, 2008, 2010, 2012, 2014, 2016] as const;

interface PricedGpu {
  readonly chip: Chip;
  readonly segment?: GpuSegment;
  readonly x: number;
  readonly nominal: number;
  readonly real: number;
}

/** GPUs released in [from, to] with FP32 throughput and a release price, priced in nominal and real dollars. */
export function pricedGpus(chips: readonly Chip[], cpi: MonthlyIndex, from = WINDOW.from, to = WINDOW.to): PricedGpu[] {
  return chips.flatMap((chip) => {
    const price = chip.release_price_usd;
    if (chip.type !== 'GPU' || !chip.fp32_flop_s || !price || chip.release_date < from || chip.release_date > to)
      return [];
    const real = toRealDollars(price, chip.release_date, BASE_MONTH, cpi);
    return [
      {
        chip,
        segment: gpuSegment(chip.hardware ?? ''),
        x: decimalYear(chip.release_date),
        nominal: chip.fp32_flop_s / price,
        real: chip.fp32_flop_s / real,
      },
    ];
  });
}

/** Doubling time in years with its bootstrap interval; an interval end with slope ≤ 0 is Infinity. */
function doubling(points: readonly Point[]): Estimate['interval'] {
  const slope = bootstrap(points, (sample) => logLinearTrend(sample).slope, { seed: SEED, level: LEVEL });
  const years = (s: number) => (s > 0 ? Math.log10(2) / s : Infinity);
  return {
    estimate: years(slope.estimate),
    low: years(slope.high),
    high: years(slope.low),
    level: slope.level,
    resamples: slope.resamples,
    seed: slope.seed,
    method: 'percentile-bootstrap',
  };
}

interface Selection {
  readonly id: string;
  readonly what: string;
  readonly keep: (gpu: PricedGpu) => boolean;
  readonly published: PublishedComparison;
  readonly note: string;
}

const METHOD = (what: string, from: string, dollars: string) =>
  `Least-squares fit of log10(FP32 FLOP/s per ${dollars} release-price dollar) on release date, ${what} released ${from.slice(0, 4)}–2021 with a release price; doubling time log10(2)/slope; 90% percentile bootstrap of the slope over chips (1,000 resamples, seeded).`;
const REAL = `real (December 2021, US CPI-U)`;

/** The headline GPU doubling times, and the start-year sensitivity of all, consumer and data-centre boards. */
export function gpuPricePerformance(chips: readonly Chip[], cpi: MonthlyIndex, dataset: string): Estimate[] {
  const all = pricedGpus(chips, cpi);
  const row = (
    id: string,
    label: string,
    gpus: readonly PricedGpu[],
    dollars: 'real' | 'nominal',
    rest: Omit<Estimate, 'id' | 'label' | 'unit' | 'interval' | 'n' | 'datasets'>,
  ): Estimate => ({
    id,
    label,
    unit: 'years',
    interval: doubling(gpus.map((g) => ({ x: g.x, y: dollars === 'real' ? g.real : g.nominal }))),
    n: gpus.length,
    datasets: [dataset],
    ...rest,
  });
  const selections: Selection[] = [
    {
      id: 'gpu-price-performance-doubling',
      what: 'all GPUs',
      keep: () => true,
      published: GPU_DOUBLING_ALL,
      note: '', // written below, from the other rows' values
    },
    {
      id: 'gpu-price-performance-doubling-consumer',
      what: 'consumer GPUs (GeForce, consumer Radeon, TITAN)',
      keep: (g) => g.segment === 'consumer',
      published: GPU_DOUBLING_ALL,
      note: 'Consumer boards alone, the bulk of any GPU price list; compared with Hobbhahn & Besiroglu’s all-GPU trend.',
    },
    {
      id: 'gpu-price-performance-doubling-datacentre-workstation',
      what: 'data-centre and workstation GPUs (Tesla, Quadro, A- and RTX A-series, Instinct, Radeon Pro)',
      keep: (g) => g.segment === 'datacentre-workstation',
      published: GPU_DOUBLING_ALL,
      note: 'Few boards, and none priced before late 2012 in this file, so the trend is short and its interval wide.',
    },
    {
      id: 'gpu-price-performance-doubling-ml',
      what: 'GPUs carrying Epoch AI’s “ML hardware” flag',
      keep: (g) => g.chip.ml_hardware === true,
      published: GPU_DOUBLING_ML,
      note: 'Epoch AI’s flag (used to train notable models) is not Hobbhahn & Besiroglu’s list of 26 “GPUs typically used in ML research”, but is the nearest set in this file.',
    },
  ];
  const headline = selections.map((s) => {
    const gpus = all.filter(s.keep);
    return row(s.id, `GPU price-performance, ${s.what}: doubling time in real dollars (2006–2021)`, gpus, 'real', {
      method: METHOD(s.what, WINDOW.from, REAL),
      window: WINDOW,
      published: s.published,
      note: s.note,
    });
  });
  const nominal = row(
    'gpu-price-performance-doubling-nominal',
    'GPU price-performance, all GPUs: doubling time in nominal dollars (2006–2021), as in estimates v1',
    all,
    'nominal',
    {
      method: METHOD('all GPUs', WINDOW.from, 'nominal'),
      window: WINDOW,
      published: GPU_DOUBLING_ALL,
      note: 'The v1 estimate, kept to show what deflating changes.',
    },
  );
  const sensitivity = selections.slice(0, 3).flatMap((s) =>
    START_YEARS.map((year) => {
      const from = `${year}-01-01`;
      const gpus = all.filter((g) => s.keep(g) && g.chip.release_date >= from);
      return row(`${s.id}-from-${year}`, `${s.what}, from ${year}`, gpus, 'real', {
        method: METHOD(s.what, from, REAL),
        window: { from, to: WINDOW.to },
        published: s.published,
        sensitivityOf: s.id,
      });
    }),
  );
  const [pooled, consumer, datacentre] = headline as [Estimate, Estimate, Estimate];
  const years = (e: Estimate) => `${Number(e.interval.estimate.toPrecision(3))} years`;
  const explained: Estimate = {
    ...pooled,
    note: `Slower than published, and not because of inflation: deflating by the CPI-U moves the doubling from ${years(nominal)} (nominal) to ${years(pooled)}. The pooled trend mixes two markets. Consumer boards alone double in ${years(consumer)}, data-centre and workstation boards in ${years(datacentre)}; but the latter enter this file only from late 2012, with several times less FP32 per dollar than consumer boards of the same years, so pooled they pull the later years down and flatten the fit below both segments. The trend also depends on the first year admitted (see the table by start year).`,
  };
  return [explained, ...headline.slice(1), nominal, ...sensitivity];
}
