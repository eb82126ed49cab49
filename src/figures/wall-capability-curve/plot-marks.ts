/**
 * The marks a version of wall-capability-curve asks Plot to draw, read as its tests read them (v7.test.ts,
 * v8.test.ts): each mark's kind, data and radius, and the texts its text marks write.
 * @example textsOf(marksAt(getFigure('wall-capability-curve', 8), defaultParams(v8), 640))
 */
import type { AnyFigureSpec, Params } from '../spec.ts';

export type Mark = {
  ariaLabel?: string;
  data?: Record<string, number>[];
  r?: number;
  channels?: { text?: { value: unknown } };
};

/** The spec's marks for `params` at `width`. */
export const marksAt = (spec: AnyFigureSpec, params: Params, width: number) =>
  spec.plot(params, spec.table(params, {}), undefined, { width }).marks as Mark[];

/** Every text the text marks write, in drawing order. */
export const textsOf = (marks: Mark[]) =>
  marks
    .filter((m) => m.ariaLabel === 'text')
    .flatMap((m) => {
      const text = m.channels!.text!.value;
      return m.data!.map((d) =>
        String(typeof text === 'function' ? text(d) : text === undefined ? d : d[text as string]),
      );
    });
