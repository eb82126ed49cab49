/** URL state is untrusted: hostile values are ignored or clamped, always with a notice. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paramsSchema } from '../../src/figures/param-schema.ts';
import { figureVersions } from '../../src/figures/registry.ts';
import { getFigure } from '../../src/figures/registry.ts';
import { defaultParams } from '../../src/figures/spec.ts';
import { parseUrlState, writeUrlState } from '../../src/figures/url-state.ts';

const spec = getFigure('meek-loss-gap', 1);
const defaults = defaultParams(spec);

describe('parseUrlState', () => {
  it('reads valid values and reports nothing', () => {
    const state = parseUrlState(spec, '?g_i=4&alpha=0.16&budget=1e6');
    expect(state.params).toEqual({ ...defaults, g_i: 4, alpha: 0.16, budget: 1e6 });
    expect(state.fromUrl).toEqual(['g_i', 'alpha', 'budget']);
    expect(state.notices).toEqual([]);
  });

  it('uses the defaults for an empty query', () => {
    expect(parseUrlState(spec, '')).toEqual({ params: defaults, fromUrl: [], notices: [] });
  });

  it.each([
    ['markup', '<script>alert(1)</script>', /not a number/],
    ['NaN', 'NaN', /not a number/],
    ['Infinity', 'Infinity', /not a number/],
    ['overflow to infinity', '1e309', /too large/],
    ['empty', '', /empty/],
    ['whitespace', '   ', /empty/],
    ['hexadecimal', '0x10', /not a number/],
    ['decimal comma', '3,5', /not a number/],
    ['trailing junk', '4abc', /not a number/],
  ])('ignores %s with a notice', (_, raw, message) => {
    const state = parseUrlState(spec, new URLSearchParams([['g_i', raw]]));
    expect(state.params.g_i).toBe(defaults.g_i);
    expect(state.fromUrl).toEqual([]);
    expect(state.notices).toHaveLength(1);
    expect(state.notices[0]).toMatch(message);
  });

  it('clamps out-of-range values to the nearest bound with a notice', () => {
    const state = parseUrlState(spec, '?g_i=1000&alpha=-1');
    expect(state.params.g_i).toBe(10);
    expect(state.params.alpha).toBe(0.05);
    expect(state.notices).toEqual([
      '“g_i” = 1000 is above the maximum; using 10.',
      '“alpha” = -1 is below the minimum; using 0.05.',
    ]);
  });

  it('uses the first of repeated keys and says so', () => {
    const state = parseUrlState(spec, '?g_i=4&g_i=5');
    expect(state.params.g_i).toBe(4);
    expect(state.notices).toEqual(['“g_i” appears 2 times; using the first.']);
  });

  it('reports unknown keys, unless another figure on the page reads them', () => {
    expect(parseUrlState(spec, '?colour=red').notices).toEqual(['Unknown parameter "colour" ignored.']);
    expect(parseUrlState(spec, '?colour=red', { sharedKeys: ['colour'] }).notices).toEqual([]);
  });

  it('quotes hostile text as a plain, shortened string', () => {
    const hostile = `<img src=x onerror=alert(1)>${'A'.repeat(500)}`;
    const state = parseUrlState(spec, new URLSearchParams([[hostile, '1']]));
    expect(state.notices).toHaveLength(1);
    expect(state.notices[0]!.length).toBeLessThan(100);
    expect(state.notices[0]).toContain('"<img src=x onerror=alert(1)>');
  });

  it('accepts scientific notation and signs within range', () => {
    expect(parseUrlState(spec, '?budget=2.5E3&g_i=+4').params).toMatchObject({ budget: 2500, g_i: 4 });
  });
});

describe('writeUrlState', () => {
  it('writes only values that differ from the defaults and keeps other figures’ keys', () => {
    expect(writeUrlState(spec, { ...defaults, g_i: 4 }, '?other=1&g_a=3')).toBe('other=1&g_i=4');
    expect(writeUrlState(spec, defaults)).toBe('');
  });

  it('round-trips through parseUrlState', () => {
    const params = { ...defaults, g_i: 4.2, alpha: 0.2, budget: 12600 };
    expect(parseUrlState(spec, writeUrlState(spec, params)).params).toEqual(params);
  });
});

describe('parseUrlState and the parameter schema', () => {
  it.each(figureVersions.map((s) => [`${s.id} v${s.version}`, s] as const))(
    '%s: whatever the query, the parameters satisfy the zod schema',
    (_, figure) => {
      const keys = Object.keys(figure.params);
      const value = fc.oneof(
        fc.string(),
        fc.double().map(String),
        fc.constantFrom('', 'NaN', 'Infinity', '-Infinity', '1e309', '-1e309', '0x10', '<script>', ' 4 ', '+3', '.5'),
      );
      const pair = fc.tuple(fc.oneof(fc.constantFrom(...keys), fc.string()), value);
      fc.assert(
        fc.property(fc.array(pair, { maxLength: 12 }), (pairs) => {
          const { params } = parseUrlState(figure, new URLSearchParams(pairs));
          expect(paramsSchema(figure).safeParse(params).success).toBe(true);
        }),
        { numRuns: 300 },
      );
    },
  );
});
