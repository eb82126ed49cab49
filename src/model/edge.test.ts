import { describe, expect, it } from 'vitest';
import { BESIROGLU_2024, HOFFMANN_2022_TEX, computeOptimalModel } from './chinchilla.ts';
import {
  computeForLoss,
  decodeTokensPerSecond,
  deviceFrontierYear,
  fixedSizeLoss,
  frontierYearOfLoss,
  maxParameters,
} from './edge.ts';
import { longestReliableTask, taskSuccess } from './multi-step-tasks.ts';
import { horizonLead, horizonRatio } from './task-horizon.ts';

describe('the edge', () => {
  it('fits a 4-bit 38B model in a 24 GB card and decodes a 30B one at about 40 tokens/s on 1 TB/s', () => {
    expect(maxParameters({ memoryGB: 24, bytesPerParameter: 0.5 })).toBeCloseTo(3.84e10, -6);
    expect(
      decodeTokensPerSecond({ bandwidthGBs: 1008, efficiency: 0.6, activeParameters: 3e10, bytesPerParameter: 0.5 }),
    ).toBeCloseTo(40.3, 1);
  });

  it('reads only active parameters for a mixture of experts', () => {
    const dense = decodeTokensPerSecond({
      bandwidthGBs: 800,
      efficiency: 0.6,
      activeParameters: 1.2e11,
      bytesPerParameter: 0.5,
    });
    const moe = decodeTokensPerSecond({
      bandwidthGBs: 800,
      efficiency: 0.6,
      activeParameters: 1.2e10,
      bytesPerParameter: 0.5,
    });
    expect(moe / dense).toBeCloseTo(10, 9);
  });

  it('makes an over-trained small model better than its compute-optimal peer', () => {
    const optimal = computeOptimalModel(BESIROGLU_2024, 6 * 8e9 * 160e9); // 8B at 20 tokens per parameter
    expect(fixedSizeLoss(BESIROGLU_2024, 8e9, 15e12)).toBeLessThan(optimal.loss);
  });

  it('inverts the compute-optimal frontier', () => {
    for (const c of [1e21, 1e24, 1e27])
      expect(computeForLoss(HOFFMANN_2022_TEX, computeOptimalModel(HOFFMANN_2022_TEX, c).loss) / c).toBeCloseTo(1, 6);
    expect(computeForLoss(HOFFMANN_2022_TEX, 1.6)).toBe(Infinity);
  });

  it('dates a loss to the frontier year that reached it', () => {
    const frontier = { year: 2025, frontierCompute: 5e26, growth: 4.7 };
    const loss2023 = computeOptimalModel(HOFFMANN_2022_TEX, 5e26 / 4.7 ** 2).loss;
    expect(frontierYearOfLoss(HOFFMANN_2022_TEX, loss2023, frontier)).toBeCloseTo(2023, 6);
  });
});

describe('deviceFrontierYear', () => {
  const frontier = { year: 2025, frontierCompute: 5e26, growth: 4.7 };

  it('composes memory → model size → loss → frontier year', () => {
    const device = { memoryGB: 128, bytesPerParameter: 0.5 };
    const loss = fixedSizeLoss(HOFFMANN_2022_TEX, maxParameters(device), 3e13);
    expect(deviceFrontierYear(device, 3e13, HOFFMANN_2022_TEX, frontier)).toBeCloseTo(
      frontierYearOfLoss(HOFFMANN_2022_TEX, loss, frontier),
      12,
    );
  });

  it('matches a later frontier with more memory, and with more training tokens', () => {
    const year = (memoryGB: number, tokens = 3e13) =>
      deviceFrontierYear({ memoryGB, bytesPerParameter: 0.5 }, tokens, HOFFMANN_2022_TEX, frontier);
    expect(year(128)).toBeGreaterThan(year(24));
    expect(year(512)).toBeGreaterThan(year(128));
    expect(year(128, 1e14)).toBeGreaterThan(year(128, 1e13));
    expect(year(512)).toBeLessThan(2025); // even a 512 GB machine trails the 2025 frontier under this law
  });
});

describe('algorithmic progress (gₐ)', () => {
  const frontier = { year: 2025.52, frontierCompute: 5e26, growth: 4.6 };
  const home2030 = (algorithmicGrowth: number) =>
    deviceFrontierYear(
      { memoryGB: 128 * 1.4 ** 4.48, bytesPerParameter: 0.5 },
      15e12,
      HOFFMANN_2022_TEX,
      { ...frontier, algorithmicGrowth },
      2030,
    );

  it('reduces to the compute-only dating at gₐ = 1, whatever the model year', () => {
    for (const modelYear of [2020, 2025.52, 2030])
      expect(frontierYearOfLoss(HOFFMANN_2022_TEX, 2.0, { ...frontier, algorithmicGrowth: 1 }, modelYear)).toBeCloseTo(
        frontierYearOfLoss(HOFFMANN_2022_TEX, 2.0, frontier),
        12,
      );
  });

  it('solves effective compute: gₐ^(t − Y)·C*(L) = C₀·(g_C·gₐ)^(y − Y)', () => {
    const trend = { ...frontier, algorithmicGrowth: 2.8 };
    const loss = 1.95;
    const y = frontierYearOfLoss(HOFFMANN_2022_TEX, loss, trend, 2030);
    const left = computeForLoss(HOFFMANN_2022_TEX, loss) * 2.8 ** (2030 - trend.year);
    const right = trend.frontierCompute * (4.6 * 2.8) ** (y - trend.year);
    expect(left / right).toBeCloseTo(1, 9);
  });

  it('moves a 2030 home machine from before the 2025 frontier to after it (the review’s recomputation)', () => {
    // A 128 GB machine of 2025.52 growing 1.4× a year, 4-bit weights, 15T tokens.
    expect(home2030(1)).toBeLessThan(2025);
    expect(home2030(1.5)).toBeCloseTo(2025.6, 0);
    expect(home2030(2.8)).toBeGreaterThan(2026.5);
    expect(home2030(2.8)).toBeLessThan(2027.5);
  });

  it('dates a machine’s own-year model later the faster algorithms improve, if it trails the frontier', () => {
    const year = (algorithmicGrowth: number) =>
      deviceFrontierYear(
        { memoryGB: 32, bytesPerParameter: 0.5 },
        15e12,
        HOFFMANN_2022_TEX,
        { ...frontier, algorithmicGrowth },
        2025,
      );
    expect(year(2.8)).toBeGreaterThan(year(1));
    expect(year(10)).toBeGreaterThan(year(2.8));
    expect(year(10)).toBeLessThan(2025.52);
  });

  it('refuses algorithmic growth below 1×/yr', () => {
    expect(() => frontierYearOfLoss(HOFFMANN_2022_TEX, 2.0, { ...frontier, algorithmicGrowth: 0.5 })).toThrow(
      /at least 1/,
    );
  });
});

describe('multi-step tasks and task horizon', () => {
  it('compounds per-step reliability', () => {
    expect(taskSuccess(0.99, 100)).toBeCloseTo(0.366, 3);
    expect(longestReliableTask(0.99, 0.5)).toBe(68);
    expect(longestReliableTask(0.999, 0.5)).toBe(692); // 10× fewer errors, 10× longer tasks
  });

  it('keeps a constant horizon ratio, so the absolute lead grows without bound', () => {
    expect(horizonRatio(100, 0.5)).toBe(10);
    const p = { followerHorizon0: 1, growth: 2, computeRatio: 100, exponent: 0.5 };
    expect(horizonLead(10, p)).toBeGreaterThan(horizonLead(5, p) * 30);
  });
});
