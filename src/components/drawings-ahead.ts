/**
 * Drawings made ahead, for a figure whose sliders reach only a few states.
 *
 * open-closed-compute has one slider of 12 years and 366 dots: each new year
 * costs Plot about 5 ms to draw on a laptop, several times that on a phone,
 * before the browser lays the dots out. Its whole state space is 12 drawings,
 * so the figure draws them while the page is idle (one at a time, nearest the
 * reader's state first) and a slider input only puts a copy of one on show.
 * Drawings are pure functions of state, width and data: a drawing made ahead
 * is the drawing a fresh render gives, node for node.
 *
 * Figures with fine sliders (hundreds of states) or an uncertainty band
 * (drawn when the band worker answers) are not drawn ahead.
 */
import { sliderPosition, sliderStops } from '../figures/slider.ts';
import type { ParamDefinition } from '../figures/spec.ts';

/** At most this many states are drawn ahead: about 60 ms of idle time per figure on a laptop. */
export const MAX_STATES_AHEAD = 24;

type State = Record<string, number>;

/**
 * Every state the sliders can reach (each slider at one of its stops), nearest `current` first: fewest slider
 * steps away, summed over sliders. Undefined when there are more than `limit` states.
 *
 * @example statesNearestFirst({ from_year: { min: 2012, max: 2023, step: 1, ... } }, { from_year: 2018 })
 *   // [{ from_year: 2018 }, { from_year: 2017 }, { from_year: 2019 }, { from_year: 2016 }, …]
 */
export function statesNearestFirst(
  defs: Readonly<Record<string, ParamDefinition>>,
  current: Readonly<State>,
  limit = MAX_STATES_AHEAD,
): State[] | undefined {
  let states: { state: State; distance: number }[] = [{ state: {}, distance: 0 }];
  for (const [key, def] of Object.entries(defs)) {
    const stops = sliderStops(def, limit);
    if (!stops || states.length * stops.length > limit) return undefined;
    const here = sliderPosition(def, current[key] ?? def.default);
    states = states.flatMap(({ state, distance }) =>
      stops.map((value) => ({
        state: { ...state, [key]: value },
        distance: distance + Math.round(Math.abs(sliderPosition(def, value) - here) / def.step),
      })),
    );
  }
  // A stable sort: among states equally far, lower values first.
  return states.sort((a, b) => a.distance - b.distance).map(({ state }) => state);
}

/** A figure's state as a key: its parameters' values in the spec's order. */
export function stateKey(keys: readonly string[], state: Readonly<State>): string {
  return keys.map((key) => state[key]).join(',');
}

/** Runs `work` when the page is idle; Safari has no requestIdleCallback, so it waits a moment there instead. */
function whenIdle(work: (timeLeft: () => number) => void): void {
  if (typeof requestIdleCallback === 'function')
    requestIdleCallback((deadline) => work(() => deadline.timeRemaining()));
  else
    setTimeout(() => {
      const end = performance.now() + 10;
      work(() => end - performance.now());
    }, 50);
}

/** A drawing starts only with this much of an idle period left: one takes about 5 ms on a laptop. */
const DRAWING_MS = 8;

/** What drawing ahead does and asks: how to draw a state, whether the figure is on screen, what to do when done. */
export interface AheadWork<Drawing> {
  /** Makes the drawing of a state, at the size drawing ahead was asked for. */
  draw(state: State): Drawing;
  /** False pauses drawing ahead (a figure out of sight draws nothing) until it is asked again. */
  onScreen(): boolean;
  /** Runs once every reachable state has its drawing. */
  settled(): void;
}

/**
 * The drawings of one figure at one size, by state. A size is the island's own key (its width and the width of
 * the build-time drawing whose proportions it keeps); drawing ahead at a new size forgets the old size's drawings.
 */
export class DrawingsAhead<Drawing> {
  readonly #keys: readonly string[];
  readonly #defs: Readonly<Record<string, ParamDefinition>>;
  #size = '';
  #drawings = new Map<string, Drawing>();
  #queue: State[] = [];
  #running = false;
  #work: AheadWork<Drawing> | undefined;

  /** How many states the sliders reach: once every one has a drawing, an input has nothing left to queue. */
  readonly #states: number;

  constructor(defs: Readonly<Record<string, ParamDefinition>>) {
    this.#defs = defs;
    this.#keys = Object.keys(defs);
    this.#states = statesNearestFirst(defs, {})?.length ?? 0;
  }

  /** Whether a figure with these sliders is worth drawing ahead (few enough states). */
  static suits(defs: Readonly<Record<string, ParamDefinition>>): boolean {
    return Object.keys(defs).length > 0 && statesNearestFirst(defs, {}) !== undefined;
  }

  /** The drawing of `state` at `size`, if it was drawn ahead. */
  get(size: string, state: Readonly<State>): Drawing | undefined {
    return size === this.#size ? this.#drawings.get(stateKey(this.#keys, state)) : undefined;
  }

  /** Whether every reachable state has a drawing at the current size. */
  get done(): boolean {
    return this.#queue.length === 0 && !this.#running;
  }

  /**
   * Draws, while the page is idle, every state not yet drawn at `size`, nearest `current` first (AheadWork says
   * how). A later call (a new size or state, or the figure back on screen) takes over from an earlier one.
   */
  drawAhead(size: string, current: Readonly<State>, work: AheadWork<Drawing>): void {
    if (size !== this.#size) this.#resize(size);
    // Every input asks (live-figure-island.ts draw()): once all are drawn at this size, answer without sorting.
    if (this.#drawings.size === this.#states) return work.settled();
    this.#queue = (statesNearestFirst(this.#defs, current) ?? []).filter(
      (state) => !this.#drawings.has(stateKey(this.#keys, state)),
    );
    this.#work = work;
    if (this.#running) return;
    if (this.#queue.length === 0) return work.settled();
    this.#running = true;
    whenIdle((timeLeft) => this.#step(timeLeft));
  }

  #step(timeLeft: () => number): void {
    const work = this.#work;
    if (!work || !work.onScreen()) {
      this.#running = false;
      return;
    }
    // A drawing starts only with room for it left in the idle period, so a reader's input is never kept waiting.
    while (this.#queue.length > 0 && timeLeft() > DRAWING_MS) {
      const state = this.#queue.shift()!;
      const key = stateKey(this.#keys, state);
      if (!this.#drawings.has(key)) this.#drawings.set(key, work.draw(state));
    }
    if (this.#queue.length > 0) return whenIdle((left) => this.#step(left));
    this.#running = false;
    work.settled();
  }

  #resize(size: string): void {
    this.#size = size;
    this.#drawings = new Map();
    this.#queue = [];
  }
}
