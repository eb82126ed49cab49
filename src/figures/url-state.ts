/**
 * Reader state in the URL query: `?g_i=4&alpha=0.16`.
 *
 * The query is untrusted input. Each value is parsed as a plain decimal
 * number, checked against the spec's schema, and clamped to range; anything
 * else is ignored. Every such decision yields a notice for the reader. Nothing
 * here produces markup: notices are plain strings for `textContent`.
 */
import type { AnyFigureSpec, ParamDefinition, Params } from './spec.ts';
import { defaultParams } from './spec.ts';

export interface UrlStateResult {
  /** Parameters to draw with: defaults overridden by every acceptable URL value. */
  readonly params: Params;
  /** Keys whose value came from the URL (after clamping). */
  readonly fromUrl: readonly string[];
  /** Plain-text explanations of every ignored or clamped value. */
  readonly notices: readonly string[];
}

export interface UrlStateOptions {
  /**
   * Keys that other figures on the same page understand. They are not
   * reported as unknown. Omit to report every key the spec lacks.
   */
  readonly sharedKeys?: Iterable<string>;
}

// Plain decimal or scientific notation only: rejects "0x10", "Infinity", " ", "1,5".
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const MAX_SHOWN = 40;

/** A URL-supplied string quoted for a notice, cut short so notices stay readable. */
function quote(raw: string): string {
  const shown = raw.length > MAX_SHOWN ? `${raw.slice(0, MAX_SHOWN)}…` : raw;
  return JSON.stringify(shown);
}

function parseOne(key: string, raw: string, def: ParamDefinition): { value?: number; notice?: string } {
  const text = raw.trim();
  if (text === '') return { notice: `“${key}” is empty; using the default ${def.default}.` };
  if (!DECIMAL.test(text)) {
    return { notice: `“${key}” = ${quote(raw)} is not a number; using the default ${def.default}.` };
  }
  const value = Number(text);
  if (!Number.isFinite(value)) {
    return { notice: `“${key}” = ${quote(raw)} is too large to use; using the default ${def.default}.` };
  }
  if (value < def.min) return { value: def.min, notice: `“${key}” = ${value} is below the minimum; using ${def.min}.` };
  if (value > def.max) return { value: def.max, notice: `“${key}” = ${value} is above the maximum; using ${def.max}.` };
  return { value };
}

/**
 * Reads a spec's parameters from a URL query. Never throws: every problem
 * becomes a notice and the affected parameter keeps its default.
 *
 * @example parseUrlState(spec, '?g_i=4&alpha=9').notices // ['“alpha” = 9 is above the maximum; using 0.4.']
 */
export function parseUrlState(
  spec: AnyFigureSpec,
  query: string | URLSearchParams,
  options: UrlStateOptions = {},
): UrlStateResult {
  const search = typeof query === 'string' ? new URLSearchParams(query) : query;
  const defs = spec.params as Record<string, ParamDefinition>;
  const known = new Set([...Object.keys(defs), ...(options.sharedKeys ?? [])]);
  const params: Record<string, number> = { ...defaultParams(spec) };
  const fromUrl: string[] = [];
  const notices: string[] = [];

  for (const [key, def] of Object.entries(defs)) {
    const values = search.getAll(key);
    if (values.length === 0) continue;
    if (values.length > 1) notices.push(`“${key}” appears ${values.length} times; using the first.`);
    const { value, notice } = parseOne(key, values[0] ?? '', def);
    if (notice) notices.push(notice);
    if (value !== undefined) {
      params[key] = value;
      fromUrl.push(key);
    }
  }
  const unknown = [...new Set(search.keys())].filter((key) => !known.has(key));
  for (const key of unknown) notices.push(`Unknown parameter ${quote(key)} ignored.`);

  // Every value is now finite and within its range: what paramsSchema (param-schema.ts) requires,
  // as a property test checks; the browser need not ship zod to know it.
  return { params: params as Params, fromUrl, notices };
}

/**
 * Writes a spec's parameters into a query, keeping keys that belong to other
 * figures. Values equal to the default are left out, so the plain URL means
 * "the defaults of this version".
 *
 * @example writeUrlState(spec, { ...defaults, g_i: 4 }, '?other=1') // 'other=1&g_i=4'
 */
export function writeUrlState(spec: AnyFigureSpec, params: Params, query: string | URLSearchParams = ''): string {
  const search = new URLSearchParams(query);
  for (const [key, def] of Object.entries(spec.params as Record<string, ParamDefinition>)) {
    search.delete(key);
    const value = params[key];
    if (value !== undefined && value !== def.default) search.set(key, String(value));
  }
  return search.toString();
}
