import { describe, expect, it } from 'vitest';
import { BIBLIOGRAPHY, CSL_REFERENCES, cslReference, formatReference, isReferenceKey } from './bibliography.ts';
import { annualFactorFromDoublingYears, annualFactorFromHalvingMonths } from './growth.ts';
import { PARAMETERS, parameter, parameterSchema } from './parameters.ts';

describe('the parameter registry', () => {
  it.each(PARAMETERS.map((p) => [p.id, p] as const))(
    '%s parses, cites the bibliography and has low ≤ default ≤ high',
    (_, p) => {
      expect(parameterSchema.safeParse(p).success).toBe(true);
      expect(Object.keys(BIBLIOGRAPHY)).toContain(p.source.key);
      expect(p.low).toBeLessThanOrEqual(p.default);
      expect(p.default).toBeLessThanOrEqual(p.high);
    },
  );

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
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('rejects a default outside its range and names the field', () => {
    const bad = { ...parameter('g_a'), default: 99 };
    const result = parameterSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['default']);
  });

  it('turns published halving and doubling times into the registered ranges', () => {
    expect(parameter('g_a').low).toBeCloseTo(annualFactorFromHalvingMonths(14), 2);
    expect(parameter('g_a').high).toBeCloseTo(annualFactorFromHalvingMonths(5), 2);
    expect(parameter('g_h').low).toBeCloseTo(annualFactorFromDoublingYears(2.5), 2);
  });

  it('formats references', () => {
    expect(formatReference('gundlach-2025')).toBe(
      'Gundlach, H., Lynch, J., & Thompson, N. (2025). Meek Models Shall Inherit the Earth. arXiv:2507.07931.',
    );
  });
});

describe('the bibliography', () => {
  it('reads every work from references.json with a URL, and arXiv works with their DOI', () => {
    for (const item of CSL_REFERENCES) {
      expect(item.URL, item.id).toMatch(/^(https:\/\/|\/)/);
      if (item.number?.startsWith('arXiv:'))
        expect(item.DOI, item.id).toBe(`10.48550/${item.number.replace(':', '.')}`);
    }
  });

  it('refuses an unknown key by name', () => {
    expect(() => cslReference('hofman-2022')).toThrow('unknown bibliography key "hofman-2022"');
    expect(isReferenceKey('hoffmann-2022')).toBe(true);
  });

  it('shortens long author lists with "et al."', () => {
    expect(formatReference('ho-2024')).toBe(
      'Ho, A., Besiroglu, T., Erdil, E., et al. (2024). Algorithmic progress in language models. arXiv:2403.05812.',
    );
  });
});
