/**
 * Every figure version that reads a dataset declares what it reads, and draws exactly the same from
 * that slice as from the whole dataset: the same rows, text description and prose values, at its
 * defaults, at each parameter's ends, and at seeded random settings.
 */
import { randomLcg } from 'd3-random';
import { describe, expect, it } from 'vitest';
import { figureDataFromDisk } from '../publishing/lock-files.ts';
import { figureVersions } from '../registry.ts';
import { defaultParams, type AnyFigureSpec, type FigureData, type ParamDefinition, type Params } from '../spec.ts';
import { cutDataSlice, sliceOf, sliceRows } from './slice.ts';

const readers = figureVersions.filter((spec) => spec.datasets.length > 0);

/** The data a figure's island sees: each dataset cut to its slice and read back as the island reads it. */
function slicedData(spec: AnyFigureSpec, full: FigureData): FigureData {
  return Object.fromEntries(
    spec.datasets.map((d) => {
      const file = JSON.parse(
        JSON.stringify(cutDataSlice(spec, d, full[d.name] as Record<string, unknown>[], 'sha')),
      ) as Parameters<typeof sliceRows>[0];
      return [d.name, sliceRows(file)];
    }),
  );
}

/** Defaults, every parameter at its min and at its max (one at a time), and 12 seeded random settings. */
function settings(spec: AnyFigureSpec): Params[] {
  const base = defaultParams(spec);
  const defs = Object.entries(spec.params as Record<string, ParamDefinition>);
  const random = randomLcg(20261123);
  const at = (def: ParamDefinition, u: number) =>
    def.scale === 'log' ? def.min * (def.max / def.min) ** u : def.min + (def.max - def.min) * u;
  return [
    base,
    ...defs.flatMap(([key, def]) => [
      { ...base, [key]: def.min },
      { ...base, [key]: def.max },
    ]),
    ...Array.from({ length: 12 }, () => Object.fromEntries(defs.map(([key, def]) => [key, at(def, random())]))),
  ];
}

/** What a reader sees of a state: its rows (enumerable and label keys), its description and its prose values. */
function seen(spec: AnyFigureSpec, params: Params, data: FigureData) {
  const rows = spec.table(params, data);
  return {
    rows: JSON.stringify(rows.map((row: object) => ({ ...row, label: (row as { label?: unknown }).label }))),
    alt: spec.alt(params, rows),
    values: Object.fromEntries(
      Object.entries(spec.values).map(([name, value]) => [name, value.format(value.compute(params, rows))]),
    ),
  };
}

describe('data slices', () => {
  it('some figure versions read datasets (the checks below are not vacuous)', () => {
    expect(readers.length).toBeGreaterThanOrEqual(8);
  });

  for (const spec of readers) {
    describe(`${spec.id}/v${spec.version}`, () => {
      const full = figureDataFromDisk(spec);

      it('declares what it reads of each dataset, only columns the dataset has, and reads no other dataset', () => {
        expect(Object.keys(spec.reads ?? {}).sort()).toEqual(spec.datasets.map((d) => d.name).sort());
        for (const d of spec.datasets) {
          const { columns } = sliceOf(spec, d.name);
          expect(columns.length).toBeGreaterThan(0);
          expect(new Set(columns).size).toBe(columns.length);
          const first = (full[d.name] as Record<string, unknown>[])[0]!;
          for (const column of columns) expect(Object.keys(first)).toContain(column);
        }
      });

      it('keeps fewer bytes than the whole dataset', () => {
        for (const d of spec.datasets) {
          const slice = cutDataSlice(spec, d, full[d.name] as Record<string, unknown>[], 'sha');
          expect(slice.rows.every((row) => row.length === slice.columns.length)).toBe(true);
          expect(JSON.stringify(slice).length).toBeLessThan(JSON.stringify(full[d.name]).length);
        }
      });

      it('draws the same rows, description and prose values from its slices as from the whole datasets', () => {
        const sliced = slicedData(spec, full);
        for (const params of settings(spec)) expect(seen(spec, params, sliced)).toEqual(seen(spec, params, full));
      });
    });
  }

  it('throws, naming figure and dataset, when a figure reads a dataset it declares nothing for', () => {
    const spec = { ...readers[0]!, reads: {} } as AnyFigureSpec;
    expect(() => sliceOf(spec, spec.datasets[0]!.name)).toThrow(/declares no `reads\[/);
  });

  it('throws when a declared column is not in the dataset', () => {
    const spec = readers[0]!;
    const d = spec.datasets[0]!;
    const broken = { ...spec, reads: { [d.name]: { columns: ['no_such_column'] } } } as AnyFigureSpec;
    expect(() => cutDataSlice(broken, d, full0(spec, d.name), 'sha')).toThrow(/no_such_column/);
  });
});

function full0(spec: AnyFigureSpec, name: string): Record<string, unknown>[] {
  return figureDataFromDisk(spec)[name] as Record<string, unknown>[];
}
