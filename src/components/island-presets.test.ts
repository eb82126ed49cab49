import { describe, expect, it } from 'vitest';
import { getFigure } from '../figures/registry.ts';
import { defaultParams } from '../figures/spec.ts';
import { activePreset, presetState } from './island-presets.ts';

const spec = getFigure('meek-loss-gap');
const base = defaultParams(spec);
const presets = spec.presets ?? [];
const index = (label: RegExp) => presets.findIndex((p) => label.test(p.label));

describe('presets as one choice', () => {
  it('the figure has the presets this test is about', () => {
    expect(index(/ρ = 10⁶/)).toBeGreaterThanOrEqual(0);
    expect(index(/no shared progress/)).toBeGreaterThanOrEqual(0);
  });

  it('a preset sets exactly its keys and returns every other key to the start (they used to stack)', () => {
    const lead = presetState(spec, index(/ρ = 10⁶/), base);
    expect(lead.lead).toBe(1e6);
    const next = presetState(spec, index(/no shared progress/), base);
    expect(next).toEqual({ ...base, g_h: 1, g_a: 1 });
    expect(next.lead).toBe(base.lead);
  });

  it('knows which preset is on show, and none once a slider moves away', () => {
    const i = index(/no shared progress/);
    const state = presetState(spec, i, base);
    expect(activePreset(spec, state, base)).toBe(i);
    expect(activePreset(spec, { ...state, alpha: state.alpha! + 0.01 }, base)).toBe(-1);
  });

  it('starts from the essay’s starting values, where Reset returns', () => {
    const start = { ...base, g_i: 2.4 };
    const state = presetState(spec, index(/no shared progress/), start);
    expect(state.g_i).toBe(2.4);
  });
});
