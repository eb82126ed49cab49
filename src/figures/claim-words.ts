/**
 * How checked claims name things to readers: parameters by label, symbol and formatted value, values by label and
 * format, and, where a value is no quantity in its unit (infinite: the thing never happens; negative: it lay before
 * the start), by what holds instead, in the value's own words (FigureValue.otherwise in ./spec.ts). Never a key,
 * a raw float, "∞" or a negative duration. Shared by claims.ts and the Believe boxes (src/components/believe/).
 *
 * @example valueClause({ label: 'Time to the peak', format: (v) => `${v} years`, compute: () => 0 }, 3) // 'the time to the peak is 3 years'
 */
import { formatParam } from './format.ts';
import { midSentence } from './mid-sentence.ts';
import type { AnyFigureSpec, ParamDefinition } from './spec.ts';
import { symbolPlain } from '../notation/symbol-text.ts';

type ValueDefinition = Pick<AnyFigureSpec['values'][string], 'label' | 'format' | 'otherwise'>;

export const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * A label's first letter lower-cased for the middle of a sentence, unless its first word is a name or an acronym.
 *
 * @example lower('Years from the start') // 'years from the start'
 * @example lower('PaLM’s cost') // 'PaLM’s cost'
 * @example lower('Vicuna’s fine-tuning cost') // 'Vicuna’s fine-tuning cost'
 */
export function lower(text: string): string {
  // One rule for every sentence the site builds from labels (data-claim notes too): names by spelling or by list.
  return midSentence(text);
}

/**
 * A value's label as the subject of a sentence: with "the" before a common noun, so that "time the gap keeps
 * widening after the start is 1.9 years" reads "the time the gap keeps widening …"; a label that starts with a
 * name or an article is as it is.
 *
 * @example subject('Time the gap keeps widening after the start') // 'the time the gap keeps widening after the start'
 * @example subject('Years from the start to the peak gap') // 'the number of years from the start to the peak gap'
 * @example subject('PaLM’s cost') // 'PaLM’s cost'
 */
export function subject(label: string): string {
  const text = lower(label);
  if (COUNTED.test(text)) return `the number of ${text}`;
  return /^\p{Ll}/u.test(text) && !/^(the|a|an) /.test(text) ? `the ${text}` : text;
}

/**
 * Labels that count things ("Years from the start to the peak gap", "Closed compute records … no open model has
 * matched"): "the number of years … is 3.3 years", not "years … is".
 */
const COUNTED =
  /^([a-z]+ ){0,2}(years|months|weeks|days|bets|bits|ceilings|draws|machines|models|records|steps|tokens) /;

/**
 * A parameter's value with its unit, singular for one: "1.1×/yr", "$100", "1 step", "100 steps".
 *
 * @example paramValue({ unit: 'steps' } as ParamDefinition, 1) // '1 step'
 */
export function paramValue(def: Pick<ParamDefinition, 'unit' | 'choices'>, value: number): string {
  return def.choices?.find((choice) => choice.value === value)?.label ?? formatParam(value, def.unit);
}

/**
 * A parameter with choices at one of them, as its control reads: its label, then the chosen name. Its symbol and
 * number ("r = 1") say nothing to a reader who met the radio buttons; undefined for any other parameter or value.
 *
 * @example choiceSetting(ANCHOR_ON_RECORD_CHOICE, 1) // 'start the frontier bill in 2025 from: the most expensive run'
 */
export function choiceSetting(def: Pick<ParamDefinition, 'label' | 'choices'>, value: number): string | undefined {
  const choice = def.choices?.find((c) => c.value === value);
  return choice && `${lower(def.label)}: ${choice.label}`;
}

/** "the frontier spend growth gᵢ": how a parameter is named to readers. */
export function paramName(def: ParamDefinition): string {
  return `the ${lower(def.label)} ${symbolPlain(def.symbol)}`;
}

/** "gᵢ = 2.4×/yr": a parameter at a value, as readers see it (a choice by its name: choiceSetting). */
export function paramAt(def: ParamDefinition, value: number): string {
  return choiceSetting(def, value) ?? `${symbolPlain(def.symbol)} = ${paramValue(def, value)}`;
}

/**
 * A value as a clause: "years from the start to the peak gap is 3.3 years"; where it is no quantity in its unit,
 * what holds instead ("the gap is already shrinking at the start"). A non-finite value without words of its own
 * says that it has no value there, never "∞".
 */
export function valueClause(definition: ValueDefinition, v: number): string {
  const instead = definition.otherwise?.(v);
  if (instead !== undefined) return instead;
  if (!Number.isFinite(v)) return `${subject(definition.label)} has no value here`;
  return `${subject(definition.label)} is ${definition.format(v)}`;
}
