/**
 * The states a reader can reach on a page of live figures, for tests that must hold in every one of them (the
 * sentence catalogue, tests/build/prose-catalogue.test.ts; the figures' legibility test): the starting state;
 * each slider at both ends and at evenly spaced stops between (snapped to its step, as the browser snaps); each
 * named value (anchor) and each preset; every slider at its minimum, every one at its maximum; and seeded random
 * combinations. Figures on one page share a key (page-state.ts), so a state is one flat set of keys for the whole
 * page, and `figureParams` gives each figure its own, clamped to its range as the island clamps them.
 *
 * @example
 * const states = reachableStates([lossGap, gapBand], { g_i: 3.6 }, { steps: 3, random: 8, seed: 1 });
 * for (const { label, params } of states) lossGap.table(figureParams(lossGap, params), data);
 */
import { sliderPosition, sliderValue } from './slider.ts';
import { defaultParams, type AnyFigureSpec, type ParamDefinition, type Params } from './spec.ts';

export interface ReachableOptions {
  /** Stops between the two ends of each slider, evenly spaced along the slider (default 4). */
  readonly steps?: number;
  /** Seeded random combinations of every slider (default 24). */
  readonly random?: number;
  /** Seed of the random combinations (default 1): the same seed gives the same states. */
  readonly seed?: number;
}

/** One page state: every key of the page's figures, and how it was reached, in words (for failure messages). */
export interface ReachableState {
  readonly label: string;
  readonly params: Readonly<Record<string, number>>;
}

/** A small seeded generator (mulberry32): uniform in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The value the slider shows at a fraction of its travel (0 = min, 1 = max), snapped to its step.
 *
 * @example sliderAt({ min: 1, max: 3, step: 0.5, scale: 'linear' } as ParamDefinition, 0.4) // 2
 */
export function sliderAt(def: ParamDefinition, fraction: number): number {
  if (fraction <= 0) return def.min;
  if (fraction >= 1) return def.max;
  const from = sliderPosition(def, def.min);
  const to = sliderPosition(def, def.max);
  const raw = from + (to - from) * fraction;
  const snapped = def.step > 0 ? from + Math.round((raw - from) / def.step) * def.step : raw;
  const value = sliderValue(def, Number(Math.min(to, snapped).toPrecision(12)));
  return Math.min(def.max, Math.max(def.min, value));
}

/** A page state as one figure sees it: its own keys, clamped to its ranges, the rest at its defaults. */
export function figureParams(spec: AnyFigureSpec, page: Readonly<Record<string, number>>): Params {
  const params: Record<string, number> = { ...defaultParams(spec) };
  for (const [key, def] of Object.entries(spec.params as Record<string, ParamDefinition>)) {
    const value = page[key];
    if (value !== undefined) params[key] = Math.min(def.max, Math.max(def.min, value));
  }
  return params;
}

/** Every key of the page's figures with the definitions that read it (several when figures share it). */
function pageDefinitions(specs: readonly AnyFigureSpec[]): Map<string, ParamDefinition[]> {
  const keys = new Map<string, ParamDefinition[]>();
  for (const spec of specs) {
    for (const [key, def] of Object.entries(spec.params as Record<string, ParamDefinition>)) {
      keys.set(key, [...(keys.get(key) ?? []), def]);
    }
  }
  return keys;
}

const format = (value: number) => Number(value.toPrecision(4)).toString();

/**
 * The reachable states of a page whose figures are `specs`, starting from `start` (the essay's page preset:
 * defaults merged with its presets; keys it leaves out start at each figure's default). Duplicates are dropped.
 */
export function reachableStates(
  specs: readonly AnyFigureSpec[],
  start: Readonly<Record<string, number>> = {},
  options: ReachableOptions = {},
): ReachableState[] {
  const { steps = 4, random = 24, seed = 1 } = options;
  const definitions = pageDefinitions(specs);
  const base: Record<string, number> = {};
  for (const [key, defs] of definitions) base[key] = start[key] ?? defs[0]!.default;
  const states: ReachableState[] = [];
  const seen = new Set<string>();
  const add = (label: string, change: Readonly<Record<string, number>>, from = base) => {
    const params = { ...from, ...change };
    const id = JSON.stringify(Object.entries(params).sort(([a], [b]) => a.localeCompare(b)));
    if (seen.has(id)) return;
    seen.add(id);
    states.push({ label, params });
  };
  add('the starting state', {});
  for (const [key, defs] of definitions) {
    for (const def of defs) {
      for (let i = 0; i <= steps + 1; i++) {
        const value = sliderAt(def, i / (steps + 1));
        add(`${key} = ${format(value)}`, { [key]: value });
      }
      for (const anchor of def.anchors ?? [])
        add(`${key} = ${format(anchor.value)} (${anchor.label})`, { [key]: anchor.value });
    }
  }
  for (const spec of specs) {
    // Choosing a preset sets exactly its keys and returns the figure's others to where the page started them.
    const own = Object.fromEntries(Object.keys(spec.params).map((key) => [key, base[key]!]));
    for (const preset of spec.presets ?? []) {
      add(`preset "${preset.label}" of ${spec.id}`, { ...own, ...(preset.params as Record<string, number>) });
    }
  }
  const every = (end: 'min' | 'max') => Object.fromEntries([...definitions].map(([key, defs]) => [key, defs[0]![end]]));
  add('every slider at its minimum', every('min'));
  add('every slider at its maximum', every('max'));
  const next = seededRandom(seed);
  for (let i = 0; i < random; i++) {
    const change = Object.fromEntries(
      [...definitions].map(([key, defs]) => [key, sliderAt(defs[Math.floor(next() * defs.length)]!, next())]),
    );
    add(`random combination ${i + 1} (seed ${seed})`, change);
  }
  return states;
}
