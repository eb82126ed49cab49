/**
 * A live figure's controls (island part): the server-rendered sliders, named values and Reset wired to the figure,
 * each slider's visible and spoken value kept with its parameter. "Download this view" and "Cite this view" are in
 * the figure's menu (figure/island-menu.ts).
 *
 * @example const sliders = wireControls(host, defs, { set, reset }); showControl(host, sliders, defs, params, 'g_i');
 */
import { formatParamOf, readoutUnit } from '../figures/format.ts';
import { sliderPosition, sliderValue } from '../figures/slider.ts';
import { spokenParam } from '../figures/spoken.ts';
import type { ParamDefinition } from '../figures/spec.ts';

/**
 * A slider and the <output> that shows its value; for a parameter with choices, its radio buttons (`choices`),
 * the first of them as `input`, and no output (each button names its value).
 */
export interface Slider {
  readonly input: HTMLInputElement;
  readonly output: HTMLOutputElement | null;
  readonly choices?: readonly HTMLInputElement[];
}

/** Wires the sliders, named-value buttons and Reset in `host`, and enables them. Returns the sliders by key. */
export function wireControls(
  host: HTMLElement,
  defs: Readonly<Record<string, ParamDefinition>>,
  actions: { set(key: string, value: number): void; reset(): void },
): Map<string, Slider> {
  const sliders = new Map<string, Slider>();
  const fieldset = host.querySelector<HTMLFieldSetElement>('[data-controls] fieldset');
  if (!fieldset) return sliders;
  for (const input of fieldset.querySelectorAll<HTMLInputElement>('input[type="range"][name]')) {
    const key = input.name;
    const def = defs[key];
    if (!def) continue;
    const output = fieldset.querySelector<HTMLOutputElement>(`output[for="${input.id}"]`);
    sliders.set(key, { input, output });
    input.addEventListener('input', () => actions.set(key, sliderValue(def, Number(input.value))));
  }
  for (const radio of fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"][data-param]')) {
    const key = radio.dataset.param ?? '';
    if (!defs[key]) continue;
    const choices = [...(sliders.get(key)?.choices ?? []), radio];
    sliders.set(key, { input: choices[0]!, output: null, choices });
    radio.addEventListener('change', () => radio.checked && actions.set(key, Number(radio.value)));
  }
  for (const button of fieldset.querySelectorAll<HTMLButtonElement>('button[data-anchor]')) {
    button.addEventListener('click', () => actions.set(button.dataset.anchor ?? '', Number(button.dataset.value)));
  }
  fieldset.querySelector('[data-reset]')?.addEventListener('click', () => actions.reset());
  fieldset.disabled = false;
  return sliders;
}

/**
 * Values the reader set with a slider before the island was live (live-figure.ts marks such a slider
 * `data-moved-early`), by key, so the island applies them instead of resetting the slider: a keyboard reader's
 * first arrow key on a focused slider acts. Read before the island moves any slider to its state.
 * @example const early = earlyMoves(sliders, defs); // { g_i: 3.6 }
 */
export function earlyMoves(
  sliders: ReadonlyMap<string, Slider>,
  defs: Readonly<Record<string, ParamDefinition>>,
): Record<string, number> {
  const values: Record<string, number> = {};
  for (const [key, { input, choices }] of sliders) {
    if (choices) {
      const moved = choices.find((radio) => radio.dataset.movedEarly !== undefined);
      for (const radio of choices) delete radio.dataset.movedEarly;
      if (moved?.checked) values[key] = Number(moved.value);
      continue;
    }
    if (input.dataset.movedEarly === undefined) continue;
    delete input.dataset.movedEarly;
    values[key] = sliderValue(defs[key]!, Number(input.value));
  }
  return values;
}

/** Moves a slider, its visible value, its spoken value and its named-value buttons to the parameter's value. */
export function showControl(
  host: HTMLElement,
  sliders: ReadonlyMap<string, Slider>,
  defs: Readonly<Record<string, ParamDefinition>>,
  params: Readonly<Record<string, number>>,
  key: string,
): void {
  const control = sliders.get(key);
  const def = defs[key];
  const value = params[key];
  if (!control || !def || value === undefined) return;
  if (control.choices) {
    for (const radio of control.choices) radio.checked = Number(radio.value) === value;
    return;
  }
  const text = formatParamOf(def, value);
  const position = String(sliderPosition(def, value));
  if (control.input.value !== position && document.activeElement !== control.input) control.input.value = position;
  control.input.setAttribute('aria-valuetext', spokenParam(value, readoutUnit(def)));
  if (control.output) control.output.textContent = text;
  for (const button of host.querySelectorAll<HTMLButtonElement>(`button[data-anchor="${key}"]`)) {
    button.setAttribute('aria-pressed', String(Number(button.dataset.value) === value));
  }
}
