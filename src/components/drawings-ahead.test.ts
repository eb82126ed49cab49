import { afterEach, describe, expect, it, vi } from 'vitest';
import { figureVersions } from '../figures/registry.ts';
import type { ParamDefinition } from '../figures/spec.ts';
import { sliderStops } from '../figures/slider.ts';
import { DrawingsAhead, MAX_STATES_AHEAD, stateKey, statesNearestFirst } from './drawings-ahead.ts';

const year: ParamDefinition = {
  label: 'From year',
  symbol: 't₀',
  unit: 'year',
  description: 'First year.',
  default: 2018,
  min: 2012,
  max: 2023,
  step: 1,
  scale: 'linear',
  source: 'test',
};
const share: ParamDefinition = { ...year, label: 'Share', unit: '', default: 0.2, min: 0, max: 0.3, step: 0.1 };
const fine: ParamDefinition = { ...year, label: 'Fine', min: 0, max: 10, step: 0.01 };

describe('statesNearestFirst', () => {
  it('orders one slider’s states by steps from the current one, lower first on a tie', () => {
    const states = statesNearestFirst({ from_year: year }, { from_year: 2018 })!;
    expect(states.map((s) => s.from_year)).toEqual([
      2018, 2017, 2019, 2016, 2020, 2015, 2021, 2014, 2022, 2013, 2023, 2012,
    ]);
  });

  it('crosses two sliders and counts steps on both', () => {
    const states = statesNearestFirst({ a: share, b: share }, { a: 0, b: 0.3 })!;
    expect(states).toHaveLength(16);
    expect(states[0]).toEqual({ a: 0, b: 0.3 });
    expect(states.slice(1, 3)).toEqual([
      { a: 0, b: 0.2 },
      { a: 0.1, b: 0.3 },
    ]);
    expect(states.at(-1)).toEqual({ a: 0.3, b: 0 });
  });

  it('is undefined when the sliders reach more states than the limit', () => {
    expect(statesNearestFirst({ from_year: year, a: share }, {})).toBeUndefined(); // 48 > 24
    expect(statesNearestFirst({ from_year: year, a: share }, {}, 48)).toHaveLength(48);
    expect(statesNearestFirst({ fine }, {})).toBeUndefined();
  });

  it('suits the figures with one year slider and no band, and no other', () => {
    const suited = figureVersions
      .filter((spec) => !spec.band && DrawingsAhead.suits(spec.params as Record<string, ParamDefinition>))
      .map((spec) => `${spec.id} v${spec.version}`);
    expect(suited).toEqual([
      'open-closed-compute v1',
      'open-closed-compute v2',
      'open-closed-compute v3',
      'open-closed-compute v4',
      'open-closed-compute v5',
      'open-closed-compute v6',
      'open-closed-compute v7',
      'open-closed-benchmark-lag v1',
      'open-closed-benchmark-lag v2',
      'open-closed-benchmark-lag v3',
    ]);
    expect(DrawingsAhead.suits({ fine })).toBe(false);
    expect(DrawingsAhead.suits({})).toBe(false);
  });
});

describe('DrawingsAhead', () => {
  afterEach(() => vi.useRealTimers());

  it('draws every state once while idle, nearest first, and forgets them at a new size', async () => {
    vi.useFakeTimers();
    const ahead = new DrawingsAhead<string>({ from_year: year });
    const drawn: number[] = [];
    const draw = (state: Record<string, number>) => {
      drawn.push(state.from_year!);
      vi.advanceTimersByTime(3); // each drawing takes 3 ms of the 10 ms idle slice
      return `drawing of ${state.from_year} at 300`;
    };
    let settled = 0;
    ahead.drawAhead('300/320', { from_year: 2020 }, { draw, onScreen: () => true, settled: () => settled++ });
    expect(ahead.done).toBe(false);
    expect(ahead.get('300/320', { from_year: 2020 })).toBeUndefined(); // nothing is drawn before the page is idle
    await vi.runAllTimersAsync();
    expect(ahead.done).toBe(true);
    expect(settled).toBe(1);
    expect(drawn.slice(0, 3)).toEqual([2020, 2019, 2021]);
    expect([...drawn].sort()).toEqual(sliderStops(year, MAX_STATES_AHEAD));
    expect(ahead.get('300/320', { from_year: 2013 })).toBe('drawing of 2013 at 300');
    expect(ahead.get('600/640', { from_year: 2013 })).toBeUndefined();

    // Asked again at the same size: nothing is drawn twice.
    ahead.drawAhead('300/320', { from_year: 2013 }, { draw, onScreen: () => true, settled: () => settled++ });
    await vi.runAllTimersAsync();
    expect(drawn).toHaveLength(12);
    expect(settled).toBe(2);

    // A new size starts over; the old size's drawings are gone.
    ahead.drawAhead('600/640', { from_year: 2013 }, { draw, onScreen: () => true, settled: () => settled++ });
    expect(ahead.get('300/320', { from_year: 2013 })).toBeUndefined();
    await vi.runAllTimersAsync();
    expect(drawn).toHaveLength(24);
    expect(drawn[12]).toBe(2013);
  });

  it('pauses while the figure is out of sight and resumes when asked again', async () => {
    vi.useFakeTimers();
    const ahead = new DrawingsAhead<number>({ from_year: year });
    let onScreen = false;
    const draw = (state: Record<string, number>) => state.from_year!;
    ahead.drawAhead('300/320', { from_year: 2018 }, { draw, onScreen: () => onScreen, settled: () => {} });
    await vi.runAllTimersAsync();
    expect(ahead.done).toBe(false);
    expect(ahead.get('300/320', { from_year: 2018 })).toBeUndefined();
    onScreen = true;
    ahead.drawAhead('300/320', { from_year: 2018 }, { draw, onScreen: () => onScreen, settled: () => {} });
    await vi.runAllTimersAsync();
    expect(ahead.done).toBe(true);
    expect(ahead.get('300/320', { from_year: 2023 })).toBe(2023);
  });

  it('starts a drawing only with room for it left in the idle period', () => {
    let timeLeft = 5;
    const waiting: ((deadline: { timeRemaining: () => number }) => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (work: (typeof waiting)[number]) => waiting.push(work));
    const ahead = new DrawingsAhead<number>({ from_year: year });
    const drawn: number[] = [];
    const draw = (state: Record<string, number>) => {
      drawn.push(state.from_year!);
      timeLeft -= 6;
      return state.from_year!;
    };
    ahead.drawAhead('300/320', { from_year: 2018 }, { draw, onScreen: () => true, settled: () => {} });
    waiting.shift()!({ timeRemaining: () => timeLeft }); // 5 ms left: nothing starts
    expect(drawn).toEqual([]);
    timeLeft = 20;
    waiting.shift()!({ timeRemaining: () => timeLeft }); // 20 ms: two drawings (20, then 14), not a third at 8
    expect(drawn).toEqual([2018, 2017]);
    expect(waiting).toHaveLength(1);
    vi.unstubAllGlobals();
  });

  it('keys a state by its values in the spec’s order', () => {
    expect(stateKey(['a', 'b'], { b: 2, a: 1 })).toBe('1,2');
  });
});
