/**
 * A figure's title is a one-line takeaway written at its starting values ("The frontier’s lead in loss rises,
 * peaks, then fades"). A reader can move the sliders to where it is false: at "gₕ = gₐ = 1" the gap never stops
 * widening. Then the figure says so under its title, as a checked claim does (issue 19: every claim at the state on
 * screen): "Not at your settings." and one whole sentence for what the figure shows instead, from the spec's
 * `titleFails`. The build writes the note for the state a page starts in; the island updates it once the reader
 * pauses (a polite live region speaks it); it empties when the title holds again.
 *
 * @example
 * titleNote(spec, { ...defaults, g_h: 1, g_a: 1 }, rows)
 * // 'With no shared progress the meek actor never improves, and the gap widens for as long as …'
 */
import type { AnyFigureSpec, AnyTableRow, Params } from '../../figures/spec.ts';
import { AfterPause } from '../after-pause.ts';

/** The words before the sentence, as a failed claim says them (src/components/prose/live-claims.ts). */
export const TITLE_NOT_HERE = 'Not at your settings.';
const PAUSE_MS = 150;

/** The sentence shown under the title at these settings, or '' when the title holds (or claims nothing a setting changes). */
export function titleNote(spec: AnyFigureSpec, params: Params, rows: readonly AnyTableRow[]): string {
  return spec.titleFails?.(params, rows) ?? '';
}

/** Writes the note into each of the figure's note elements under `root`; an empty note hides its line. */
function showTitleNote(root: ParentNode, spec: AnyFigureSpec, text: string): void {
  for (const element of root.querySelectorAll<HTMLElement>(`[data-title-note="${spec.id}"]`)) {
    const sentence = element.querySelector('[data-title-note-text]');
    const mark = element.querySelector('[data-title-note-mark]');
    if (!sentence || !mark || sentence.textContent === text) continue;
    // Both empty while the title holds: the line takes no room, and the live region stays in the page to speak.
    mark.textContent = text ? TITLE_NOT_HERE : '';
    sentence.textContent = text;
    element.dataset.titleState = text ? 'fails' : 'holds';
  }
}

/** Sets the note at these settings now (the build's page text, the sentence catalogue and the island share it). */
export function updateTitleNote(
  root: ParentNode,
  spec: AnyFigureSpec,
  params: Params,
  rows: readonly AnyTableRow[],
): void {
  showTitleNote(root, spec, titleNote(spec, params, rows));
}

/** The island's part: the note follows the reader's settings once they pause, not on every step of a drag. */
export class TitleNote {
  readonly #host: HTMLElement;
  readonly #spec: AnyFigureSpec;
  readonly #pause = new AfterPause(PAUSE_MS);

  constructor(host: HTMLElement, spec: AnyFigureSpec) {
    this.#host = host;
    this.#spec = spec;
  }

  schedule(current: () => { params: Params; rows: readonly AnyTableRow[] }): void {
    if (!this.#spec.titleFails) return;
    this.#pause.run(() => {
      const { params, rows } = current();
      updateTitleNote(this.#host, this.#spec, params, rows);
    });
  }
}
