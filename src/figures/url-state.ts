/**
 * Reader state in the URL query: `?g_i=4&alpha=0.16`.
 *
 * The query is untrusted input. Each value is parsed as a plain decimal
 * number, checked against the spec's schema, clamped to range, and moved to
 * the slider's nearest step when a reader could not reach it
 * (url-state-steps.ts); anything else is ignored. Every such decision yields a notice for the reader. Nothing
 * here produces markup: notices are plain strings, and any text quoted from
 * the URL has its control and bidirectional-override characters made visible
 * (`⟨U+202E⟩`) and is marked as the link's (link-text.ts), so it cannot
 * reorder, hide or pass for the notice's own words.
 *
 * Limits keep a hostile link cheap: the query is read up to MAX_QUERY_LENGTH
 * characters and MAX_KEYS distinct keys, a value longer than MAX_VALUE_LENGTH
 * is ignored, and unknown keys are summarised in one notice (url-query.ts, which the page's notice reads too).
 *
 * One page, one query: every figure on a page reads the same flat query, and a
 * key means the same parameter in every figure that has it (so figures that
 * share `g_i` move together). See README, "Reader state in the URL".
 */
import type { AnyFigureSpec, ParamDefinition, Params } from './spec.ts';
import { defaultParams } from './spec.ts';
import { reachableValue } from './url-state-steps.ts';
import { printable } from '../security/printable.ts';
import { boundedPairs, MAX_KEYS, MAX_QUERY_LENGTH, unknownKeysNotice, unreadKeys } from './url-query.ts';
import { quote } from './link-text.ts';

export interface UrlStateResult {
  /** Parameters to draw with: the starting values overridden by every acceptable URL value. */
  readonly params: Params;
  /** Keys whose value came from the URL (after clamping). */
  readonly fromUrl: readonly string[];
  /** Plain-text explanations of every ignored, clamped or dropped value; empty when nothing was. */
  readonly notices: readonly string[];
}

export interface UrlStateOptions {
  /**
   * Keys that other figures on the same page understand. They are not
   * reported as unknown. Omit to report every key the spec lacks.
   */
  readonly sharedKeys?: Iterable<string>;
  /** Starting values (an author's preset); the spec's defaults when omitted. */
  readonly base?: Params;
}

/** Longest value accepted: no honest number needs more. */
export const MAX_VALUE_LENGTH = 32;
/** The query's limits (url-query.ts), where the page reads them too. */
export { MAX_KEYS, MAX_QUERY_LENGTH };

// Plain decimal or scientific notation only: rejects "0x10", "Infinity", " ", "1,5".
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/** URL text made safe to show: unsafe characters as visible code points, cut short (security/printable.ts). */
export { printable };

function parseOne(
  spec: AnyFigureSpec,
  key: string,
  raw: string,
  def: ParamDefinition,
  base: number,
): { value?: number; notice?: string } {
  // A value the page uses instead, named when it is a choice: "using 0 (the fitted trend)", as its radio button reads;
  // `after` ends the sentence (the link's own text, which comes last: nothing of the site's follows it).
  const using = (value: number, after = '') => {
    const named = def.choices?.find((choice) => choice.value === value)?.label;
    return `using ${value}${named === undefined ? '' : ` (${named})`}${after}.`;
  };
  if (raw.length > MAX_VALUE_LENGTH) {
    return { notice: `“${key}” has a value of ${raw.length} characters, too long to be a number; ${using(base)}` };
  }
  const text = raw.trim();
  if (text === '') return { notice: `“${key}” is empty; ${using(base)}` };
  const instead = ` instead of the link’s value ${quote(raw)}`;
  if (!DECIMAL.test(text)) return { notice: `“${key}” is not a number; ${using(base, instead)}` };
  // + 0 turns "-0" (and "-1e-999", which underflows to -0) into 0: the page would print "-0 per point".
  const value = Number(text) + 0;
  if (!Number.isFinite(value)) return { notice: `“${key}” is too large to use; ${using(base, instead)}` };
  const clamped = Math.min(Math.max(value, def.min), def.max);
  const reachable = value === clamped ? reachableValue(spec, key, def, value, base) : { value: clamped, moved: true };
  if (reachable.moved && def.choices) {
    const named = def.choices.map((choice) => `${choice.value} (${choice.label})`).join(' or ');
    return {
      value: reachable.value,
      notice: `“${key}” = ${value} is not one of its values, ${named}; ${using(reachable.value)}`,
    };
  }
  if (value < def.min) return { value: def.min, notice: `“${key}” = ${value} is below the minimum; ${using(def.min)}` };
  if (value > def.max) return { value: def.max, notice: `“${key}” = ${value} is above the maximum; ${using(def.max)}` };
  if (reachable.moved) {
    return {
      value: reachable.value,
      notice: `“${key}” = ${value} is between the slider’s steps; ${using(reachable.value)}`,
    };
  }
  return { value: reachable.value };
}

/**
 * Reads a spec's parameters from a URL query. Never throws: every problem
 * becomes a notice and the affected parameter keeps its starting value.
 *
 * @example parseUrlState(spec, '?g_i=4&alpha=9').notices // ['“alpha” = 9 is above the maximum; using 0.4.']
 */
export function parseUrlState(
  spec: AnyFigureSpec,
  query: string | URLSearchParams,
  options: UrlStateOptions = {},
): UrlStateResult {
  const { pairs, notices } = boundedPairs(query);
  const defs = spec.params as Record<string, ParamDefinition>;
  const known = new Set([...Object.keys(defs), ...(options.sharedKeys ?? [])]);
  const base = { ...defaultParams(spec), ...(options.base ?? {}) };
  const params: Record<string, number> = { ...base };
  const fromUrl: string[] = [];

  for (const [key, def] of Object.entries(defs)) {
    const values = pairs.filter(([k]) => k === key).map(([, v]) => v);
    if (values.length === 0) continue;
    if (values.length > 1) notices.push(`“${key}” appears ${values.length} times; using the first.`);
    const { value, notice } = parseOne(spec, key, values[0] ?? '', def, base[key] ?? def.default);
    if (notice) notices.push(notice);
    if (value !== undefined) {
      params[key] = value;
      fromUrl.push(key);
    }
  }
  const unknown = unknownKeysNotice(unreadKeys(pairs, known));
  if (unknown) notices.push(unknown);

  // Every value is now finite and within its range: what paramsSchema (param-schema.ts) requires,
  // as a property test checks; the browser need not ship zod to know it.
  return { params: params as Params, fromUrl, notices };
}

/**
 * Writes a spec's parameters into a query, keeping keys that belong to other
 * figures. Values equal to the starting value (the preset, or the default) are
 * left out, so the plain URL means "this page as its author set it up".
 *
 * @example writeUrlState(spec, { ...defaults, g_i: 4 }, '?other=1') // 'other=1&g_i=4'
 */
export function writeUrlState(
  spec: AnyFigureSpec,
  params: Params,
  query: string | URLSearchParams = '',
  base: Params = defaultParams(spec),
): string {
  const search = new URLSearchParams(query);
  for (const [key, def] of Object.entries(spec.params as Record<string, ParamDefinition>)) {
    search.delete(key);
    const value = params[key];
    if (value !== undefined && value !== (base[key] ?? def.default)) search.set(key, String(value));
  }
  return search.toString();
}
