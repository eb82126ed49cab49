/**
 * Which model files a figure version runs: its import graph, followed from
 * its version file (src/figures/<id>/v<N>.ts) through every relative import.
 * The figure lock hashes only those files (figureModelSha256), so adding or
 * editing a model file that a figure never imports leaves its lock record alone.
 * Pure: the caller passes a reader (node:fs in scripts, import.meta.glob in the build).
 */
import { hashSources, isModelSource } from '../../history/provenance.ts';

/** Source text of a repository path ("src/model/chinchilla.ts"), or undefined when there is no such file. */
export type SourceReader = (path: string) => string | undefined;

// Static imports and re-exports (multi-line too), side-effect imports and dynamic import('…').
const IMPORT =
  /\b(?:import|export)\s+(type\s+)?(?:[\w*{}\s,$]*?\s+from\s+)?['"]([^'"\n]+)['"]|\bimport\(\s*['"]([^'"\n]+)['"]\s*\)/g;

/** The module specifiers a TypeScript file loads at run time (`import type …` is erased, so left out). */
export function runtimeImports(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(IMPORT)) {
    const specifier = match[2] ?? match[3];
    if (specifier !== undefined && match[1] === undefined) found.push(specifier);
  }
  return found;
}

/** "src/figures/x/figure.ts" + "../../model/y.ts" → "src/model/y.ts"; undefined for a package import. */
export function resolveImport(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.') && !specifier.startsWith('/')) return undefined;
  const base = specifier.startsWith('/') ? [] : from.split('/').slice(0, -1);
  for (const part of specifier.split('?')[0]!.split('/')) {
    if (part === '..') base.pop();
    else if (part !== '.' && part !== '') base.push(part);
  }
  return base.join('/');
}

/**
 * Every TypeScript file reachable from `entry` through relative imports, sorted.
 * @example importedFiles('src/figures/meek-loss-gap/v3.ts', read) // ['src/figures/meek-loss-gap/figure.ts', …, 'src/model/meek-models.ts', …]
 */
export function importedFiles(entry: string, read: SourceReader): string[] {
  const seen = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const path = pending.pop()!;
    if (seen.has(path) || !path.endsWith('.ts')) continue;
    const source = read(path);
    if (source === undefined) {
      if (path === entry) throw new Error(`${entry} does not exist`);
      continue;
    }
    seen.add(path);
    for (const specifier of runtimeImports(source)) {
      const target = resolveImport(path, specifier);
      if (target !== undefined) pending.push(target);
    }
  }
  return [...seen].sort();
}

/** Where a figure version is defined: one file per version (the registry imports it). */
export function figureVersionFile(spec: { readonly id: string; readonly version: number }): string {
  return `src/figures/${spec.id}/v${spec.version}.ts`;
}

/** The renderer computes a spec's uncertainty band with the model's sampling code: a band's figure runs it too. */
export const BAND_RENDERER = 'src/figures/band/registry-band.ts';

/** What the hash needs of a spec: which version, and whether it has a band. */
export interface VersionedSpec {
  readonly id: string;
  readonly version: number;
  readonly band?: unknown;
}

/**
 * sha256 of the model files (src/model, tests excluded) a figure version imports, directly or
 * through other files (and, for a spec with a band, those the band renderer imports):
 * hashSources over those files, so a rename or an edit of one of them counts.
 * @example figureModelSha256({ id: 'meek-loss-gap', version: 3 }, read) // '5c0e…' (64 hex digits)
 */
export function figureModelSha256(spec: VersionedSpec, read: SourceReader): string {
  const entry = figureVersionFile(spec);
  let files: string[];
  try {
    files = importedFiles(entry, read);
    if (spec.band !== undefined) files = [...new Set([...files, ...importedFiles(BAND_RENDERER, read)])];
  } catch {
    throw new Error(
      `Figure ${spec.id}/v${spec.version}: ${entry} is missing. Each figure version is defined in src/figures/<id>/v<N>.ts (npm run new:figure -- <id> writes one).`,
    );
  }
  const model = files.filter(isModelSource);
  return hashSources(Object.fromEntries(model.map((path) => [path, read(path) ?? ''])));
}
