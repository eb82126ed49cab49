/** Checks on the incentives and edge figures against their datasets and the published values they rest on. */
import { describe, expect, it } from 'vitest';
import { figureDataFromDisk } from './publishing/lock-files.ts';
import { frontierAnchor } from './budget-frontier/anchor.ts';
import { frontierRun, shortName } from './edge-data.ts';
import { getFigure } from './registry.ts';
import { defaultParams, type AnyFigureSpec, type Params } from './spec.ts';

function value(spec: AnyFigureSpec, name: string, params: Params = defaultParams(spec)): number {
  const rows = spec.table(params, figureDataFromDisk(spec));
  return spec.values[name]!.compute(params, rows);
}

describe('memo-costs', () => {
  const spec = getFigure('memo-costs');
  it('prices LLaMA-13B at LLaMA-65B’s dollars per FLOP and PaLM from its row', () => {
    expect(value(spec, 'palmCost')).toBeCloseTo(2_864_192.456611229, 3);
    expect(value(spec, 'llamaCost')).toBeCloseTo((578_026.3043031124 * 7.8e22) / 5.5e23, 3);
  });
  it('recovers the memo’s accounting when the base model is free', () => {
    const memo: Params = { ...defaultParams(spec), base_share: 0 };
    expect(value(spec, 'vicunaCost', memo)).toBe(memo['finetune_usd']);
    expect(value(spec, 'costRatio', memo)).toBeGreaterThan(100 * value(spec, 'costRatio'));
  });
});

describe('budget-frontier', () => {
  const spec = getFigure('budget-frontier');
  it('fits the record runs at a growth inside Cottier et al.’s interval (2.0–2.9×/yr)', () => {
    const anchor = frontierAnchor(figureDataFromDisk(spec));
    expect(anchor.fittedGrowth).toBeGreaterThan(2.0);
    expect(anchor.fittedGrowth).toBeLessThan(2.9);
  });
  it('a bigger budget trails the frontier by fewer months and reaches a capability sooner', () => {
    const base = defaultParams(spec);
    const rich = { ...base, budget: base['budget']! * 10 };
    expect(value(spec, 'lag2030', rich)).toBeLessThan(value(spec, 'lag2030', base));
    expect(value(spec, 'budgetYear', rich)).toBeLessThanOrEqual(value(spec, 'budgetYear', base));
  });
  it('the believe-box answers put the reach year exactly at the target', () => {
    const base = defaultParams(spec);
    const later = { ...base, capability_year: 2027 };
    const ga = value(spec, 'neededAlgorithmicGrowth', later);
    expect(value(spec, 'budgetYear', { ...later, g_a: ga })).toBeCloseTo(2030, 4);
    const cap = value(spec, 'neededCapabilityYear', base);
    expect(value(spec, 'budgetYear', { ...base, capability_year: cap })).toBeCloseTo(2030, 4);
  });
  it('the Monte Carlo interval brackets the central year', () => {
    expect(value(spec, 'budgetYearLow')).toBeLessThanOrEqual(value(spec, 'budgetYear'));
    expect(value(spec, 'budgetYearHigh')).toBeGreaterThanOrEqual(value(spec, 'budgetYear'));
  });
});

describe('open-bets', () => {
  const spec = getFigure('open-bets');
  it('flat hardware ends the moving-target bets sooner and delays the fixed-target ones', () => {
    expect(value(spec, 'monthsLost')).toBeGreaterThan(0);
    expect(value(spec, 'fixedMonthsLate')).toBeGreaterThan(0);
  });
  it('draws on budget-frontier’s bill: a fixed-target bet comes when that budget reaches that capability', () => {
    const tiers = getFigure('budget-frontier');
    expect(value(spec, 'firstFixedYear')).toBeCloseTo(value(tiers, 'budgetYear'), 9);
  });
  it('has fixed-target bets that do not depend on how fast the leaders’ bill grows after the target year', () => {
    const base = defaultParams(spec);
    const dearer = { ...base, training_cost_growth: 3 };
    expect(value(spec, 'firstFixedYear', dearer)).toBeCloseTo(value(spec, 'firstFixedYear', base), 9);
    expect(value(spec, 'fixedBets2030', dearer)).toBeCloseTo(value(spec, 'fixedBets2030', base), 9);
  });
});

describe('budget-frontier v2: the anchor year’s record runs beside the trend', () => {
  const spec = getFigure('budget-frontier');
  it('starts the bill from 2025’s dearest run, which the fitted trend lies below (issue 20.8)', () => {
    expect(value(spec, 'recordCost')).toBeCloseTo(300_872_431.98936605, 0);
    expect(value(spec, 'runnerUpCost')).toBeCloseTo(185_317_313.0476319, 0);
    expect(value(spec, 'trendCost')).toBeLessThan(value(spec, 'runnerUpCost'));
    expect(value(spec, 'anchorCost')).toBe(value(spec, 'recordCost'));
    expect(value(spec, 'anchorCost', { ...defaultParams(spec), anchor_on_record: 0 })).toBe(value(spec, 'trendCost'));
  });
  it('rounds reach years to the nearest year instead of flooring them', () => {
    const year = value(spec, 'budgetYear');
    expect(spec.values['budgetYear']!.format(year)).toBe(String(Math.round(year)));
    expect(spec.values['budgetYear']!.format(2026.93)).toBe('2027');
  });
});

describe('edge figures', () => {
  it('anchor the frontier on the largest 2025 run in ai-models', () => {
    const run = frontierRun(figureDataFromDisk(getFigure('device-frontier')));
    expect(run.compute).toBeCloseTo(5e26, -20);
    expect(Math.floor(run.year)).toBe(2025);
  });
  it('name machines briefly', () => {
    expect(shortName('DGX Spark (GB10)')).toBe('DGX Spark');
    expect(shortName('Mac Studio (M3 Ultra)')).toBe('Mac Studio M3 Ultra');
    expect(shortName('Framework Desktop (Ryzen AI Max+ 395)')).toBe('Ryzen AI Max+ 395');
    expect(shortName('GeForce RTX 5090')).toBe('RTX 5090');
  });
  it('more tokens, or lower precision, move a home machine to a later frontier', () => {
    const spec = getFigure('device-frontier');
    const base = defaultParams(spec);
    expect(value(spec, 'home2030Year', { ...base, training_tokens: base['training_tokens']! * 4 })).toBeGreaterThan(
      value(spec, 'home2030Year', base),
    );
    expect(value(spec, 'sparkYear', { ...base, bits_per_weight: 3 })).toBeGreaterThan(value(spec, 'sparkYear', base));
    const tokens = value(spec, 'neededTokens');
    // At the tokens it names, the 2030 machine matches the anchor run's frontier (dated within its year, v2).
    const anchorDate = Number(spec.table(base, figureDataFromDisk(spec))[0]!['frontier_year_anchor']);
    expect(Math.floor(anchorDate)).toBe(2025);
    expect(value(spec, 'home2030Year', { ...base, training_tokens: tokens })).toBeCloseTo(anchorDate, 6);
  });
  it('an over-trained model beats its compute-optimal self and stays below its size limit', () => {
    const spec = getFigure('over-training');
    expect(value(spec, 'chosenYear')).toBeGreaterThan(value(spec, 'chosenOptimalYear'));
    expect(value(spec, 'chosenYear')).toBeLessThan(value(spec, 'chosenLimitYear'));
  });
  it('a sparser model decodes faster on the same machine', () => {
    const spec = getFigure('device-fit');
    const base = defaultParams(spec);
    expect(value(spec, 'sparkSpeed', { ...base, active_share: 0.1 })).toBeCloseTo(10 * value(spec, 'sparkSpeed'), 6);
  });
});
