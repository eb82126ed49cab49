/**
 * Every internal URL the built site serves, derived from the page files in
 * src/pages, the figure registry, the essays and the published datasets, so
 * that a link in an essay can be checked at build time.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { figureIds, versionsOf } from '../figures/registry.ts';

const root = process.cwd();

function listFiles(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

function subdirectories(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory).filter((name) => statSync(join(directory, name)).isDirectory());
}

/** Route patterns from page files: "figures/[id]/[version]/cite.bib", "essays/[slug]/". */
function routePatterns(): string[] {
  return listFiles(join(root, 'src/pages'))
    .map((path) => relative(join(root, 'src/pages'), path).replace(/\\/g, '/'))
    .filter((path) => /\.(astro|ts|md|mdx)$/.test(path) && !path.includes('/_') && !path.startsWith('_'))
    .map((path) => {
      if (/(^|\/)index\.(astro|md|mdx)$/.test(path)) return path.replace(/index\.(astro|md|mdx)$/, '');
      if (/\.(astro|md|mdx)$/.test(path)) return path.replace(/\.(astro|md|mdx)$/, '/');
      return path.replace(/\.ts$/, '');
    });
}

function dynamicValues(segment: string, earlier: Record<string, string>): string[] | 'any' {
  switch (segment) {
    case '[slug]':
      return readdirSync(join(root, 'src/content/essays'))
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => f.replace(/\.mdx$/, ''));
    case '[id]':
      return figureIds();
    case '[name]':
      return subdirectories(join(root, 'data')).filter((d) => d !== 'raw');
    case '[version]':
      if (earlier['[id]']) return versionsOf(earlier['[id]']).map((v) => `v${v.version}`);
      if (earlier['[name]']) return subdirectories(join(root, 'data', earlier['[name]']));
      return 'any';
    default:
      return segment.startsWith('[') ? 'any' : [segment];
  }
}

/** Every concrete URL path the site serves (files under a "[file]" segment excepted). */
export function knownPaths(): string[] {
  const out: string[] = [];
  for (const pattern of routePatterns()) {
    const trailing = pattern.endsWith('/') || pattern === '';
    const segments = pattern.split('/').filter(Boolean);
    const expand = (i: number, prefix: string[], bound: Record<string, string>) => {
      if (i === segments.length) {
        out.push(`/${prefix.join('/')}${trailing && prefix.length ? '/' : ''}`);
        return;
      }
      const values = dynamicValues(segments[i]!, bound);
      if (values === 'any') {
        out.push(`/${[...prefix, '*'].join('/')}`);
        return;
      }
      for (const v of values) expand(i + 1, [...prefix, v], { ...bound, [segments[i]!]: v });
    };
    expand(0, [], {});
  }
  return [...new Set(out)].sort();
}

let cache: string[] | undefined;

/** Whether `/path/` (without query or hash) is a page or file of the built site or of public/. */
export function isKnownPath(path: string): boolean {
  cache ??= knownPaths();
  if (existsSync(join(root, 'public', decodeURIComponent(path))) && !path.endsWith('/')) return true;
  return cache.some((known) => (known.endsWith('/*') ? path.startsWith(known.slice(0, -1)) : known === path));
}

/** Concrete paths to suggest (no wildcards). */
export function suggestablePaths(): string[] {
  cache ??= knownPaths();
  return cache.filter((p) => !p.includes('*'));
}
