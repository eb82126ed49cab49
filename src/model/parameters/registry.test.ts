import { describe, expect, it } from 'vitest';
import { BIBLIOGRAPHY, formatReference } from '../bibliography.ts';
import { annualFactorFromDoublingYears, annualFactorFromHalvingMonths } from '../growth.ts';
import { OWN_WORKS, PARAMETERS, parameter, parameterSchema, type Citation } from './index.ts';

/** Every citation of a parameter: its default's source, its published interval and its anchors. */
const citations = (id: string): Citation[] => {
  const p = parameter(id);
  return [p.source, ...(p.published ? [p.published] : []), ...(p.anchors ?? []).map((a) => a.source)];
};

describe('the parameter registry', () => {
  it.each(PARAMETERS.map((p) => [p.id, p] as const))('%s parses and cites the bibliography', (_, p) => {
    expect(parameterSchema.safeParse(p).success).toBe(true);
    for (const c of citations(p.id)) expect(Object.keys(BIBLIOGRAPHY)).toContain(c.key);
  });

  it('quotes every verified number of another work, and says why when it cannot', () => {
    for (const p of PARAMETERS)
      for (const c of citations(p.id)) {
        if (!c.verified) expect(c.reason, p.id).toBeTruthy();
        else if (!OWN_WORKS.has(c.key)) expect(c.quote, p.id).toMatch(/\d|\b(one|two|three|four|five|ten)\b/);
      }
  });

  it('has unique ids and covers what the essays use', () => {
    const ids = PARAMETERS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [
      'hoffmann_e',
      'besiroglu_alpha',
      'g_i',
      'g_h',
      'g_a',
      'alpha',
      'frontier_compute_growth',
      'training_cost_growth',
      'inference_price_decline',
      'open_lag_compute_months',
      'decode_efficiency',
    ])
      expect(ids).toContain(id);
  });

  it('turns the published halving and doubling times into the registered ranges', () => {
    // Ho et al.: halving in 8 months [5, 14] (95%).
    expect(parameter('g_a').low).toBe(annualFactorFromHalvingMonths(14));
    expect(parameter('g_a').high).toBe(annualFactorFromHalvingMonths(5));
    // Hobbhahn & Besiroglu: ML GPUs double in 2.07 years [1.54, 3.13], all GPUs in 2.46 [2.24, 2.72] (95%).
    const gh = parameter('g_h');
    expect([gh.low, gh.high]).toEqual([annualFactorFromDoublingYears(3.13), annualFactorFromDoublingYears(1.54)]);
    expect(gh.low).toBeCloseTo(1.248, 3);
    expect(gh.high).toBeCloseTo(1.568, 3);
    expect(gh.low).toBeLessThan(annualFactorFromDoublingYears(2.72));
    expect(gh.high).toBeGreaterThan(annualFactorFromDoublingYears(2.24));
    expect(gh.level).toBe(0.95);
  });

  it('defines g_i as the paper does: frontier compute growth net of hardware, paired with g_h', () => {
    const gi = parameter('g_i');
    const gh = parameter('g_h');
    // The paper: compute growing 5× a year over hardware 1.4× a year (5 / 1.4 = 3.57).
    expect(gi.default).toBe(3.57);
    expect(gi.anchors![0]!.value).toBe(gi.default);
    expect(gi.default * gh.default).toBeCloseTo(5, 1);
    // The range is Epoch AI's 4–5× of compute over the same 1.4, and the default lies inside it.
    const compute = parameter('frontier_compute_growth').published!;
    expect(gi.low * gh.default).toBeCloseTo(compute.low, 1);
    expect(gi.high * gh.default).toBeCloseTo(compute.high, 1);
    expect(gi.published?.key).toBe(compute.key);
    expect(gi.assumption).toBeUndefined();
    expect(gi.low).toBeLessThanOrEqual(gi.default);
    expect(gi.default).toBeLessThanOrEqual(gi.published!.high);
    // Cottier's dollar growth stays an anchor, and pairing it with g_h falls short of measured compute growth.
    const dollars = gi.anchors!.find((a) => a.source.key === 'cottier-2024')!;
    expect(dollars.value).toBe(parameter('training_cost_growth').default);
    expect(dollars.value * gh.default).toBeLessThan(compute.low);
  });

  it('marks what rests on summaries of the meek paper as unverified, and says 3.57 is this site’s reading', () => {
    // Only the abstract of Gundlach, Lynch & Thompson 2025 is readable here (issue 20): every number cited to the
    // paper is unverified, with a reason, and gᵢ's says that 5 / 1.4 = 3.57 is an inference from the summaries' 3.6.
    const meek = PARAMETERS.flatMap((p) => citations(p.id)).filter((c) => c.key === 'gundlach-2025');
    expect(meek.length).toBeGreaterThan(0);
    for (const c of meek) expect([c.verified, c.reason?.includes('abstract')]).toEqual([false, true]);
    const gi = parameter('g_i');
    expect(gi.source.reason).toContain('approx. 3.6x/year');
    expect(gi.source.reason).toContain('this site’s reading');
    expect(gi.note).toContain('inference');
    expect(Math.round(gi.default * 10) / 10).toBe(3.6);
  });

  it('quotes the Chinchilla fits from Besiroglu et al.’s notebook, verified', () => {
    for (const id of [
      'hoffmann_e',
      'hoffmann_a',
      'hoffmann_b',
      'hoffmann_alpha',
      'hoffmann_beta',
      'besiroglu_e',
      'besiroglu_a',
      'besiroglu_b',
      'besiroglu_alpha',
      'besiroglu_beta',
    ]) {
      const p = parameter(id);
      expect(p.source.verified, id).toBe(true);
      expect(p.source.locator, id).toMatch(/analyzing-chinchilla/);
    }
    expect(parameter('hoffmann_a').source.quote).toContain('406.4, 410.7, 1.69, 0.34, 0.28');
    expect(parameter('besiroglu_alpha').default).toBe(0.34781);
    expect(parameter('besiroglu_alpha').high - 0.34781).toBeCloseTo(1.645 * 0.0154, 4);
  });

  it('gives the compute lag its own range, not the benchmark lag', () => {
    const lag = parameter('open_lag_compute_months');
    expect([lag.low, lag.high]).not.toEqual([5, 22]);
    expect(lag.published).toBeUndefined();
  });

  it('derives α from the exponents of the fits it cites', () => {
    const compute = (a: number, b: number) => (a * b) / (a + b);
    const alpha = parameter('alpha');
    expect(compute(0.34, 0.28)).toBeCloseTo(alpha.low, 2);
    expect(compute(parameter('hoffmann_alpha').default, parameter('hoffmann_beta').default)).toBeCloseTo(
      alpha.default,
      3,
    );
    expect(compute(parameter('besiroglu_alpha').default, parameter('besiroglu_beta').default)).toBeCloseTo(
      alpha.high,
      3,
    );
  });

  it('formats references', () => {
    expect(formatReference('gundlach-2025')).toBe(
      'Gundlach, H., Lynch, J., & Thompson, N. (2025). Meek Models Shall Inherit the Earth. arXiv:2507.07931.',
    );
  });
});
