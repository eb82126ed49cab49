/** URL state is untrusted: hostile values are ignored or clamped, always with a notice. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paramsSchema } from '../../src/figures/param-schema.ts';
import { figureVersions } from '../../src/figures/registry.ts';
import { getFigure } from '../../src/figures/registry.ts';
import { defaultParams } from '../../src/figures/spec.ts';
import { parseUrlState, writeUrlState } from '../../src/figures/url-state.ts';
import { plainNotice } from '../../src/figures/link-text.ts';

const spec = getFigure('meek-loss-gap', 1);
const defaults = defaultParams(spec);
/** The notices as the reader reads them, the link's pieces unmarked (src/figures/link-text.ts). */
const plain = (state: { notices: readonly string[] }) => state.notices.map(plainNotice);

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
    expect(plain(parseUrlState(spec, '?colour=red'))).toEqual(['Ignored the link’s unknown parameter “colour”.']);
    expect(parseUrlState(spec, '?colour=red', { sharedKeys: ['colour'] }).notices).toEqual([]);
  });

  it('ignores the click counters sites add to shared links without a notice, and only those', () => {
    expect(parseUrlState(spec, '?utm_source=news&utm_medium=mail&fbclid=Iw4&gclid=x').notices).toEqual([]);
    expect(plain(parseUrlState(spec, '?utm=1'))).toEqual(['Ignored the link’s unknown parameter “utm”.']);
    expect(parseUrlState(spec, '?g_i=4&fbclid=Iw4').params.g_i).toBe(4);
  });

  it('quotes hostile text as a plain, shortened string', () => {
    const hostile = `<img src=x onerror=alert(1)>${'A'.repeat(500)}`;
    const state = parseUrlState(spec, new URLSearchParams([[hostile, '1']]));
    expect(state.notices).toHaveLength(1);
    expect(state.notices[0]!.length).toBeLessThan(100);
    expect(plainNotice(state.notices[0]!)).toContain('“<img src=x onerror=alert(1)>');
  });

  it('accepts scientific notation and signs within range', () => {
    expect(parseUrlState(spec, '?budget=2.51E3&g_i=+4').params).toMatchObject({ budget: 2510, g_i: 4 });
  });

  it.each([
    ['-0', 0],
    ['-1e-999', 0],
    ['1e-999', 0],
  ])('reads %s as 0, never as −0', (raw, expected) => {
    const wall = getFigure('wall-glut', 3);
    const state = parseUrlState(wall, new URLSearchParams([['saturation', raw]]));
    expect(Object.is(state.params.saturation, expected)).toBe(true);
    expect(state.notices).toEqual([]);
  });

  it('moves a value between the slider’s steps to the nearest step, and says so', () => {
    const wall = getFigure('wall-glut', 3);
    const state = parseUrlState(wall, '?glut_year=2029.5&saturation=0.0000001&glut_delay=2.25');
    expect(state.params).toMatchObject({ glut_year: 2030, saturation: 0, glut_delay: 2.25 });
    expect(state.notices).toEqual([
      '“saturation” = 1e-7 is between the slider’s steps; using 0.',
      '“glut_year” = 2029.5 is between the slider’s steps; using 2030.',
    ]);
    // A log slider's stops are what the island reads from it: 10^3.4 to three significant digits.
    expect(parseUrlState(spec, '?budget=2500').params.budget).toBe(2510);
    expect(parseUrlState(spec, '?budget=2500').notices).toEqual([
      '“budget” = 2500 is between the slider’s steps; using 2510.',
    ]);
  });

  it('names a choice’s value wherever a notice gives one (was “using 0.”)', () => {
    const memo = getFigure('memo-costs', 6);
    const choices = '0 (amortised hardware and energy) or 1 (cloud rental rates)';
    const notices = (query: string) => parseUrlState(memo, query).notices;
    expect(notices('?cloud=0.7')).toEqual([
      `“cloud” = 0.7 is not one of its values, ${choices}; using 1 (cloud rental rates).`,
    ]);
    // Out of range too: "above the maximum" is a slider's words.
    expect(notices('?cloud=5')).toEqual([
      `“cloud” = 5 is not one of its values, ${choices}; using 1 (cloud rental rates).`,
    ]);
    expect(notices('?cloud=-3')).toEqual([
      `“cloud” = -3 is not one of its values, ${choices}; using 0 (amortised hardware and energy).`,
    ]);
    expect(notices('?cloud=')).toEqual(['“cloud” is empty; using 0 (amortised hardware and energy).']);
    expect(notices('?cloud=on').map(plainNotice)).toEqual([
      '“cloud” is not a number; using 0 (amortised hardware and energy) instead of the link’s value “on”.',
    ]);
    // v5's slider over the same key keeps its numbers.
    expect(parseUrlState(getFigure('memo-costs', 5), '?cloud=5').notices).toEqual([
      '“cloud” = 5 is above the maximum; using 1.',
    ]);
  });

  it('takes a named value, a preset’s value and the page’s starting value as they are, between steps or not', () => {
    const figure = figureVersions.find((s) => (s.presets ?? []).length > 0)!;
    for (const preset of figure.presets ?? []) {
      const query = new URLSearchParams(Object.entries(preset.params).map(([k, v]) => [k, String(v)]));
      expect(parseUrlState(figure, query).notices).toEqual([]);
    }
    const base = { ...defaultParams(spec), g_i: 4.237 };
    expect(parseUrlState(spec, '?g_i=4.237', { base }).notices).toEqual([]);
    expect(parseUrlState(spec, '?g_i=4.237').params.g_i).toBe(4.2); // v1's gᵢ slider steps by 0.1
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
