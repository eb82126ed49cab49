/**
 * A Vite plugin for the browser build only: how the code a live figure needs is
 * cut into files. Left to itself the bundler made ~35 files for one essay's
 * figures (Plot in one, its line, area and dot marks in three more, each shared
 * helper of the figures in its own file of 0.1–3 KB), and every file is
 * compressed on its own: on meek-models the 38 files cost 117 KB gzip where the
 * same bytes in one stream cost 108 KB. Groups instead (chunkGroups):
 *  - `live-figure-island`: what every live figure loads whatever it shows: what the
 *    island imports, the packages figures draw with (Plot, d3), and the figure
 *    helpers more than one figure imports (labels, formats, the registry);
 *  - `figures-<essay>`: the latest versions of the figures one essay shows and what only they import (specs,
 *    marks, model code): the essay loads them all once a reader uses each, and one gzip stream of its six figures
 *    cost meek-models 22 KB where thirteen files cost 27 KB. A figure's permalink loads its essay's file: never
 *    more than the essay itself loads, which is the page the budget binds;
 *  - `figure-<id>`: the latest version of a figure no essay shows (or several do) and what only it imports;
 *  - `d3-random`, `plot-arrow`: code few figures draw with (ownFile), loaded by those figures only;
 *  - `claims-believe`: the checked claims' and the Believe boxes' code (CHECKS), which the island loads once a
 *    reader pauses: one file where two cost 0.4 KB gzip more on meek-models.
 * Older versions' entries, and modules only they import (superseded versions
 * never go live), are left to the bundler, so no page loads a frozen version's
 * code. No group takes a module an eager
 * script imports (the loader, the contents and the theme toggle share a few
 * small modules with the island), so "read JS" does not grow by the runtime,
 * nor one an eager script loads without the island (a link's notice, page-query.ts);
 * nor one the island loads on intent (the citation dialog, the band worker's
 * client, the Believe boxes): those stay files of their own.
 * Dev (`astro dev`) serves modules one by one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { figureUses } from '../essays/figure-uses.ts';

/** The module graph as the plugin reads it: ids and their static imports. */
export interface ModuleGraph {
  readonly ids: readonly string[];
  readonly entries: readonly string[];
  importsOf(id: string): readonly string[];
  dynamicImportsOf(id: string): readonly string[];
}

const ISLAND = /\/src\/components\/live-figure-island\.ts$/;
/** What loads once a reader pauses after moving a slider: the checked claims' code and the Believe boxes'. */
const CHECKS = /\/src\/components\/(prose\/live-claims|believe\/believe-live)\.ts$/;
const VERSION = /\/src\/figures\/([^/]+)\/v(\d+)\.ts$/;
/**
 * Code few figures draw with, in a file of its own that only the figures importing it load (left to the bundler,
 * it joined the runtime every live figure loads): d3-random (the Monte Carlo draws of meek-gap-band and the wall's
 * figures) and Plot's arrow mark (two wall figures; link.js is the helper only arrow reads). The name of the file.
 */
function ownFile(path: string): string | undefined {
  if (path.includes('/node_modules/d3-random/')) return 'd3-random';
  return /\/node_modules\/@observablehq\/plot\/src\/marks\/(arrow|link)\.js$/.test(path) ? 'plot-arrow' : undefined;
}
/** Model and data code goes with the one figure that needs it, else to the bundler (not every figure needs it). */
const MODEL = /\/src\/(model|data)\//;
/** The registry's slim browser copies (slim-browser-modules.ts): read by most figures, so part of the runtime. */
const REGISTRY = /\/src\/model\/(parameter-entries|bibliography)\.ts$/;
/** Folders of src/figures/ that are not one figure's own. */
const NOT_A_FIGURE = new Set(['layout', 'data-slices', 'band', 'frozen', 'publishing']);
/** A helper of the figure machinery joins the runtime once this many figures import it (else the bundler places it). */
const WIDELY_SHARED = 4;

/** The one essay that shows each figure, by figure id (a figure several essays show, or none, has none). */
export type EssayOf = ReadonlyMap<string, string>;

/** The file of a figure's own code: its essay's, else its own. */
const figureGroup = (figure: string, essayOf: EssayOf) =>
  essayOf.has(figure) ? `figures-${essayOf.get(figure)}` : `figure-${figure}`;

/**
 * The group of a module the latest versions of several figures import: code only one essay's figures read goes
 * with that essay's figures; a figure folder's module goes with that folder (meek-loss-gap/values.ts, read by four
 * meek figures, with meek-loss-gap); packages, the registry and helpers many figures read join the runtime; model
 * code and helpers a few figures share stay with the bundler, which puts each in a file for the figures that read it.
 */
function sharedGroup(path: string, figures: ReadonlySet<string>, essayOf: EssayOf): string | undefined {
  const groups = new Set([...figures].map((figure) => figureGroup(figure, essayOf)));
  if (groups.size === 1) return [...groups][0];
  if (path.includes('/node_modules/')) return ownFile(path) ?? 'live-figure-island';
  const folder = /\/src\/figures\/([^/]+)\/[^/]+$/.exec(path)?.[1];
  if (folder && !NOT_A_FIGURE.has(folder)) return figureGroup(folder, essayOf);
  if (REGISTRY.test(path)) return 'live-figure-island';
  return !MODEL.test(path) && figures.size >= WIDELY_SHARED ? 'live-figure-island' : undefined;
}

/** Every module `roots` import statically, directly or through others, the roots included. */
function closure(graph: ModuleGraph, roots: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...graph.importsOf(id));
  }
  return seen;
}

/** Each figure's latest version entry (v5.ts of meek-loss-gap), by figure id. */
function latestVersions(ids: readonly string[]): Map<string, string> {
  const latest = new Map<string, { id: string; version: number }>();
  for (const id of ids) {
    const match = VERSION.exec(id.replaceAll('\\', '/'));
    if (!match) continue;
    const [, figure = '', number = ''] = match;
    const version = Number(number);
    if ((latest.get(figure)?.version ?? 0) < version) latest.set(figure, { id, version });
  }
  return new Map([...latest].map(([figure, { id }]) => [figure, id]));
}

/**
 * The group of each module that has one ('live-figure-island', 'figures-<essay>' or 'figure-<id>'); the rest the
 * bundler places. `essayOf` names the essay that shows each figure (figureEssays).
 * @example chunkGroups(graph).get('/p/node_modules/@observablehq/plot/src/plot.js') // 'live-figure-island'
 */
export function chunkGroups(graph: ModuleGraph, essayOf: EssayOf = new Map()): Map<string, string> {
  const eager = closure(graph, graph.entries);
  const groups = new Map<string, string>();
  const island = graph.ids.find((id) => ISLAND.test(id.replaceAll('\\', '/')));
  // What an eager script loads on its own, not through the island (the page's notice about a link, page-query.ts),
  // keeps what it shares with the island out of the island's file: a page with no figure would load the island.
  const eagerLoads = [...eager].flatMap((id) => graph.dynamicImportsOf(id)).filter((id) => id !== island);
  const withoutIsland = closure(graph, eagerLoads);
  for (const id of island ? closure(graph, [island]) : [])
    if (!eager.has(id) && !withoutIsland.has(id))
      groups.set(id, ownFile(id.replaceAll('\\', '/')) ?? 'live-figure-island');

  const latest = latestVersions(graph.ids);
  // What other code loads on demand (the citation dialog, the Believe boxes) imports too: such a module in one
  // figure's file would make that code load the figure. (Older versions never go live: where their code lies
  // costs no reader anything.)
  const lazyRoots = graph.ids
    .flatMap((id) => graph.dynamicImportsOf(id))
    .filter((id) => id !== island && !VERSION.test(id.replaceAll('\\', '/')));
  const elsewhere = closure(graph, lazyRoots);
  // The checked claims' and the Believe boxes' code load once a reader pauses, on the same pages (meek, wall; the
  // incentives essay has claims only): one file, less what anything else reaches.
  const checks = lazyRoots.filter((id) => CHECKS.test(id.replaceAll('\\', '/')));
  const reachedOtherwise = closure(graph, [
    ...graph.entries,
    ...eagerLoads,
    ...(island ? [island] : []),
    ...latest.values(),
    ...lazyRoots.filter((id) => !checks.includes(id)),
  ]);
  for (const id of closure(graph, checks)) if (!reachedOtherwise.has(id)) groups.set(id, 'claims-believe');
  const figuresOf = new Map<string, Set<string>>();
  for (const [figure, entry] of latest)
    for (const id of closure(graph, [entry])) {
      if (eager.has(id) || groups.has(id) || elsewhere.has(id)) continue;
      figuresOf.set(id, (figuresOf.get(id) ?? new Set()).add(figure));
    }
  for (const [id, figures] of figuresOf) {
    const group = sharedGroup(id.replaceAll('\\', '/'), figures, essayOf);
    if (group) groups.set(id, group);
  }
  return groups;
}

/**
 * The essay that shows each figure, read from the essays' MDX (`<Figure id="…">`); a figure more than one essay
 * shows is in none (its own file then, so no essay loads another's figures).
 * @example figureEssays().get('meek-loss-gap') // 'meek-models'
 */
export function figureEssays(folder = new URL('../content/essays/', import.meta.url)): EssayOf {
  const essays = new Map<string, Set<string>>();
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.mdx')))
    for (const { id } of figureUses(readFileSync(new URL(file, folder), 'utf8')))
      essays.set(id, (essays.get(id) ?? new Set()).add(file.replace(/\.mdx$/, '')));
  return new Map([...essays].filter(([, slugs]) => slugs.size === 1).map(([id, slugs]) => [id, [...slugs][0]!]));
}

export function browserChunks(): Plugin {
  let groups = new Map<string, string>();
  return {
    name: 'open-closed:browser-chunks',
    apply: 'build',
    applyToEnvironment: (environment) => environment.name === 'client',
    // Groups that leave dependencies out need the entries' exports to be extensible (rolldown refuses otherwise);
    // the browser's entries are page scripts that export nothing.
    options(options) {
      return { ...options, preserveEntrySignatures: 'allow-extension' };
    },
    outputOptions(options) {
      return {
        ...options,
        codeSplitting: {
          groups: [
            {
              name: (id: string) => (groups.get(id) === 'live-figure-island' ? 'live-figure-island' : null),
              priority: 2,
            },
            {
              name: (id: string) => {
                const group = groups.get(id);
                return group && group !== 'live-figure-island' ? group : null;
              },
              priority: 1,
            },
          ],
          // Each group holds exactly the modules chosen above: a dependency outside it stays where it is.
          includeDependenciesRecursively: false,
        },
      };
    },
    buildEnd() {
      const ids = [...this.getModuleIds()];
      groups = chunkGroups(
        {
          ids,
          entries: ids.filter((id) => this.getModuleInfo(id)?.isEntry),
          importsOf: (id) => this.getModuleInfo(id)?.importedIds ?? [],
          dynamicImportsOf: (id) => this.getModuleInfo(id)?.dynamicallyImportedIds ?? [],
        },
        figureEssays(),
      );
    },
  };
}
