/**
 * Estimates computed from the published datasets, beside the published
 * figures they should reproduce. The values tested are the published
 * estimates dataset, the numbers the site shows (tests/data/versions.test.ts
 * checks that recomputing them gives the same bytes). Each tolerance is
 * explained where it is set; where our number differs from the published one,
 * the test pins the honest number and says why.
 */
import { describe, expect, it } from 'vitest';
import { publishedEstimates } from '../../src/data/site-data.ts';
import {
  estimates as estimatesDefinition,
  estimateToRow,
  rowToEstimate,
  type EstimateRow,
} from '../../src/data/datasets/estimates.ts';
import { bootstrap } from '../../src/data/estimates/bootstrap.ts';
import { impliedLoss } from '../../src/data/estimates/benchmark-sigmoid-fit.ts';
import { topAtRelease } from '../../src/data/estimates/frontier.ts';
import { benchmarkScore } from '../../src/model/benchmark-sigmoid.ts';
import { parameter } from '../../src/model/parameters/index.ts';
import { agreement, type Estimate } from '../../src/data/estimates/index.ts';
import { logLinearTrend } from '../../src/data/estimates/log-linear-trend.ts';
import {
  closedRecordCatchUps,
  medianCatchUpMonths,
  medianLagMonths,
  openRecordLags,
} from '../../src/data/estimates/open-closed-lag.ts';
import { estimatesSchema } from '../../src/data/datasets/estimates.ts';

const estimates = publishedEstimates(estimatesDefinition.version);
const byId = (id: string) => {
  const e = estimates.find((x) => x.id === id);
  if (!e) throw new Error(`no estimate ${id}`);
  return e;
};

describe('estimates against published values', () => {
  it('notable-model compute grows about 4.1×/yr 2010–2024, inside Epoch’s 4–5× band', () => {
    const e = byId('notable-compute-growth');
    expect(e.window).toEqual({ from: '2010-01-01', to: '2024-12-31' });
    expect(e.interval.estimate).toBeGreaterThan(4);
    expect(e.interval.estimate).toBeLessThan(5);
    // Our 90% interval must contain Epoch's 4.1×: same database, same window.
    expect(e.interval.low).toBeLessThan(4.1);
    expect(e.interval.high).toBeGreaterThan(4.1);
  });

  it('frontier compute grows about 4.6×/yr with Epoch’s frontier flag, near Epoch’s 4.7×', () => {
    const e = byId('frontier-compute-growth');
    // Epoch's 4.7× selects frontier models by its own rolling top-10 rule over its whole
    // database; the exported "Frontier model" flag is that rule's output, but the export has
    // fewer models than the database, so we ask for the 4–5× band and an interval holding 4.7×.
    expect(e.interval.estimate).toBeGreaterThan(4);
    expect(e.interval.estimate).toBeLessThan(5);
    expect(e.interval.low).toBeLessThan(4.7);
    expect(e.interval.high).toBeGreaterThan(4.7);
  });

  it('frontier compute grows about 4.9×/yr with our own top-10 rule: still in Epoch’s 4–5× band', () => {
    const rule = byId('frontier-compute-growth-top10');
    const flag = byId('frontier-compute-growth');
    // Ranking among notable models only admits more models (118 against the flag's 67); the
    // trend is a little steeper than the flag's, but its interval still holds Epoch's 4.7×,
    // so the answer does not hang on which frontier rule is used.
    expect(rule.n).toBeGreaterThan(flag.n);
    expect(rule.interval.estimate).toBeGreaterThan(flag.interval.estimate);
    expect(rule.interval.estimate).toBeLessThan(5);
    expect(rule.interval.low).toBeLessThan(4.7);
    expect(rule.interval.high).toBeGreaterThan(4.7);
  });

  it('amortised training cost grows about 2.5×/yr 2016–2023, inside Cottier et al.’s 2.0–2.9', () => {
    const e = byId('training-cost-growth').interval;
    // Cottier et al. report 2.4× (95% CI 2.0–2.9). The repository's cost file is the code's
    // output, not the paper's table, so we ask for an estimate inside the published interval
    // and an interval that contains 2.4×, not for equality.
    expect(e.estimate).toBeGreaterThan(2.0);
    expect(e.estimate).toBeLessThan(2.9);
    expect(e.low).toBeLessThan(2.4);
    expect(e.high).toBeGreaterThan(2.4);
  });

  it('open models take about 14 months to match closed records in training compute (Epoch: about 15)', () => {
    const e = byId('open-closed-compute-lag');
    // Epoch reports about 15 months on data to late 2024; ours runs to the end of 2025 with
    // the same closed-record framing, so we ask for its 5–22 month band and an interval around 15.
    // The interval is wide (about 3 to 18 months): 13 matched records decide the median.
    expect(e.interval.estimate).toBeGreaterThan(5);
    expect(e.interval.estimate).toBeLessThan(22);
    expect(e.interval.low).toBeLessThan(15);
    expect(e.interval.high).toBeGreaterThan(15);
  });

  it('open models take months, not years, to match closed records on benchmarks (Epoch: 5–22)', () => {
    const lags = estimates.filter((e) => e.id.startsWith('open-closed-lag-'));
    // MMLU, BBH and GPQA come from the 2024 report's data; GPQA Diamond and MATH level 5 from
    // Epoch's own runs to November 2025. GSM1k and SWE-bench Verified have too few matched records.
    expect(lags.map((e) => e.id).sort()).toEqual(
      ['bbh', 'gpqa', 'gpqa-diamond', 'math-level-5', 'mmlu'].map((b) => `open-closed-lag-${b}`),
    );
    for (const e of lags) {
      expect(e.interval.estimate).toBeGreaterThanOrEqual(0);
      expect(e.interval.estimate).toBeLessThan(22);
      expect(e.datasets).toEqual(['open-closed-benchmarks v2']);
    }
    // The older benchmarks of the report sit inside Epoch's band: MMLU about 15 months, BBH 12.
    expect(byId('open-closed-lag-mmlu').interval.estimate).toBeGreaterThan(5);
    expect(byId('open-closed-lag-bbh').interval.estimate).toBeGreaterThan(5);
    // On GPQA (few scores) and MATH level 5 our medians, about 4 months, fall below 5: Epoch's
    // runs reach November 2025, when open reasoning models (DeepSeek-R1, Qwen) matched closed
    // records within weeks, after the 2024 report. Their intervals still reach or approach 5.
    expect(byId('open-closed-lag-gpqa').interval.estimate).toBeLessThan(5);
    expect(byId('open-closed-lag-gpqa').interval.high).toBeGreaterThan(5);
    expect(byId('open-closed-lag-math-level-5').interval.high).toBeGreaterThan(5);
    // The median across benchmarks lies inside Epoch's 5–22 range.
    const median = [...lags.map((e) => e.interval.estimate)].sort((a, b) => a - b)[Math.floor(lags.length / 2)]!;
    expect(median).toBeGreaterThan(5);
    expect(median).toBeLessThan(22);
  });

  it('GPU price-performance doubles every 3–4.5 years here: slower than the published 2.1–2.5', () => {
    const e = byId('gpu-price-performance-doubling');
    // An honest difference, kept rather than tuned away, and published with its note.
    // Hobbhahn & Besiroglu fit 470 GPUs with release prices; Epoch's chip file behind this
    // dataset prices about 200 GPUs of 2006–2021, and its prices are nominal (adjusting for 2%
    // inflation would shorten the doubling by about a tenth). We have not isolated which
    // difference explains the gap; the test pins the band this sample supports.
    expect(e.n).toBeGreaterThan(150);
    expect(e.interval.estimate).toBeGreaterThan(3);
    expect(e.interval.estimate).toBeLessThan(4.5);
    expect(e.interval.low).toBeGreaterThan(e.published.high!);
    expect(agreement(e.interval, e.published)).toBe('differs');
    expect(e.note).toMatch(/^Slower than published/);
  });

  it('fits MMLU as a sigmoid of loss, and the model’s registry carries the fitted values', () => {
    const midpoint = byId('mmlu-sigmoid-midpoint');
    const slope = byId('mmlu-sigmoid-slope');
    expect(midpoint.n).toBeGreaterThan(50);
    // The registry's data-backed defaults must stay what the data give (to their rounding).
    expect(parameter('mmlu_midpoint').default).toBeCloseTo(midpoint.interval.estimate, 2);
    expect(parameter('mmlu_slope').default).toBeCloseTo(slope.interval.estimate, 0);
    expect(Math.abs(parameter('mmlu_midpoint').low - midpoint.interval.low)).toBeLessThan(0.003);
    expect(Math.abs(parameter('mmlu_slope').high - slope.interval.high)).toBeLessThan(0.5);
    // The fitted curve reproduces the data's shape: near chance for small models, near 90% at GPT-4 scale.
    const s = { chance: 0.25, midpoint: midpoint.interval.estimate, slope: slope.interval.estimate };
    expect(benchmarkScore(impliedLoss(1e21), s)).toBeLessThan(0.35);
    expect(benchmarkScore(impliedLoss(2e25), s)).toBeGreaterThan(0.8);
  });

  it('are what the parameter registry quotes in its notes, to the digits it quotes', () => {
    // The registry's notes cite our estimates in prose ("our estimate from ai-models v1 is 4.6×");
    // this keeps each quoted number equal to the published estimate it names.
    const quoted: Record<string, string> = {
      frontier_compute_growth: 'frontier-compute-growth',
      training_cost_growth: 'training-cost-growth',
      open_lag_compute_months: 'open-closed-compute-lag',
    };
    for (const [parameterId, estimateId] of Object.entries(quoted)) {
      const note = parameter(parameterId).note ?? '';
      const match = note.match(/our estimate from ([a-z-]+ v\d+) is (\d+(?:\.\d+)?)/i);
      expect(match, `${parameterId} note: ${note}`).not.toBeNull();
      const e = byId(estimateId);
      expect(e.datasets).toContain(match![1]);
      const digits = match![2]!.split('.')[1]?.length ?? 0;
      expect(e.interval.estimate.toFixed(digits), parameterId).toBe(match![2]);
    }
  });

  it('each bracket its estimate, name the data they read and explain every difference', () => {
    expect(estimates.length).toBe(13);
    for (const e of estimates) {
      expect(e.interval.low, e.id).toBeLessThanOrEqual(e.interval.estimate);
      expect(e.interval.high, e.id).toBeGreaterThanOrEqual(e.interval.estimate);
      expect(e.interval).toMatchObject({ level: 0.9, seed: 20261122 });
      expect(e.datasets.length).toBeGreaterThan(0);
      if (agreement(e.interval, e.published) === 'differs') expect(e.note, e.id).toBeTruthy();
    }
  });

  it('survive the trip to a published row and back', () => {
    for (const e of estimates) {
      const row = estimatesSchema.parse(
        Object.fromEntries(Object.entries(estimateToRow(e)).map(([k, v]) => [k, v === undefined ? '' : String(v)])),
      );
      expect(rowToEstimate(row as unknown as EstimateRow)).toEqual(e satisfies Estimate);
    }
  });
});

describe('methods', () => {
  it('fits an exact exponential exactly', () => {
    const trend = logLinearTrend([2019, 2020, 2021, 2022].map((x) => ({ x, y: 3 * 4 ** (x - 2019) })));
    expect(trend.annualFactor).toBeCloseTo(4, 12);
    expect(trend.doublingYears).toBeCloseTo(0.5, 12);
  });

  it('bootstraps deterministically and brackets the estimate', () => {
    const data = Array.from({ length: 50 }, (_, i) => (i * 37) % 11);
    const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const a = bootstrap(data, mean, { seed: 7 });
    expect(bootstrap(data, mean, { seed: 7 })).toEqual(a);
    expect(bootstrap(data, mean, { seed: 8 })).not.toEqual(a);
    expect(a.low).toBeLessThan(a.estimate);
    expect(a.high).toBeGreaterThan(a.estimate);
  });

  it('picks the models in the top n by compute at their release', () => {
    const m = (publication_date: string, training_compute_flop?: number) => ({
      publication_date,
      training_compute_flop,
    });
    const models = [
      m('2020-01-01', 10),
      m('2020-06-01', 5), // second largest so far: in the top 2
      m('2021-01-01', 1), // two larger before it: out
      m('2021-01-01', 20), // a new record: in
      m('2021-06-01'), // unknown compute: never ranked
      m('2022-01-01', 8), // 10 and 20 before it: out of the top 2
    ];
    expect(topAtRelease(models, 2).map((x) => x.training_compute_flop)).toEqual([10, 5, 20]);
    expect(topAtRelease(models, 10)).toHaveLength(5);
  });

  it('calls an estimate consistent when the intervals overlap', () => {
    const published = { low: 2, high: 2.9, source: '' };
    expect(agreement({ estimate: 2.5, low: 2.1, high: 3 }, published)).toBe('consistent');
    expect(agreement({ estimate: 3.5, low: 3, high: 4 }, published)).toBe('differs');
    expect(agreement({ estimate: 15, low: 3, high: 18 }, { value: 15, source: '' })).toBe('consistent');
    expect(agreement({ estimate: 1, low: 0, high: 2 }, { source: '' })).toBe('no-published-value');
  });

  it('measures the lag from each new open record to the first closed model at that level', () => {
    const releases = [
      { date: 2020, value: 10, open: false },
      { date: 2020.5, value: 100, open: false },
      { date: 2021, value: 10, open: true }, // 12 months behind the closed 10
      { date: 2021.25, value: 5, open: true }, // not a record
      { date: 2022, value: 100, open: true }, // 18 months behind the closed 100
      { date: 2022.5, value: 1000, open: true }, // ahead of every closed model: 0
    ];
    expect(openRecordLags(releases).map((m) => Math.round(m))).toEqual([12, 18, 0]);
    expect(Math.round(medianLagMonths(releases))).toBe(12);
  });

  it('measures, for each closed record, the months until an open model matched it', () => {
    const releases = [
      { date: 2020, value: 10, open: false },
      { date: 2020.5, value: 100, open: false },
      { date: 2021, value: 10, open: true }, // matches the first closed record after 12 months
      { date: 2022, value: 150, open: true }, // matches the second after 18 months
      { date: 2023, value: 1000, open: false }, // not matched yet: censored
    ];
    expect(closedRecordCatchUps(releases)).toEqual({ lags: [12, 18], unmatched: 1 });
    expect(medianCatchUpMonths(releases)).toBe(15);
  });
});
