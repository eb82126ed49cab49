/**
 * A live figure's presets (its spec's `presets`, drawn by FigurePresets.astro) as one single-choice group: each is
 * a toggle button (aria-pressed), and the one whose state is on show is pressed; moving a slider away from it
 * releases it. Choosing a preset sets exactly its keys and returns every other key of the figure to where Reset
 * returns it (the defaults with the essay's preset): presets used to stack, so after "ρ = 10⁶" the next preset
 * left the head start at 10⁶ (issue 19). Without JavaScript each preset is a link to its state in the URL, which
 * the page parses the same way (keys it leaves out stay at the page's start).
 *
 * @example wirePresets(host, spec, base, (values) => island.choose(values));
 */
import type { AnyFigureSpec, Params } from '../figures/spec.ts';

/** Every key of the figure at the state preset `index` puts it in: its keys, every other key at `base`. */
export function presetState(spec: AnyFigureSpec, index: number, base: Params): Record<string, number> {
  const preset = spec.presets?.[index];
  const state: Record<string, number> = {};
  for (const key of Object.keys(spec.params)) state[key] = base[key]!;
  return { ...state, ...((preset?.params ?? {}) as Record<string, number>) };
}

/** The index of the preset whose state `params` is, or -1 when it is none of them (the first when several are). */
export function activePreset(spec: AnyFigureSpec, params: Readonly<Record<string, number>>, base: Params): number {
  const presets = spec.presets ?? [];
  return presets.findIndex((_, index) => {
    const state = presetState(spec, index, base);
    return Object.keys(state).every((key) => params[key] === state[key]);
  });
}

/** The preset buttons in a figure host, by preset index. */
function presetButtons(host: HTMLElement): HTMLAnchorElement[] {
  return [...host.querySelectorAll<HTMLAnchorElement>('a.figure-preset[data-preset-index]')];
}

/** Wires the preset buttons: a click (or Space, as for any button) chooses the preset's whole state. */
export function wirePresets(
  host: HTMLElement,
  spec: AnyFigureSpec,
  base: Params,
  choose: (values: Record<string, number>) => void,
): void {
  for (const button of presetButtons(host)) {
    const index = Number(button.dataset.presetIndex);
    const pick = (event: Event) => {
      event.preventDefault();
      choose(presetState(spec, index, base));
    };
    button.addEventListener('click', (event) => {
      // A new tab or window still opens the preset's link.
      if (event.metaKey || event.ctrlKey || event.shiftKey) return;
      pick(event);
    });
    button.addEventListener('keydown', (event) => {
      if (event.key === ' ') pick(event);
    });
  }
}

/** Presses the button of the preset on show, and only that one. */
export function showActivePreset(
  host: HTMLElement,
  spec: AnyFigureSpec,
  params: Readonly<Record<string, number>>,
  base: Params,
): void {
  const active = activePreset(spec, params, base);
  for (const button of presetButtons(host)) {
    const pressed = String(Number(button.dataset.presetIndex) === active);
    if (button.getAttribute('aria-pressed') !== pressed) button.setAttribute('aria-pressed', pressed);
  }
}
