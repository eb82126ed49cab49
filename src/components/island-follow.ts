/**
 * When a figure that follows another figure's slider (a shared key, page-state.ts) catches up: what the reader
 * can see is brought up to date at once, what they cannot see when the page is idle or when they reach it.
 *
 * A slider on the meek essay moves four other figures, thousands of pixels away. Redrawing all of them after the
 * reader's own figure cost two to three frames (the bench's "followers settled", 42–53 ms p95) for drawings
 * nobody was looking at. So a follower owes two things, its drawing and its values (table rows, and the prose
 * numbers, sentences, claims and Believe boxes computed from them), and pays each when it matters:
 * - the figure on screen (or within NEAR of it): both, in the catch-up queue right after the input (catch-up.ts;
 *   aria-busy until then);
 * - only its prose on screen: the values, in the same queue; the drawing waits until the figure comes near;
 * - neither: the values when the page is next idle (at most IDLE_TIMEOUT_MS later, so a screen reader's
 *   virtual cursor or a search finds current numbers), the drawing when the figure comes near;
 * - at once, whatever is owed, when something reads the figure (its table, downloads, citation: `settle`).
 * A burst of inputs coalesces: every path reads the figure's state when it runs, and each debt is paid once.
 *
 * @example
 *   const follow = new FollowerSchedule(host, prose.elements(), (owed) => island.catchUp(owed));
 *   follow.owe();            // another figure moved a key this one shares
 *   follow.paid('drawing');  // the island drew its current state (any path: resize, band, catch-up)
 */
import { cancelCatchUp, catchUpLater } from './catch-up.ts';

/** How far outside the viewport a figure or a sentence counts as seen: it is drawn before it scrolls in. */
export const NEAR = '200px 0px';
/** The longest an unseen follower's prose numbers may lag behind, however busy the page. */
export const IDLE_TIMEOUT_MS = 500;

/** What a follower owes: its drawing, and the values computed from its state (rows, prose). */
export interface Owed {
  drawing: boolean;
  values: boolean;
}

/** Runs `work` once the page is idle (or after `timeout`); Safari has no requestIdleCallback, so a short wait. */
function whenIdle(work: () => void, timeout: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(work, { timeout });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(work, 50);
  return () => clearTimeout(id);
}

export class FollowerSchedule {
  readonly #host: HTMLElement;
  readonly #pay: (owed: Owed) => void;
  readonly #owed: Owed = { drawing: false, values: false };
  #figureNear = true;
  /** Prose elements of this figure within NEAR of the screen. */
  readonly #proseNear = new Set<Element>();
  #cancelIdle: (() => void) | undefined;

  /**
   * `prose`: the page's elements that show this figure's values. `pay` brings the figure up to date for what is
   * owed (it reports back through `paid`). `onNear`: called each time the figure comes near the screen.
   */
  constructor(host: HTMLElement, prose: readonly Element[], pay: (owed: Owed) => void, onNear: () => void) {
    this.#host = host;
    this.#pay = pay;
    new IntersectionObserver(
      ([entry]) => {
        this.#figureNear = entry?.isIntersecting ?? true;
        if (!this.#figureNear) return;
        if (this.#owed.drawing) this.#payNow(true);
        onNear();
      },
      { rootMargin: NEAR },
    ).observe(host);
    if (prose.length === 0) return;
    const proseWatch = new IntersectionObserver(
      (entries) => {
        for (const entry of entries)
          if (entry.isIntersecting) this.#proseNear.add(entry.target);
          else this.#proseNear.delete(entry.target);
        if (this.#proseNear.size > 0 && this.#owed.values) this.#payNow(this.#figureNear);
      },
      { rootMargin: NEAR },
    );
    for (const element of prose) proseWatch.observe(element);
  }

  /** Whether the figure is on screen or within NEAR of it. */
  get figureNear(): boolean {
    return this.#figureNear;
  }

  /** Another figure moved a key this one shares: it owes its drawing and its values, paid as the reader sees them. */
  owe(): void {
    this.#owed.drawing = true;
    this.#owed.values = true;
    if (this.#figureNear || this.#proseNear.size > 0) {
      catchUpLater(this.#host, () => this.#payNow(this.#figureNear));
      return;
    }
    this.#cancelIdle ??= whenIdle(() => {
      this.#cancelIdle = undefined;
      if (this.#owed.values) this.#payNow(this.#figureNear);
    }, IDLE_TIMEOUT_MS);
  }

  /** The island brought `part` up to date at the figure's current state, by whatever path. */
  paid(part: keyof Owed): void {
    this.#owed[part] = false;
    if (this.#owed.drawing || this.#owed.values) return;
    cancelCatchUp(this.#host);
    this.#cancelIdle?.();
    this.#cancelIdle = undefined;
  }

  /** Pays now what something reading the figure needs: its values (a table, a CSV), and its drawing (an SVG or PNG). */
  settle(withDrawing: boolean): void {
    if (this.#owed.values || (withDrawing && this.#owed.drawing)) this.#payNow(withDrawing);
  }

  /** Pays the values, and the drawing when `withDrawing`. */
  #payNow(withDrawing: boolean): void {
    const owed = { drawing: withDrawing && this.#owed.drawing, values: this.#owed.values };
    if (owed.drawing || owed.values) this.#pay(owed);
  }
}
