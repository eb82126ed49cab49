import { describe, expect, it } from 'vitest';
import { gapBandTitleFails } from './title-fails.ts';
import spec from './v2.ts';

describe('meek-gap-band: where its title fails', () => {
  it('holds while the median draw peaks inside the figure, even if some draws already shrink', () => {
    expect(gapBandTitleFails(2025, [2024.6, 2025.3, 2026])).toBeUndefined();
    const p = { budget: 1000, lead: 25 };
    expect(spec.cases!.peakRange!.compute(p, [])).toBe('someBefore');
    expect(spec.titleFails!(p, spec.table(p, {}))).toBeUndefined();
  });

  it('says the band only falls once most draws peaked before the start', () => {
    const p = { budget: 1000, lead: 1e7 };
    expect(spec.cases!.peakSpread!.compute(p, [])).toBe('mostBefore');
    expect(spec.titleFails!(p, spec.table(p, {}))).toBe(
      'With this head start the gap is already shrinking at the start in most draws: the median draw peaked in 2014, before the figure begins, so the band only falls.',
    );
  });
});
