/**
 * What a live figure says outside its drawing once the reader pauses (island part): a one-line summary for
 * screen readers, and the reader's state written to the URL. (What a link's settings did, the page says once:
 * page-query.ts.)
 * Split from live-figure-island.ts; behaviour unchanged.
 *
 * @example const url = new UrlWriter(spec, base); url.schedule(params); // history.replaceState 250 ms later
 */
import { writeUrlState } from '../figures/url-state.ts';
import type { AnyFigureSpec, AnyTableRow, Params } from '../figures/spec.ts';
import { AfterPause } from './after-pause.ts';

const URL_WRITE_DELAY_MS = 250;
const ANNOUNCE_DELAY_MS = 700;

/**
 * The last sentence of a text (a figure's alt text ends with what the figure shows); "0.15" is no full stop.
 *
 * @example lastSentence('A line. It peaks at 0.15 in 2028.') // 'It peaks at 0.15 in 2028.'
 */
export function lastSentence(text: string): string {
  return (
    text
      .trim()
      .split(/(?<=[.!?])\s+(?=\S)/)
      .at(-1) ?? text
  ).trim();
}

/** One polite line for screen readers once the reader pauses, not one per slider step. */
export class Announcer {
  readonly #host: HTMLElement;
  readonly #spec: AnyFigureSpec;
  readonly #pause = new AfterPause(ANNOUNCE_DELAY_MS);

  constructor(host: HTMLElement, spec: AnyFigureSpec) {
    this.#host = host;
    this.#spec = spec;
  }

  /** Announces the state `current()` gives once the reader has paused. */
  schedule(current: () => { params: Params; rows: readonly AnyTableRow[] }): void {
    this.#pause.run(() => {
      const region = this.#host.querySelector('[data-summary]');
      const { params, rows } = current();
      if (region) region.textContent = this.#spec.summary?.(params, rows) ?? lastSentence(this.#spec.alt(params, rows));
    });
  }
}

/**
 * Writes the reader's state to the URL once the reader pauses: a drag fires about 60 inputs a second, and
 * browsers throttle history.replaceState called that often.
 */
export class UrlWriter {
  readonly #spec: AnyFigureSpec;
  readonly #base: Params;
  readonly #pause = new AfterPause(URL_WRITE_DELAY_MS);

  constructor(spec: AnyFigureSpec, base: Params) {
    this.#spec = spec;
    this.#base = base;
  }

  schedule(params: Params): void {
    this.#pause.run(() => this.write(params));
  }

  write(params: Params): void {
    this.#pause.cancel();
    const query = writeUrlState(this.#spec, params, location.search, this.#base);
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  }
}
