import { describe, expect, it } from 'vitest';
import { parameter } from '../../model/parameters/index.ts';
import { citedValue } from './cited-value.ts';

describe('citedValue', () => {
  it("reads g_i's values and the interval each source published from the registry", () => {
    const gi = parameter('g_i');
    const anchor = gi.anchors!.find((a) => a.source.key === 'cottier-2024')!;
    expect(citedValue('g_i', 'cottier-2024')).toEqual({
      text: `${anchor.value}×/yr`,
      href: '/parameters/#g_i',
      title: `${gi.label}: ${anchor.label}`,
    });
    // gᵢ is compute growth beyond hardware (the meek paper's 3.57 = 5/1.4): its published interval is Epoch AI's
    // 4–5× compute a year, divided by gₕ = 1.4, a range without a stated level.
    expect(gi.published!.quote).toContain('4-5x/year');
    expect(citedValue('g_i', 'epoch-compute-trends-2024', true).text).toBe('2.86×/yr (range 2.86–3.57)');
  });

  it('says what exists when the id, the source or the interval is wrong', () => {
    expect(() => citedValue('g_j', 'cottier-2024')).toThrow('unknown parameter "g_j" (did you mean "g_');
    expect(() => citedValue('g_i', 'cottier-2042')).toThrow(
      'parameter "g_i" has no value from "cottier-2042" (did you mean "cottier-2024"?)',
    );
    expect(() => citedValue('g_i', 'gundlach-2025', true)).toThrow(
      'parameter "g_i" has no interval published by "gundlach-2025" (its interval is from "epoch-compute-trends-2024")',
    );
  });
});
