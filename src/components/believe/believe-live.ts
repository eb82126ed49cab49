/**
 * Live "what would you have to believe" boxes: when the reader moves a
 * figure's sliders, the island calls `updateBelieve` (a lazy import, only on
 * pages with a <Believe> box) and the flip points are solved again for the
 * reader's parameters. Solving runs the figure's model dozens of times, so it
 * waits until the reader pauses rather than running on every input event.
 */
import { formatParam } from '../../figures/format.ts';
import type { AnyFigureSpec, FigureData, ParamDefinition, Params } from '../../figures/spec.ts';
import { AfterPause } from '../after-pause.ts';
import { rangeText, type BelieveRange } from './range-text.ts';
import { flipSentence, nowSentence } from './sentence.ts';
import { figureValue, holds, solveFlip, type Side } from './solve.ts';

interface BelieveConfig {
  readonly figure: string;
  readonly version: number;
  readonly value: string;
  readonly threshold: number;
  readonly holdsWhen: Side;
  readonly keys: readonly string[];
  /** Each parameter's interval and its source (believe/range.ts), set at build. */
  readonly ranges?: Readonly<Record<string, BelieveRange>>;
}

const PAUSE_MS = 200;
const pauses = new WeakMap<HTMLElement, AfterPause>();

export function updateBelieve(
  spec: AnyFigureSpec,
  params: Params,
  data: FigureData,
  root: ParentNode = document,
): void {
  for (const box of root.querySelectorAll<HTMLElement>('[data-believe]')) {
    const config = JSON.parse(box.dataset.believe ?? '{}') as BelieveConfig;
    if (config.figure !== spec.id || config.version !== spec.version) continue;
    let pause = pauses.get(box);
    if (!pause) pauses.set(box, (pause = new AfterPause(PAUSE_MS)));
    box.setAttribute('aria-busy', 'true');
    pause.run(() => {
      const question = { value: config.value, threshold: config.threshold, holdsWhen: config.holdsWhen };
      const now = box.querySelector('[data-believe-now]');
      const definition = spec.values[config.value];
      if (now && definition) {
        const value = figureValue(spec, config.value, params, data);
        now.textContent = nowSentence(definition, value, holds(question, value));
      }
      for (const key of config.keys) {
        const def = spec.params[key] as ParamDefinition;
        const answer = solveFlip(spec, question, key, params, data);
        const item = box.querySelector(`[data-believe-param="${key}"]`);
        const line = item?.querySelector('[data-believe-sentence]');
        const current = item?.querySelector('[data-believe-current]');
        if (line) line.textContent = flipSentence(def, answer);
        if (current) current.textContent = formatParam(answer.current, def.unit);
        const range = config.ranges?.[key];
        const shown = item?.querySelector('[data-believe-range]');
        if (range && shown) shown.textContent = rangeText(range, answer.current);
      }
      box.removeAttribute('aria-busy');
    });
  }
}
