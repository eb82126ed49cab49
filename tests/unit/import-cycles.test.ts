/**
 * No import circles in src/ or scripts/: data flows one way (data → model and specs → components → pages), and a
 * circle, even through `import type`, means two files are one concept split in two or a layer reaching back up.
 * Follows every relative import and re-export of .ts and .astro files (a component's frontmatter imports too), types
 * included, and names each circle file → file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveImport } from '../../src/figures/publishing/import-graph.ts';

const ROOT = join(import.meta.dirname, '../..');
// Static imports and re-exports (type-only too, multi-line too), side-effect imports and dynamic import('…').
const IMPORT =
  /\b(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]*?\s+from\s+)?['"]([^'"\n]+)['"]|\bimport\(\s*['"]([^'"\n]+)['"]\s*\)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|astro)$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Each file's relative imports of the files given, as repository paths. */
function importGraph(files: readonly string[], read: (path: string) => string): Map<string, string[]> {
  const known = new Set(files);
  return new Map(
    files.map((file) => {
      const targets = [...read(file).matchAll(IMPORT)]
        .map((m) => resolveImport(file, (m[1] ?? m[2])!))
        .filter((target): target is string => target !== undefined && known.has(target));
      return [file, [...new Set(targets)]];
    }),
  );
}

/** Every circle of the graph, each once, as the path from its first file back to it (Tarjan's strongly connected components). */
function circles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (file: string) => {
    index.set(file, next);
    low.set(file, next++);
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) low.set(file, Math.min(low.get(file)!, index.get(target)!));
    }
    if (low.get(file) === index.get(file)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      const selfImport = graph.get(file)?.includes(file) ?? false;
      if (component.length > 1 || selfImport) found.push(component.sort());
    }
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return found;
}

describe('import circles', () => {
  it('finds a circle through a type-only import, and none in a line', () => {
    const files = {
      'a.ts': "import type { B } from './b.ts';",
      'b.ts': "import { a } from './a.ts';",
      'c.ts': "import './a.ts';",
    };
    const graph = importGraph(Object.keys(files), (path) => files[path as keyof typeof files]);
    expect(circles(graph)).toEqual([['a.ts', 'b.ts']]);
    expect(
      circles(
        new Map([
          ['a.ts', ['b.ts']],
          ['b.ts', []],
        ]),
      ),
    ).toEqual([]);
  });

  it('src/ and scripts/ have none', () => {
    const files = [...sourceFiles('src'), ...sourceFiles('scripts')];
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((file) => file.endsWith('.astro')).length).toBeGreaterThan(20);
    const graph = importGraph(files, (path) => readFileSync(join(ROOT, path), 'utf8'));
    const report = circles(graph).map((circle) => circle.map((file) => relative('.', file)).join(' ↔ '));
    expect(report, `import circles:\n${report.join('\n')}`).toEqual([]);
  });
});
