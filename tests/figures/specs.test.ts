/** Every figure version in the registry is well-formed and draws finite values. */
import { describe, expect, it } from 'vitest';
import { tableToCsv } from '../../src/figures/csv.ts';
import { figureDataFromDisk } from '../../src/figures/publishing/lock-files.ts';
import { figureIds, figureVersions, getFigure, versionsOf } from '../../src/figures/registry.ts';
import { paramDefinitionSchema, paramsSchema } from '../../src/figures/param-schema.ts';
import { defaultParams, type ParamDefinition } from '../../src/figures/spec.ts';

describe.each(figureVersions.map((spec) => [`${spec.id} v${spec.version}`, spec] as const))('%s', (_, spec) => {
  it('has a URL-safe id, a positive integer version and an ISO date', () => {
    expect(spec.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(Number.isInteger(spec.version) && spec.version > 0).toBe(true);
    expect(spec.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it.each(Object.entries<ParamDefinition>(spec.params))(
    'declares parameter %s with a valid range and a source',
    (key, def) => {
      expect(key).toMatch(/^[a-z][a-z0-9_]*$/);
      const result = paramDefinitionSchema.safeParse(def);
      expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
    },
  );

  it('accepts its defaults and rejects out-of-range values through its zod schema', () => {
    const schema = paramsSchema(spec);
    expect(schema.parse({})).toEqual(defaultParams(spec));
    for (const [key, def] of Object.entries<ParamDefinition>(spec.params)) {
      expect(schema.safeParse({ [key]: def.max + Math.abs(def.max) }).success).toBe(false);
      expect(schema.safeParse({ [key]: Number.NaN }).success).toBe(false);
    }
  });

  it('draws only finite numbers at the defaults and at every corner of its parameter box', () => {
    const defs = Object.entries<ParamDefinition>(spec.params);
    const corners = Array.from({ length: 2 ** defs.length }, (_, mask) =>
      Object.fromEntries(defs.map(([key, def], i) => [key, mask & (1 << i) ? def.max : def.min])),
    );
    // Read once for every corner (up to 2⁶), and every cell checked with one assertion per state: an expect per
    // cell (rows × columns × corners) was most of this file's time.
    const data = figureDataFromDisk(spec);
    for (const params of [defaultParams(spec), ...corners]) {
      const rows = spec.table(params, data);
      expect(rows.length).toBeGreaterThan(1);
      const notFinite = rows.flatMap((row, i) =>
        spec.columns
          .filter((column) => !Number.isFinite(row[column.name]))
          .map((column) => `${column.name} in row ${i}`),
      );
      expect(notFinite, `at ${JSON.stringify(params)}`).toEqual([]);
      expect(spec.alt(params, rows)).not.toMatch(/NaN|undefined/);
    }
  });

  it('has one table column per declared column, in order, for data.csv', () => {
    const rows = spec.table(defaultParams(spec), figureDataFromDisk(spec));
    expect(Object.keys(rows[0] ?? {})).toEqual(spec.columns.map((column) => column.name));
    const csv = tableToCsv(spec.columns, rows);
    expect(csv.split('\n')[0]).toBe(spec.columns.map((column) => column.name).join(','));
    expect(csv.trimEnd().split('\n')).toHaveLength(rows.length + 1);
  });

  it('formats every named value at the defaults', () => {
    const params = defaultParams(spec);
    const rows = spec.table(params, figureDataFromDisk(spec));
    for (const [name, value] of Object.entries(spec.values)) {
      expect(value.format(value.compute(params, rows)), name).not.toMatch(/NaN|undefined|^$/);
    }
  });
});

describe('registry', () => {
  it('holds each (id, version) once, and versions count up from 1', () => {
    for (const id of figureIds()) {
      expect(versionsOf(id).map((spec) => spec.version)).toEqual(versionsOf(id).map((_, i) => i + 1));
    }
  });

  it('returns the latest version by default and names known figures on a bad id', () => {
    expect(getFigure('meek-loss-gap')).toBe(versionsOf('meek-loss-gap').at(-1));
    expect(() => getFigure('no-such-figure')).toThrow(/known figures: meek-loss-gap/);
    expect(() => getFigure('meek-loss-gap', 99)).toThrow(/version 99/);
  });
});

describe('meek-loss-gap v1', () => {
  const spec = getFigure('meek-loss-gap', 1);

  it('plots the calendar years 2025 to 2045 with the gap as meek minus frontier loss', () => {
    const rows = spec.table(defaultParams(spec), figureDataFromDisk(spec));
    expect(rows[0]?.year).toBe(2025);
    expect(rows.at(-1)?.year).toBe(2045);
    for (const row of rows) expect(row.loss_gap).toBeCloseTo((row.meek_loss ?? 0) - (row.frontier_loss ?? 0), 12);
  });

  it('computes the peak year from the model, not a typed-in number', () => {
    const defaults = defaultParams(spec);
    const peakYear = spec.values.peakYear!;
    expect(peakYear.format(peakYear.compute(defaults, []))).toBe('2028');
    const faster = { ...defaults, g_a: 6, g_h: 2 };
    expect(peakYear.compute(faster, [])).toBeLessThan(peakYear.compute(defaults, []));
  });

  it('says the gap keeps widening when nothing is shared (v4: a case, not a value)', () => {
    const latest = getFigure('meek-loss-gap');
    const params = { ...defaultParams(latest), g_h: 1, g_a: 1 };
    const rows = latest.table(params, figureDataFromDisk(latest));
    expect(latest.alt(params, rows)).toMatch(/widens for as long as the frontier spends more/);
    expect(latest.cases?.peakShape?.compute(params, rows)).toBe('never');
  });
});
