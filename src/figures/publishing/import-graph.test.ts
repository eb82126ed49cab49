import { describe, expect, it } from 'vitest';
import { figureVersions } from '../registry.ts';
import { figureModelSha256, figureVersionFile, importedFiles, resolveImport, runtimeImports } from './import-graph.ts';
import { readSourceFromDisk } from './lock-files.ts';

describe('runtimeImports', () => {
  it('finds static, multi-line, re-exported, side-effect and dynamic imports, and leaves out type-only ones', () => {
    const source = [
      "import * as Plot from '@observablehq/plot';",
      "import { a,\n  type B,\n  c } from './a.ts';",
      "import type { T } from './types.ts';",
      "export { d } from '../d.ts';",
      "export type { E } from './e.ts';",
      "import './side-effect.ts';",
      "const lazy = () => import('./lazy.ts');",
    ].join('\n');
    expect(runtimeImports(source)).toEqual([
      '@observablehq/plot',
      './a.ts',
      '../d.ts',
      './side-effect.ts',
      './lazy.ts',
    ]);
  });
});

describe('resolveImport', () => {
  it('resolves relative and root paths and ignores packages', () => {
    expect(resolveImport('src/figures/x/figure.ts', '../../model/y.ts')).toBe('src/model/y.ts');
    expect(resolveImport('src/figures/x/v1.ts', './figure.ts')).toBe('src/figures/x/figure.ts');
    expect(resolveImport('src/a.ts', '/src/b.ts?raw')).toBe('src/b.ts');
    expect(resolveImport('src/a.ts', 'd3-array')).toBeUndefined();
  });
});

/** A small repository: figure x imports model a (which imports b); model c is imported by nobody. */
const files: Record<string, string> = {
  'src/figures/x/v1.ts': "import { figure } from './figure.ts';\nexport default figure;",
  'src/figures/x/figure.ts': "import { a } from '../../model/a.ts';\nimport type { C } from '../../model/c.ts';",
  'src/model/a.ts': "import { b } from './b.ts';\nexport const a = b;",
  'src/model/b.ts': 'export const b = 1;',
  'src/model/c.ts': 'export type C = number;',
};
const reader = (repo: Record<string, string>) => (path: string) => repo[path];
/**
 * The repository's files as on disk, each read once for the whole file: the tests below walk every figure version's
 * imports hundreds of times, and the files do not change while they run.
 */
const onDisk = new Map<string, string | undefined>();
const fromDisk = (path: string): string | undefined => {
  if (!onDisk.has(path)) onDisk.set(path, readSourceFromDisk(path));
  return onDisk.get(path);
};

describe('importedFiles and figureModelSha256', () => {
  it('follows the graph through figure code into the model, type-only imports excluded', () => {
    expect(importedFiles('src/figures/x/v1.ts', reader(files))).toEqual([
      'src/figures/x/figure.ts',
      'src/figures/x/v1.ts',
      'src/model/a.ts',
      'src/model/b.ts',
    ]);
  });

  it('is untouched by a model file the figure does not import, and changed by one it does', () => {
    const spec = { id: 'x', version: 1 };
    const before = figureModelSha256(spec, reader(files));
    expect(figureModelSha256(spec, reader({ ...files, 'src/model/new.ts': 'export const n = 2;' }))).toBe(before);
    expect(figureModelSha256(spec, reader({ ...files, 'src/model/c.ts': 'export type C = string;' }))).toBe(before);
    expect(figureModelSha256(spec, reader({ ...files, 'src/model/b.ts': 'export const b = 2;' }))).not.toBe(before);
  });

  it('names the missing version file and the command that writes one', () => {
    expect(() => figureModelSha256({ id: 'y', version: 2 }, reader(files))).toThrow(
      'Figure y/v2: src/figures/y/v2.ts is missing. Each figure version is defined in src/figures/<id>/v<N>.ts (npm run new:figure -- <id> writes one).',
    );
  });

  it('on this repository: a new model file changes no figure version’s hash', () => {
    const withNewFile = (path: string) =>
      path === 'src/model/unrelated-new-model.ts' ? 'export const x = 1;' : fromDisk(path);
    for (const spec of figureVersions)
      expect(figureModelSha256(spec, withNewFile), `${spec.id}/v${spec.version}`).toBe(
        figureModelSha256(spec, fromDisk),
      );
  });

  /** The repository with `path`'s text changed (a comment appended, or `edit` applied). */
  const editing =
    (path: string, edit: (text: string) => string = (text) => `${text}\n// edited\n`) =>
    (file: string) => {
      const text = fromDisk(file);
      return file === path && text !== undefined ? edit(text) : text;
    };

  it('on this repository: no figure version can read a number only essays report, so editing one changes no hash', () => {
    const reported = 'src/model/parameters/reported-numbers.ts';
    // The only ways to them: the full registry (index.ts, and the old paths that re-export it).
    const fullRegistry = [
      reported,
      'src/model/parameters/reported-years.ts',
      'src/model/parameters/reported-devices.ts',
      'src/model/parameters/index.ts',
      'src/model/parameters.ts',
      'src/model/index.ts',
    ];
    const renumbered = editing(reported, (text) => text.replace(/default: 1,/, 'default: 2,'));
    expect(renumbered(reported)).not.toBe(fromDisk(reported));
    for (const spec of figureVersions) {
      const key = `${spec.id}/v${spec.version}`;
      const files = importedFiles(figureVersionFile(spec), fromDisk);
      expect(
        files.filter((file) => fullRegistry.includes(file)),
        key,
      ).toEqual([]);
      expect(figureModelSha256(spec, renumbered), key).toBe(figureModelSha256(spec, fromDisk));
    }
  });

  it('on this repository: editing any entry a figure version can read changes its hash', () => {
    const registry = 'src/model/parameter-entries.ts';
    const entryFiles = runtimeImports(fromDisk(registry)!).map((s) => resolveImport(registry, s)!);
    expect(entryFiles).toContain('src/model/parameters/growth-rates.ts');
    const readers = figureVersions.filter((spec) =>
      importedFiles(figureVersionFile(spec), fromDisk).includes(registry),
    );
    expect(readers.length).toBeGreaterThan(5);
    for (const spec of readers) {
      const unedited = figureModelSha256(spec, fromDisk);
      for (const file of entryFiles)
        expect(figureModelSha256(spec, editing(file)), `${spec.id}/v${spec.version} after editing ${file}`).not.toBe(
          unedited,
        );
    }
  });
});
