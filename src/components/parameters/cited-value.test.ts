import { describe, expect, it } from 'vitest';
import { parameter } from '../../model/parameters/index.ts';
import { citedValue } from './cited-value.ts';

describe('citedValue', () => {
  it("reads g_i's measured growth and its published 90% interval from the registry", () => {
    const gi = parameter('g_i');
    const anchor = gi.anchors!.find((a) => a.source.key === 'cottier-2024')!;
    expect(citedValue('g_i', 'cottier-2024')).toEqual({
      text: `${anchor.value}×/yr`,
      href: '/parameters/#g_i',
      title: `${gi.label}: ${anchor.label}`,
    });
    expect(citedValue('g_i', 'cottier-2024', true).text).toBe(
      `${anchor.value}×/yr (90% interval ${gi.published!.low.toFixed(1)}–${gi.published!.high.toFixed(1)})`,
    );
    // The source's own words carry the same numbers the reader is shown.
    expect(gi.published!.quote).toContain('2.4x per year');
    expect(gi.published!.quote).toContain('90% CI: 2.0x to 2.9x');
    expect(citedValue('g_i', 'cottier-2024', true).text).toBe('2.4×/yr (90% interval 2.0–2.9)');
  });

  it('says what exists when the id, the source or the interval is wrong', () => {
    expect(() => citedValue('g_j', 'cottier-2024')).toThrow('unknown parameter "g_j" (did you mean "g_');
    expect(() => citedValue('g_i', 'cottier-2042')).toThrow(
      'parameter "g_i" has no value from "cottier-2042" (did you mean "cottier-2024"?)',
    );
    expect(() => citedValue('g_i', 'gundlach-2025', true)).toThrow(
      'parameter "g_i" has no interval published by "gundlach-2025" (its interval is from "cottier-2024")',
    );
  });
});
