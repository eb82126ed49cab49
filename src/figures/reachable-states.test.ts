import { describe, expect, it } from 'vitest';
import { figureParams, reachableStates, seededRandom, sliderAt } from './reachable-states.ts';
import { defineFigure, type AnyFigureSpec, type ParamDefinition } from './spec.ts';

const param = (over: Partial<ParamDefinition>): ParamDefinition => ({
  label: 'P',
  symbol: 'p',
  unit: '',
  description: 'P.',
  default: 2,
  min: 1,
  max: 3,
  step: 0.5,
  scale: 'linear',
  source: 'Fixture',
  ...over,
});

const figure = (id: string, params: Record<string, ParamDefinition>, presets: AnyFigureSpec['presets'] = []) =>
  defineFigure<string>({
    id,
    version: 1,
    date: '2026-12-06',
    changes: 'First version.',
    title: id,
    caption: id,
    params,
    presets,
    constants: [],
    datasets: [],
    columns: [],
    values: {},
    table: () => [],
    plot: () => ({ marks: [] }),
    alt: () => id,
  }) as AnyFigureSpec;

const a = figure('a', { g: param({}), budget: param({ default: 1000, min: 10, max: 1e6, step: 0.1, scale: 'log' }) }, [
  { label: 'Slow', params: { g: 1.25 }, source: 'Fixture' },
]);
const b = figure('b', { g: param({ min: 1.5, max: 5, anchors: [{ label: 'Paper', value: 3.6, source: 'Fixture' }] }) });

describe('reachable states', () => {
  it('snaps slider fractions to the step, in log space for log sliders', () => {
    expect(sliderAt(param({}), 0.4)).toBe(2);
    expect(sliderAt(param({ min: 10, max: 1e6, step: 0.1, scale: 'log' }), 0.4)).toBe(1000);
    expect(sliderAt(param({}), 0)).toBe(1);
    expect(sliderAt(param({}), 1)).toBe(3);
  });

  it('visits the start, both ends and stops between of every slider, anchors, presets and random combinations', () => {
    const states = reachableStates([a, b], { g: 2.5 }, { steps: 3, random: 5, seed: 7 });
    expect(states[0]).toEqual({ label: 'the starting state', params: { g: 2.5, budget: 1000 } });
    const gs = new Set(states.map((s) => s.params.g));
    // Both figures' ranges for the shared key: 1 to 3 and 1.5 to 5, and b's anchor.
    for (const g of [1, 1.5, 2, 3, 5, 3.6]) expect(gs).toContain(g);
    const budgets = new Set(states.map((s) => s.params.budget));
    for (const budget of [10, 1e6, 1000]) expect(budgets).toContain(budget);
    // The preset sets its keys (a value between the slider's stops) and returns the figure's others to the start.
    expect(states.map((s) => s.params)).toContainEqual({ g: 1.25, budget: 1000 });
    expect(states.filter((s) => s.label.startsWith('random')).length).toBe(5);
    expect(states.find((s) => s.label === 'every slider at its maximum')?.params).toEqual({ g: 3, budget: 1e6 });
    // No state twice.
    expect(new Set(states.map((s) => JSON.stringify(s.params))).size).toBe(states.length);
  });

  it('gives the same states for the same seed and others for another', () => {
    const one = reachableStates([a], {}, { random: 4, seed: 3 });
    expect(reachableStates([a], {}, { random: 4, seed: 3 })).toEqual(one);
    expect(reachableStates([a], {}, { random: 4, seed: 4 })).not.toEqual(one);
    const next = seededRandom(1);
    expect([next(), next()].every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('hands each figure its own keys, clamped to its range as the island clamps a shared key', () => {
    expect(figureParams(b, { g: 1, budget: 50 })).toEqual({ g: 1.5 });
    expect(figureParams(a, { g: 5 })).toEqual({ g: 3, budget: 1000 });
  });
});
