import { describe, expect, it } from 'vitest';
import { parameter } from './index.ts';
import { REPORTED_YEARS } from './reported-years.ts';

describe('numbers and years only essays report', () => {
  it('reads gᵢ from the paper’s reported compute growth and hardware growth (this site’s reading: 5 / 1.4 = 3.57)', () => {
    const hardware = parameter('g_h').anchors!.find((a) => a.source.key === 'gundlach-2025')!.value;
    const compute = parameter('paper_frontier_compute_growth').default;
    expect(Math.round((compute / hardware) * 100) / 100).toBe(parameter('g_i').default);
  });

  it('derives the saving against NVIDIA’s announced price from the two registry prices', () => {
    const saving =
      1 - parameter('framework_desktop_price').default / parameter('project_digits_announced_price').default;
    expect(parameter('framework_saving_vs_announced').default).toBe(Math.round(saving * 100));
  });

  it.each(REPORTED_YEARS.map((entry) => [entry.id, entry] as const))(
    '%s is a year its source states, in its quote (or, unverified, in the report it was read from)',
    (_, entry) => {
      expect(Number.isInteger(entry.default)).toBe(true);
      expect(entry.unit).toBe('year');
      const text = entry.source.quote ?? entry.source.reason ?? '';
      expect(text).toContain(String(entry.default));
    },
  );
});
