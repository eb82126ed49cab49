/**
 * URL-state limits and hygiene (issue 12): a cap on keys and value lengths,
 * one summarised notice for unknown keys, control and bidi characters made
 * visible; and a property test over every figure version, frozen ones
 * included, that parsing never throws, never lets markup-breaking or
 * reordering characters through, and always gives a notice when something
 * in the link was not used as written.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figureIds, figureVersions, getFigure } from '../../src/figures/registry.ts';
import { sliderPosition, sliderValue } from '../../src/figures/slider.ts';
import type { AnyFigureSpec, ParamDefinition } from '../../src/figures/spec.ts';
import {
  MAX_KEYS,
  MAX_QUERY_LENGTH,
  MAX_VALUE_LENGTH,
  parseUrlState,
  printable,
  writeUrlState,
} from '../../src/figures/url-state.ts';
import { plainNotice } from '../../src/figures/link-text.ts';

const spec = getFigure('meek-loss-gap', 2);
// Characters that must never reach the page raw: C0/C1 controls, bidi embeddings, overrides and isolates.
// Matching control characters is the point of this expression.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]/;

describe('limits', () => {
  it('summarises 20,000 unknown keys in one notice', () => {
    const query = new URLSearchParams(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, '1']));
    const { notices } = parseUrlState(spec, query);
    expect(notices.length).toBeLessThanOrEqual(3);
    expect(notices.join('\n')).toMatch(/only the first 2048 were read/);
    expect(plainNotice(notices.join('\n'))).toMatch(
      /unknown parameters in the link: “k0”, “k1”, “k2”, “k3”, “k4” and \d+ more\./,
    );
  });

  it(`reads at most ${MAX_KEYS} distinct keys and says how many it ignored`, () => {
    const pairs = Array.from({ length: MAX_KEYS + 5 }, (_, i) => [`x${i}`, '1']);
    const { notices } = parseUrlState(spec, new URLSearchParams([...pairs, ['g_i', '4']]));
    expect(notices).toContain(`The link names more than ${MAX_KEYS} settings; 6 more were ignored.`);
  });

  it(`ignores a value longer than ${MAX_VALUE_LENGTH} characters without echoing it`, () => {
    const long = `4${'0'.repeat(100)}`;
    const state = parseUrlState(spec, new URLSearchParams([['g_i', long]]));
    expect(state.params.g_i).toBe(3.6);
    expect(state.notices).toEqual([`“g_i” has a value of 101 characters, too long to be a number; using 3.6.`]);
  });

  it(`reads at most ${MAX_QUERY_LENGTH} characters of query`, () => {
    const { notices } = parseUrlState(spec, `?g_i=4&pad=${'a'.repeat(10_000)}`);
    expect(notices[0]).toMatch(/characters long; only the first 2048 were read/);
  });
});

describe('hygiene', () => {
  it('shows bidi overrides and controls as code points, never raw', () => {
    const { notices } = parseUrlState(spec, new URLSearchParams([['a\u202Eb\u0000c\u2066', '1']]));
    expect(notices.map(plainNotice)).toEqual(['Ignored the link’s unknown parameter “a⟨U+202E⟩b⟨U+0000⟩c⟨U+2066⟩”.']);
    expect(printable('\u200f\u061c')).toBe('⟨U+200F⟩⟨U+061C⟩');
  });

  it('shows a value with a bidi override as code points', () => {
    const { notices } = parseUrlState(spec, new URLSearchParams([['g_i', '4\u202E']]));
    expect(plainNotice(notices[0]!)).toBe('“g_i” is not a number; using 3.6 instead of the link’s value “4⟨U+202E⟩”.');
  });

  it('starts from a preset and says so when a value is ignored', () => {
    const state = parseUrlState(spec, '?g_i=x', { base: { ...spec.params, g_i: 2.4 } as never });
    expect(state.params.g_i).toBe(2.4);
    expect(state.notices.map(plainNotice)).toEqual([
      '“g_i” is not a number; using 2.4 instead of the link’s value “x”.',
    ]);
  });
});

describe('a reader who moves everything', () => {
  it('gets a link within the limits that reads back as it was, with no notice, whatever the sliders', () => {
    // Every latest figure on one page (more than any essay has), each slider at the stop that prints longest.
    const specs = figureIds().map((id) => getFigure(id));
    const longest = (def: ParamDefinition) => {
      const from = sliderPosition(def, def.min);
      const stops = Math.floor((sliderPosition(def, def.max) - from) / def.step + 1e-9);
      const values = Array.from({ length: stops + 1 }, (_, k) =>
        sliderValue(def, Number((from + k * def.step).toPrecision(12))),
      );
      return values.reduce((a, b) => (String(b).length > String(a).length ? b : a));
    };
    let query = '';
    for (const spec of specs) {
      const params: Record<string, number> = {};
      for (const [key, def] of Object.entries(spec.params as Record<string, ParamDefinition>))
        params[key] = longest(def);
      query = writeUrlState(spec, params as never, query);
    }
    expect(query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(new Set(new URLSearchParams(query).keys()).size).toBeLessThanOrEqual(MAX_KEYS);
    const everyKey = specs.flatMap((spec) => Object.keys(spec.params));
    for (const spec of specs) expect(parseUrlState(spec, query, { sharedKeys: everyKey }).notices).toEqual([]);
  });
});

/** Whether a query, read by the rules, leaves anything unused or changed: what must produce a notice. */
function somethingDropped(figure: AnyFigureSpec, query: string): boolean {
  if (query.length > MAX_QUERY_LENGTH) return true;
  const pairs = [...new URLSearchParams(query)];
  const keys = [...new Set(pairs.map(([key]) => key))];
  if (keys.length > MAX_KEYS) return true;
  const defs = figure.params as Record<string, ParamDefinition>;
  for (const key of keys) {
    const def = Object.hasOwn(defs, key) ? defs[key] : undefined; // "toString" is no parameter
    if (!def) {
      if (/^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid)$/.test(key)) continue; // a click counter, no setting
      return true;
    }
    const values = pairs.filter(([k]) => k === key).map(([, v]) => v);
    if (values.length > 1) return true;
    const raw = values[0]!;
    if (raw.length > MAX_VALUE_LENGTH || !/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i.test(raw.trim())) return true;
    const value = Number(raw.trim());
    if (!Number.isFinite(value) || value < def.min || value > def.max) return true;
    if (!reachable(figure, key, def, value)) return true;
  }
  return false;
}

/**
 * Whether a reader could set `value` (url-state-steps.ts), found the slow way: every stop of the slider, walked
 * from its minimum, as a range input snaps (min + k·step; on a log scale 10 to that, to 3 significant digits),
 * the ends, the named values, the default and the presets' values.
 */
function reachable(figure: AnyFigureSpec, key: string, def: ParamDefinition, value: number): boolean {
  const near = (a: number) => Math.abs(a - value) <= 1e-9 * Math.max(1, Math.abs(a));
  const named = [def.min, def.max, def.default, ...(def.anchors ?? []).map((a) => a.value)];
  for (const preset of figure.presets ?? []) named.push((preset.params as Record<string, number>)[key] ?? NaN);
  if (named.some(near)) return true;
  const log = def.scale === 'log';
  const from = log ? Math.log10(def.min) : def.min;
  const to = log ? Math.log10(def.max) : def.max;
  for (let k = 0; from + k * def.step <= to + 1e-9; k++) {
    const position = from + k * def.step;
    if (near(log ? Number((10 ** position).toPrecision(3)) : position)) return true;
  }
  return false;
}

describe.each(figureVersions.map((s) => [`${s.id} v${s.version}`, s] as const))(
  'fuzzed URL state of %s',
  (_, figure) => {
    const keys = Object.keys(figure.params);
    const hostileText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.constantFrom(
        '<script>alert(1)</script>',
        '"><img src=x onerror=alert(1)>',
        '\u202Eevil',
        '\u0000',
        '&amp;',
        '',
      ),
    );
    const value = fc.oneof(
      hostileText,
      fc.double().map(String),
      fc.integer({ min: -1e6, max: 1e6 }).map(String),
      // Within most ranges, on a slider's step or between two.
      fc.double({ min: 0, max: 40, noNaN: true }).map(String),
      fc.integer({ min: 0, max: 400 }).map((n) => String(n / 20)),
      fc.tuple(fc.integer({ min: 2010, max: 2045 }), fc.constantFrom(0, 0.25, 0.5)).map(([y, f]) => String(y + f)),
      fc.constantFrom('NaN', 'Infinity', '1e309', '0x10', ' 4 ', '+3', '.5', '1'.repeat(40)),
    );
    // Keys an object already has (prototype names) must still count as unknown.
    const key = fc.oneof(
      fc.constantFrom(...keys),
      fc.constantFrom('toString', '__proto__', 'constructor', 'utm_source', 'fbclid', 'utm__'),
      hostileText,
    );
    const query = fc.oneof(
      fc.array(fc.tuple(key, value), { maxLength: 40 }).map((pairs) => new URLSearchParams(pairs).toString()),
      fc.string({ unit: 'binary', maxLength: 300 }),
    );

    it('never throws, never echoes unsafe characters, and gives a notice exactly when something was not used', () => {
      fc.assert(
        fc.property(query, (q) => {
          const state = parseUrlState(figure, q);
          for (const notice of state.notices) {
            expect(notice).not.toMatch(UNSAFE);
            expect(notice.length).toBeLessThan(400);
          }
          // At most two notices per parameter (repeated, and its value) and three for the whole link.
          expect(state.notices.length).toBeLessThanOrEqual(2 * keys.length + 3);
          expect(state.notices.length > 0).toBe(somethingDropped(figure, q));
          for (const [k, def] of Object.entries(figure.params as Record<string, ParamDefinition>)) {
            const v = state.params[k]!;
            expect(Number.isFinite(v) && v >= def.min && v <= def.max).toBe(true);
          }
        }),
        { numRuns: 1000 },
      );
    });
  },
);
