/**
 * How many months open-weights models take to match a closed model's record,
 * in training compute and per benchmark, as survival analysis: each new closed
 * record is a subject, an open model matching it is the event, and records
 * still unmatched at the data's last date are right-censored there. The median
 * is Kaplan–Meier's, its interval Brookmeyer–Crowley's (kaplan-meier.ts).
 * Beside it, the median over matched records only, as estimates v1 computed
 * it: dropping the unmatched (the slowest) biases that number low.
 */
import { decimalYear } from './decimal-year.ts';
import type { Estimate } from './estimate.ts';
import { isLanguageModel, type AiModel, type BenchmarkScore } from './inputs.ts';
import { kaplanMeier, kaplanMeierMedian } from './kaplan-meier.ts';
import { closedRecordSpells, type Release } from './open-closed-lag.ts';
import { OPEN_MODEL_LAG, UNVERIFIED_LAG_VALUES } from './published-values.ts';
import { LEVEL } from './seed.ts';

const lastDate = (dates: readonly string[]) => dates.reduce((a, b) => (b > a ? b : a));
const firstDate = (dates: readonly string[]) => dates.reduce((a, b) => (b < a ? b : a));

/** The plain median of a list (NaN when empty). */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The Kaplan–Meier lag of `releases`, censored at `end` (YYYY-MM-DD). */
export function survivalLag(releases: readonly Release[], end: string): Pick<Estimate, 'interval' | 'n' | 'survival'> {
  const spells = closedRecordSpells(releases, decimalYear(end));
  const km = kaplanMeierMedian(kaplanMeier(spells.map((s) => ({ time: s.months, event: s.event }))), LEVEL);
  const matched = spells.filter((s) => s.event);
  return {
    interval: { estimate: km.median, low: km.low, high: km.high, level: LEVEL, method: 'brookmeyer-crowley' },
    n: spells.length,
    survival: {
      matched: matched.length,
      censored: spells.length - matched.length,
      matchedOnly: median(matched.map((s) => s.months)),
    },
  };
}

const KM_METHOD =
  'Kaplan–Meier median of the months from each new closed record to the first open-weights model at or above it (0 if one already was); records unmatched at the last date in the data are right-censored there. 90% Brookmeyer–Crowley interval (log-scale Greenwood band, as R survival’s survfit); an end the curve never reaches is shown as “not reached”. n counts closed records.';

function computeReleases(models: readonly AiModel[], keep: (m: AiModel) => boolean): Release[] {
  return models.flatMap((m) =>
    m.training_compute_flop && m.accessibility !== 'unknown' && m.publication_date >= '2018-01-01' && keep(m)
      ? [
          {
            date: decimalYear(m.publication_date),
            value: m.training_compute_flop,
            open: m.accessibility === 'open-weights',
          },
        ]
      : [],
  );
}

/** Months open-weights models take to match closed records in training compute, since 2018: all models, and language models alone. */
export function openClosedComputeLags(models: readonly AiModel[], dataset: string): Estimate[] {
  const end = lastDate(models.map((m) => m.publication_date));
  const window = { from: '2018-01-01', to: end };
  const all = survivalLag(
    computeReleases(models, () => true),
    end,
  );
  const language = survivalLag(computeReleases(models, isLanguageModel), end);
  return [
    {
      id: 'open-closed-compute-lag',
      label: 'Lag of open-weights models behind closed models in training compute, all models (since 2018)',
      unit: 'months',
      ...all,
      datasets: [dataset],
      window,
      method: `${KM_METHOD} Models of unknown accessibility are left out.`,
      published: OPEN_MODEL_LAG,
      note: `Records and matches cross domains: in 2018–19 a vision model (ResNeXt-101 32x48d, open) matched four closed records within 0–3 months, including a games and a music model; see open-closed-compute-lag-language. ${UNVERIFIED_LAG_VALUES}`,
    },
    {
      id: 'open-closed-compute-lag-language',
      label: 'Lag of open-weights language models behind closed language models in training compute (since 2018)',
      unit: 'months',
      ...language,
      datasets: [dataset],
      window,
      method: `${KM_METHOD} Only models whose Epoch AI domains include Language (multimodal language models included), open and closed alike.`,
      published: OPEN_MODEL_LAG,
      note: UNVERIFIED_LAG_VALUES,
    },
  ];
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Why a benchmark's lag may differ from the published one. */
const BENCHMARK_NOTES: Readonly<Record<string, string>> = {
  'GPQA Diamond':
    'Epoch AI’s runs to November 2025, after the 2024 report: open reasoning models (DeepSeek-R1, Qwen) matched closed records within weeks.',
  'MATH level 5':
    'Epoch AI’s runs to November 2025, after the 2024 report: open reasoning models (DeepSeek-R1, Qwen) matched closed records within weeks.',
  GPQA: 'Few scores (the 2024 report’s data): a handful of records decide the median.',
};

/**
 * Fewest matched closed records for a benchmark's lag to be reported: with one
 * or two events the Kaplan–Meier median and its interval hang on a single
 * match. (GSM1k and SWE-bench Verified fall below it.)
 */
export const MIN_MATCHED_RECORDS = 3;

/** Months open-weights models take to match closed records, per benchmark, censored at the benchmark's last score. */
export function openClosedBenchmarkLags(scores: readonly BenchmarkScore[], dataset: string): Estimate[] {
  const benchmarks = [...new Set(scores.map((s) => s.benchmark))].sort();
  return benchmarks.flatMap((benchmark) => {
    const own = scores.filter((s) => s.benchmark === benchmark);
    const dates = own.map((s) => s.date);
    const window = { from: firstDate(dates), to: lastDate(dates) };
    const lag = survivalLag(
      own.map((s) => ({ date: decimalYear(s.date), value: s.score, open: s.open })),
      window.to,
    );
    if (lag.survival!.matched < MIN_MATCHED_RECORDS) return [];
    const note = [BENCHMARK_NOTES[benchmark], UNVERIFIED_LAG_VALUES].filter(Boolean).join(' ');
    return [
      {
        id: `open-closed-lag-${slug(benchmark)}`,
        label: `Lag of open-weights models behind closed models on ${benchmark}`,
        unit: 'months',
        ...lag,
        datasets: [dataset],
        window,
        method: `${KM_METHOD} Censored at the benchmark’s last score (${window.to}).`,
        published: OPEN_MODEL_LAG,
        note,
      },
    ];
  });
}
