import { describe, expect, it } from 'vitest';
import { defaultParams } from '../spec.ts';
import spec from './v5.ts';

const note = (p: Partial<Record<string, number>>) => {
  const params = { ...defaultParams(spec), ...p } as ReturnType<typeof defaultParams>;
  return spec.titleFails!(params, spec.table(params, {}));
};

describe('wall-capability-curve: where its title fails', () => {
  it('holds where the 2035 gap is smaller, the figure’s usual case', () => {
    expect(note({})).toBeUndefined();
    expect(note({ saturation: 0.3 })).toBeUndefined();
  });

  it('says there is no wall at zero saturation', () => {
    expect(note({ saturation: 0 })).toMatch(
      /^With the saturation at zero there is no wall: .* in 2025 and exactly as much in 2035\.$/,
    );
  });

  it('says the lead buys more in 2035 where the ceiling rises faster than the frontier climbs', () => {
    const p = { saturation: 0.3, ceiling_rise: 1, g_a: 1, open_lag: 1 };
    expect(spec.cases!.bend!.compute({ ...defaultParams(spec), ...p }, [])).toBe('steepens');
    expect(note(p)).toMatch(
      /^The ceiling rises faster than the frontier climbs towards it, .* and more, .*, in 2035\.$/,
    );
  });

  it('says the lead buys no less where the ceiling rises about as fast as the frontier climbs', () => {
    const p = { saturation: 0.23, ceiling_rise: 1, g_a: 1, open_lag: 1 };
    expect(spec.cases!.bend!.compute({ ...defaultParams(spec), ...p }, [])).toBe('nearly');
    expect(note(p)).toBe(
      'The ceiling rises about as fast as the frontier climbs towards it, so the same compute lead buys no less capability in 2035 than in 2025, about 0.028 points.',
    );
  });
});
