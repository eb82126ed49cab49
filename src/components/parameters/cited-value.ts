/**
 * A cited number for prose, read from the parameter registry: the value a source gives for a parameter (one of its
 * anchors, or else its default when that is the source's) and, if asked, the interval that source publishes. A
 * rate a year may also be said as the halving or doubling time it comes from ("8 months"), since that is how Ho et
 * al. and Hobbhahn & Besiroglu publish theirs. Used by <ParameterValue> to render and by the essay pipeline
 * (src/authoring/remark-parameter-values.ts) to stop the build at the line of a wrong id, source or form.
 *
 * @example
 *   citedValue('training_cost_growth', 'cottier-2024', true).text // "2.4×/yr (90% interval 2.0–2.9)"
 *   citedValue('g_a', 'ho-2024', true, 'halving').text // "8 months (95% interval 5–14 months)"
 */
import { didYouMean } from '../../authoring/author-error.ts';
import { formatNumber, formatParam } from '../../figures/format.ts';
import { PARAMETERS, type Parameter } from '../../model/parameters/index.ts';
import { describePublishedLevel } from './describe.ts';

export interface CitedValue {
  /** What the reader sees: "2.4×/yr" or "2.4×/yr (90% interval 2.0–2.9)". */
  readonly text: string;
  /** The parameter's entry on /parameters/, with the quote and where in the work it is. */
  readonly href: string;
  /** "Frontier spending growth (dollars per year): Measured training-cost growth (Cottier et al. 2024)". */
  readonly title: string;
}

/**
 * How a rate is said: as the rate itself, or as the time it takes to halve what a capability costs (a rate a year
 * of f is a halving every 12 / log₂ f months) or to double what a dollar buys (every 1 / log₂ f years).
 */
export type CitedForm = 'rate' | 'halving' | 'doubling';
export const CITED_FORMS: readonly CitedForm[] = ['rate', 'halving', 'doubling'];

/** A time read off a rate a year; the published times come back to three significant digits (8, 14, 2.07). */
const TIMES: Record<Exclude<CitedForm, 'rate'>, { unit: string; of: (rate: number) => number }> = {
  halving: { unit: 'months', of: (rate) => 12 / Math.log2(rate) },
  doubling: { unit: 'years', of: (rate) => 1 / Math.log2(rate) },
};

/** Decimals as the numbers are written: 2.0–2.9 keeps the zero that Number(2.0) drops. */
function decimals(...texts: string[]): number {
  return Math.max(0, ...texts.map((text) => (text.split('.')[1] ?? '').length));
}

/** The value `source` gives: an anchor from it, or the default when the default is its (undefined when neither). */
function valueFrom(param: Parameter, source: string): { value: number; label: string } | undefined {
  const anchor = param.anchors?.find((a) => a.source.key === source);
  if (anchor) return anchor;
  if (param.source.key === source) return { value: param.default, label: 'the value the essays start from' };
  return undefined;
}

/** A number as a source wrote it: two decimals at most (2.4, 2.07, 3.57), not a conversion's float (2.8284…). */
const isWritten = (value: number) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-9;

/**
 * Significant digits of a rate converted from a time the source states. "Halved every 8 months" holds the time to
 * within half a month, 7.5–8.5, which is 3.03–2.66× a year: the conversion knows the rate to two digits (2.8), and a
 * third (2.83) would report a precision the source never gave.
 */
const CONVERTED_DIGITS = 2;

/** A rate as a sentence reports it: as the source wrote it, or converted to the precision its source's time holds. */
function sayRate(value: number): string {
  return isWritten(value) ? String(value) : formatNumber(value, CONVERTED_DIGITS);
}

/** A rate's value, or its interval's ends, in the form asked; an interval's ends share their decimals. */
function say(param: Parameter, form: CitedForm, ...values: number[]): string[] {
  if (form === 'rate') {
    // Numbers a source wrote (2.0, 2.9) keep their decimals; a converted one (1.8114…) keeps two significant digits.
    const written = values.map(sayRate);
    const places = decimals(...written);
    return values.map((v) => v.toFixed(places));
  }
  if (!param.unit.startsWith('×')) {
    throw new Error(
      `parameter "${param.id}" is not a rate a year (its unit is "${param.unit}"), so it has no ${form} time`,
    );
  }
  return values.map((v) => formatNumber(TIMES[form].of(v), 3));
}

/** The value, or a sentence saying what is wrong and what exists (thrown as an Error). */
/**
 * `interval`: true adds the interval `source` publishes to its value; 'only' gives that interval alone, as the
 * source states it ("5–22 months"), for a sentence that reports a source's range and not a point.
 */
export function citedValue(
  id: string,
  source: string,
  interval: boolean | 'only' = false,
  form: CitedForm = 'rate',
): CitedValue {
  const param = PARAMETERS.find((p) => p.id === id);
  if (!param)
    throw new Error(
      `unknown parameter "${id}"${didYouMean(
        id,
        PARAMETERS.map((p) => p.id),
      )}`,
    );
  if (!CITED_FORMS.includes(form)) throw new Error(`unknown form "${form}" (use ${CITED_FORMS.join(', ')})`);
  const given = interval === 'only' ? undefined : valueFrom(param, source);
  const published = param.published?.key === source ? param.published : undefined;
  if (interval && !published)
    throw new Error(
      `parameter "${id}" has no interval published by "${source}"${param.published ? ` (its interval is from "${param.published.key}")` : ''}`,
    );
  if (!given && !(interval && published)) {
    const sources = [...new Set([param.source.key, ...(param.anchors ?? []).map((a) => a.source.key)])];
    throw new Error(
      `parameter "${id}" has no value from "${source}"${didYouMean(source, sources)}${published ? ' (it publishes only an interval: add interval)' : ''}`,
    );
  }
  const unit = form === 'rate' ? param.unit : TIMES[form].unit;
  // A rate and a percentage are written against their number ("2.4×/yr", "45%"); other units after a space.
  const tight = unit.startsWith('×') || unit === '%';
  const withUnit = (number: string) => (tight ? `${number}${unit}` : `${number} ${unit}`);
  let text = '';
  if (given)
    text =
      form !== 'rate'
        ? withUnit(say(param, form, given.value)[0]!)
        : unit.startsWith('×') && !isWritten(given.value)
          ? withUnit(sayRate(given.value))
          : unit === '%'
            ? withUnit(formatNumber(given.value))
            : // A price a person pays is written in full ("$3,000"); budgets keep the figures' short form ("$1M").
              unit === 'US$' && given.value < 1e4
              ? `$${formatNumber(given.value)}`
              : formatParam(given.value, param.unit);
  if (interval && published) {
    // A time is the longer the slower the rate: its interval runs from the high rate's time to the low one's.
    const ends = form === 'rate' ? [published.low, published.high] : [published.high, published.low];
    const [low, high] = say(param, form, ...(given ? [given.value] : []), ...ends).slice(-2);
    // In a sentence: "90% interval 2.0–2.9", or for a source that gives a range without a level, "range 2.86–3.57".
    const level =
      published.level === 'range'
        ? 'range'
        : describePublishedLevel(published.level).replace(' confidence interval', ' interval');
    const span = withUnit(`${low}–${high}`);
    // A source that gives only an interval (Epoch AI's "4–5× a year") is cited as that interval: "4–5×/yr".
    if (!given) text = published.level === 'range' ? span : `${span} (${level})`;
    else text += ` (${level} ${form === 'rate' ? `${low}–${high}` : span})`;
  }
  const label = given?.label ?? `${describePublishedLevel(published!.level)} as published`;
  return { text, href: `/parameters/#${param.id}`, title: `${param.label}: ${label}` };
}
