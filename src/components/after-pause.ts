/**
 * Runs an action once the reader pauses: each call starts the wait again, so the ~60 input events a second of a
 * slider drag give one action, after the last of them. The island waits so before the work a reader need not see
 * on every step: the screen-reader summary (Announcer, 700 ms: a line spoken per step would drown the reader), the
 * title note (150 ms) and the checked claims (150 ms: a trend claim runs the model 61 times), the URL (250 ms:
 * browsers throttle history.replaceState) and the Believe boxes (200 ms). One helper, so each says only its delay.
 *
 * @example
 * const pause = new AfterPause(150);
 * slider.addEventListener('input', () => pause.run(() => updateNote()));   // once, 150 ms after the last input
 */
export class AfterPause {
  readonly #delayMs: number;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(delayMs: number) {
    this.#delayMs = delayMs;
  }

  /** Runs `action` once no other call has come for the delay; a waiting action is dropped for this one. */
  run(action: () => void): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(action, this.#delayMs);
  }

  /** Drops the waiting action, if any (it has been done another way). */
  cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
