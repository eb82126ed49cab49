/**
 * Every value a figure gives to prose reads as words at the ends of its
 * sliders: for the latest version of every figure (essays read the latest;
 * superseded versions serve frozen files and no prose), at every corner of its
 * parameter box (all 2^k min/max combinations) and at random points, no
 * formatted value contains ∞, NaN, "never" used as a year, a lone dash or a
 * negative number (a negative duration or year count).
 *
 * A spec that declares cases (`cases`, docs/authoring.md "Live prose in whole
 * sentences") prints a value that can be non-finite or negative only inside
 * the <When> where it is a finite, non-negative value; there such states are
 * the case's business, and only the values computed as finite and
 * non-negative must read as words.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figureVersions, getFigure } from '../../src/figures/registry.ts';
import { defaultParams, type AnyFigureSpec, type ParamDefinition } from '../../src/figures/spec.ts';
import { figureDataFromDisk } from '../../src/figures/publishing/lock-files.ts';

const NONSENSE: readonly [RegExp, string][] = [
  [/∞|infinity/i, 'infinity'],
  [/NaN|undefined|null/, 'NaN or undefined'],
  [/^\s*[-–—]?\s*$/, 'a lone dash or nothing'],
  [/^never$|\b(in|by|until|from|since) never\b/i, '"never" used as a year'],
  [/(^|[\s(~≈$])[-−]\s?\d/, 'a negative number'],
];

function corners(spec: AnyFigureSpec): Record<string, number>[] {
  const entries = Object.entries<ParamDefinition>(spec.params);
  const count = 2 ** entries.length;
  return Array.from({ length: count }, (_, mask) =>
    Object.fromEntries(entries.map(([key, def], i) => [key, mask & (1 << i) ? def.max : def.min])),
  );
}

function problems(spec: AnyFigureSpec, params: Record<string, number>, data: ReturnType<typeof figureDataFromDisk>) {
  const rows = spec.table(params, data);
  const found: string[] = [];
  const guardedByCases = Object.keys(spec.cases ?? {}).length > 0;
  for (const [name, value] of Object.entries(spec.values)) {
    const computed = value.compute(params, rows);
    if (guardedByCases && !(Number.isFinite(computed) && computed >= 0)) continue;
    const text = value.format(computed);
    for (const [pattern, what] of NONSENSE) {
      if (pattern.test(text)) found.push(`${name} = "${text}" (${what}) at ${JSON.stringify(params)}`);
    }
  }
  return found;
}

const latest = figureVersions.filter((spec) => getFigure(spec.id) === spec);

describe.each(latest.map((spec) => [`${spec.id} v${spec.version}`, spec] as const))(
  '%s: values read as words',
  (_, spec) => {
    const data = figureDataFromDisk(spec);

    it('at the defaults and at every corner of the parameter box', () => {
      const all = [defaultParams(spec), ...corners(spec)].flatMap((params) => problems(spec, params, data));
      expect(all).toEqual([]);
    });

    it('at random points inside the box', () => {
      const arbitrary = fc.record(
        Object.fromEntries(
          Object.entries<ParamDefinition>(spec.params).map(([key, def]) => [
            key,
            def.scale === 'log'
              ? fc
                  .double({ min: Math.log10(def.min), max: Math.log10(def.max), noNaN: true })
                  .map((x) => Math.min(def.max, Math.max(def.min, 10 ** x)))
              : fc.double({ min: def.min, max: def.max, noNaN: true }),
          ]),
        ),
      );
      fc.assert(
        fc.property(arbitrary, (params) => problems(spec, params as Record<string, number>, data).length === 0),
        { numRuns: 150, seed: 20261123 },
      );
    });

    it('presets lie within the parameter ranges', () => {
      for (const preset of spec.presets ?? []) {
        for (const [key, value] of Object.entries(preset.params)) {
          const def = spec.params[key] as ParamDefinition | undefined;
          expect(def, `${preset.label}: ${key}`).toBeDefined();
          expect(value).toBeGreaterThanOrEqual(def!.min);
          expect(value).toBeLessThanOrEqual(def!.max);
        }
      }
    });
  },
);
