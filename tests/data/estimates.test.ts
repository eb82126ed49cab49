/**
 * Estimates computed from the published datasets, beside the published
 * figures they should reproduce. Each tolerance is explained where it is set.
 */
import { describe, expect, it } from 'vitest';
import { computePublishedEstimates } from '../../src/data/site-data.ts';
import { bootstrap } from '../../src/data/estimates/bootstrap.ts';
import { impliedLoss } from '../../src/data/estimates/benchmark-sigmoid-fit.ts';
import { benchmarkScore } from '../../src/model/benchmark-sigmoid.ts';
import { parameter } from '../../src/model/parameters.ts';
import type { Estimate } from '../../src/data/estimates/index.ts';
import { logLinearTrend } from '../../src/data/estimates/log-linear-trend.ts';
import {
  closedRecordCatchUps,
  medianCatchUpMonths,
  medianLagMonths,
  openRecordLags,
} from '../../src/data/estimates/open-closed-lag.ts';

// The same code path the site uses: published files, validated by their schemas, then the estimates.
const estimates = computePublishedEstimates();
const byId = (id: string) => estimates.find((e) => e.id === id) as Estimate;

describe('estimates against published values', () => {
  it('notable-model compute grows about 4.1×/yr 2010–2024, inside Epoch’s 4–5× band', () => {
    const e = byId('notable-compute-growth').interval;
    expect(e.estimate).toBeGreaterThan(4);
    expect(e.estimate).toBeLessThan(5);
    // Our 90% interval must contain Epoch's 4.1×: same database, same window.
    expect(e.low).toBeLessThan(4.1);
    expect(e.high).toBeGreaterThan(4.1);
  });

  it('frontier compute grows about 4.5×/yr, near Epoch’s 4.7×', () => {
    const e = byId('frontier-compute-growth').interval;
    // Epoch's 4.7× selects frontier models by its own rolling top-10 rule; the exported
    // "Frontier model" flag we use is close to but not the same set, so we ask for the 4–5× band
    // and an interval that contains 4.7×.
    expect(e.estimate).toBeGreaterThan(4);
    expect(e.estimate).toBeLessThan(5);
    expect(e.low).toBeLessThan(4.7);
    expect(e.high).toBeGreaterThan(4.7);
  });

  it('amortised training cost grows about 2.4×/yr 2016–2023, inside Cottier et al.’s 2.0–2.9', () => {
    const e = byId('training-cost-growth').interval;
    expect(e.estimate).toBeGreaterThan(2.0);
    expect(e.estimate).toBeLessThan(2.9);
    // The repository's cost file holds a few more models than the paper's final sample, so
    // we ask for overlap with the published interval rather than equality.
    expect(e.low).toBeLessThan(2.9);
    expect(e.high).toBeGreaterThan(2.0);
  });

  it('open models take about 15 months to match closed records in training compute', () => {
    const e = byId('open-closed-compute-lag').interval;
    // Epoch reports about 15 months on data to late 2024; ours runs to the end of 2025 with
    // the same closed-record framing, so we ask for its 5–22 month band and an interval around 15.
    expect(e.estimate).toBeGreaterThan(5);
    expect(e.estimate).toBeLessThan(22);
    expect(e.low).toBeLessThan(15);
    expect(e.high).toBeGreaterThan(15);
  });

  it('open models take months, not years, to match closed records on benchmarks (Epoch: 5–22)', () => {
    const lags = estimates.filter((e) => e.id.startsWith('open-closed-lag-'));
    // MMLU, BBH and GPQA come from the 2024 report's data; GPQA Diamond, MATH level 5 and
    // SWE-bench Verified from Epoch's own runs to November 2025; GSM1k has too few matched records.
    expect(lags.map((e) => e.id).sort()).toEqual(
      ['bbh', 'gpqa', 'gpqa-diamond', 'math-level-5', 'mmlu'].map((b) => `open-closed-lag-${b}`),
    );
    for (const e of lags) {
      expect(e.interval.estimate).toBeGreaterThanOrEqual(0);
      expect(e.interval.estimate).toBeLessThan(22);
    }
    // The older, saturated benchmarks sit inside Epoch's band; on GPQA and MATH level 5 our
    // medians (about 4 months) fall below it: on those, open reasoning models of 2025
    // (DeepSeek-R1, Qwen) matched closed records within weeks, after the 2024 report.
    const median = [...lags.map((e) => e.interval.estimate)].sort((a, b) => a - b)[Math.floor(lags.length / 2)]!;
    expect(median).toBeGreaterThan(5);
    expect(median).toBeLessThan(22);
    expect(byId('open-closed-lag-mmlu').interval.estimate).toBeGreaterThan(5);
  });

  it('GPU price-performance doubles every 3–4.5 years here: slower than the published 2.1–2.5', () => {
    const e = byId('gpu-price-performance-doubling');
    // An honest difference, kept rather than tuned away. Hobbhahn & Besiroglu fit 470 GPUs with
    // release prices; Epoch's chip file behind this dataset prices about 200 GPUs from 2006–2021,
    // and its prices are nominal (adjusting for inflation would shorten the doubling somewhat).
    // We have not isolated which of these explains the gap; the test pins the band this sample
    // supports and records that it is slower than the published figure.
    expect(e.n).toBeGreaterThan(150);
    expect(e.interval.estimate).toBeGreaterThan(3);
    expect(e.interval.estimate).toBeLessThan(4.5);
    expect(e.interval.low).toBeGreaterThan(e.published.high!);
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

  it('are reproducible: the same seed gives the same intervals', () => {
    expect(computePublishedEstimates()).toEqual(estimates);
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
