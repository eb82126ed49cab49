/**
 * A cited number for prose, read from the parameter registry: the value of a
 * parameter's anchor from one source and, if asked, the interval that source
 * publishes. Used by <ParameterValue> to render and by the essay pipeline
 * (src/authoring/remark-parameter-values.ts) to stop the build at the line of a
 * wrong id or source.
 *
 * @example
 *   citedValue('g_i', 'cottier-2024', true).text // "2.4×/yr (90% interval 2.0–2.9)"
 */
import { didYouMean } from '../../authoring/author-error.ts';
import { formatParam } from '../../figures/format.ts';
import { PARAMETERS } from '../../model/parameters/index.ts';
import { describePublishedLevel } from './describe.ts';

export interface CitedValue {
  /** What the reader sees: "2.4×/yr" or "2.4×/yr (90% interval 2.0–2.9)". */
  readonly text: string;
  /** The parameter's entry on /parameters/, with the quote and where in the work it is. */
  readonly href: string;
  /** "Frontier spending growth (dollars per year): Measured training-cost growth (Cottier et al. 2024)". */
  readonly title: string;
}

/** Decimals as the numbers are written: 2.0–2.9 keeps the zero that Number(2.0) drops. */
function decimals(...values: number[]): number {
  return Math.max(0, ...values.map((v) => (String(v).split('.')[1] ?? '').length));
}

/** The value, or a sentence saying what is wrong and what exists (thrown as an Error). */
export function citedValue(id: string, source: string, interval = false): CitedValue {
  const param = PARAMETERS.find((p) => p.id === id);
  if (!param)
    throw new Error(
      `unknown parameter "${id}"${didYouMean(
        id,
        PARAMETERS.map((p) => p.id),
      )}`,
    );
  const anchor = param.anchors?.find((a) => a.source.key === source);
  if (!anchor) {
    const sources = (param.anchors ?? []).map((a) => a.source.key);
    throw new Error(
      sources.length === 0
        ? `parameter "${id}" has no cited values to show`
        : `parameter "${id}" has no value from "${source}"${didYouMean(source, sources)}`,
    );
  }
  const published = param.published?.key === source ? param.published : undefined;
  if (interval && !published)
    throw new Error(
      `parameter "${id}" has no interval published by "${source}"${param.published ? ` (its interval is from "${param.published.key}")` : ''}`,
    );
  let text = formatParam(anchor.value, param.unit);
  if (interval && published) {
    const places = decimals(anchor.value, published.low, published.high);
    // In a sentence: "90% interval 2.0–2.9", or for a source that gives a range without a level, "range 2.86–3.57".
    const level =
      published.level === 'range'
        ? 'range'
        : describePublishedLevel(published.level).replace(' confidence interval', ' interval');
    text += ` (${level} ${published.low.toFixed(places)}–${published.high.toFixed(places)})`;
  }
  return { text, href: `/parameters/#${param.id}`, title: `${param.label}: ${anchor.label}` };
}
