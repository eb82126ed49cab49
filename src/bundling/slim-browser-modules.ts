/**
 * A Vite plugin for the browser build only: three modules that browser code
 * imports carry far more than the browser reads.
 *  - the parameter registry's entries (src/model/parameter-entries.ts) hold
 *    `published` intervals, verbatim quotes, reasons and assumptions that only
 *    pages rendered at build time show;
 *    the numbers only essays report (reported-numbers.ts) are not among them,
 *    and every citation keeps its work but not its locator: a slider's and a
 *    preset's source (registryParam, anchorPresets) is shown only in pages
 *    rendered at build time, and the browser's copy names the work alone;
 *  - the bibliography (src/model/bibliography.ts) holds every work's CSL-JSON,
 *    where a figure's slider needs only "Author et al. 2024" (authors and year);
 *  - the site's metadata (src/site.ts) checks SITE_URL as it resolves it, which every page's served-origin
 *    script carried (0.3 KB gzip): the browser's copy is the resolved SITE the build uses, as a literal.
 * The browser gets each as a module generated from the real one when the site
 * builds, with exactly the fields browser-side code reads, so a spec evaluated
 * in the browser is the same object as at build time except for its sliders'
 * descriptions, which only the server renders (slim-browser-modules.test.ts
 * checks every figure version). A client module importing anything else from
 * the bibliography fails the build with a missing export, not silently.
 * Dev (`astro dev`) serves the real modules.
 */
import type { Plugin } from 'vite';
import { SITE } from '../site.ts';
import { BIBLIOGRAPHY, type Reference } from '../model/bibliography.ts';
import { PARAMETER_ENTRIES } from '../model/parameter-entries.ts';
import type { ParameterInput } from '../model/parameters/schema.ts';

/**
 * A citation's work alone: its locator, quote, verification flag and reason are words only build-time pages show
 * (a slider's or preset's "Source: …" title, the permalink's table, params.json; 12.7 KB before compression).
 */
function slimCitation({ key }: ParameterInput['source']): ParameterInput['source'] {
  return { key, locator: '' };
}

/**
 * Entries without the words only build-time pages show: the note (a slider's description), the
 * published interval, the assumption, and each citation's locator and quote (slimCitation), the
 * anchors' included: the island reads an anchor's label and value (a preset's button and values).
 */
export function slimParameterEntries(entries: readonly ParameterInput[]): ParameterInput[] {
  return entries.map((entry) => {
    const { published: _published, assumption: _assumption, note: _note, source, anchors, ...rest } = entry;
    const slimAnchors = anchors?.map((anchor) => ({ ...anchor, source: slimCitation(anchor.source) }));
    return { ...rest, note: '', source: slimCitation(source), ...(slimAnchors ? { anchors: slimAnchors } : {}) };
  });
}

/**
 * What a Web Worker's model code reads of an entry (the band worker: src/figures/band/): a sampler's fields
 * (samplerFor in src/model/sampling.ts: distribution, level, low, high and the default) by id, nothing a slider
 * shows. The worker is bundled on its own (vite.worker.plugins), so it gets its own copy.
 * @example workerParameterEntries(PARAMETER_ENTRIES)[0] // { id: 'hoffmann_e', default: 1.69, low: 1.69, high: 1.69, distribution: 'fixed', level: 'bounds' }
 */
export function workerParameterEntries(entries: readonly ParameterInput[]): WorkerEntry[] {
  return entries.map(({ id, default: value, low, high, distribution, level }) => ({
    id,
    default: value,
    low,
    high,
    distribution,
    level,
  }));
}
export type WorkerEntry = Pick<ParameterInput, 'id' | 'default' | 'low' | 'high' | 'distribution' | 'level'>;

/** Authors and year (all that shortCitation in src/figures/registry-param.ts reads) of each work the entries cite. */
export function slimBibliography(
  bibliography: Readonly<Record<string, Reference>>,
  entries: readonly ParameterInput[],
): Record<string, Pick<Reference, 'authors' | 'year'>> {
  const cited = new Set(entries.flatMap((e) => [e.source.key, ...(e.anchors ?? []).map((a) => a.source.key)]));
  return Object.fromEntries(
    Object.entries(bibliography)
      .filter(([key]) => cited.has(key))
      .map(([key, { authors, year }]) => [key, { authors, year }]),
  );
}

/**
 * The entries the browser can read: the model's (parameter-entries.ts). The numbers only essays report
 * (reported-numbers.ts) are not among them: no model equation or figure uses them, and pages print them at build time.
 */
export const BROWSER_ENTRIES: readonly ParameterInput[] = PARAMETER_ENTRIES;

const asJsonParse = (value: unknown) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;

/** Generated browser modules, by the path (from the project root) of the module they replace. */
export function slimModuleSources(worker = false): Record<string, string> {
  const entries = worker ? workerParameterEntries(BROWSER_ENTRIES) : slimParameterEntries(BROWSER_ENTRIES);
  return {
    // The same exports as parameter-entries.ts (PARAMETER_ENTRIES and parameterEntry), over the slim list.
    '/src/model/parameter-entries.ts': [
      `export const PARAMETER_ENTRIES = ${asJsonParse(entries)};`,
      'export function parameterEntry(id) {',
      '  const found = PARAMETER_ENTRIES.find((p) => p.id === id);',
      '  if (!found) throw new Error(`No parameter "${id}"`);',
      '  return found;',
      '}',
      '',
    ].join('\n'),
    '/src/model/bibliography.ts': `export const BIBLIOGRAPHY = ${asJsonParse(slimBibliography(BIBLIOGRAPHY, BROWSER_ENTRIES))};\n`,
    // SITE as this build resolved it (the same SITE_URL astro.config.mjs defines for browser code); browser code reads
    // SITE only, and importing anything else from site.ts fails the build with a missing export.
    '/src/site.ts': `export const SITE = ${JSON.stringify(SITE)};\n`,
  };
}

/** The plugin; `{ worker: true }` for a Web Worker's own bundle (vite.worker.plugins): workerParameterEntries. */
export function slimBrowserModules({ worker = false } = {}): Plugin {
  let sources: Record<string, string> | undefined;
  return {
    name: 'open-closed:slim-browser-modules',
    apply: 'build',
    enforce: 'pre',
    applyToEnvironment: (environment) => environment.name === 'client',
    load(id) {
      const path = Object.keys((sources ??= slimModuleSources(worker))).find((suffix) => id.endsWith(suffix));
      return path ? sources[path] : undefined;
    },
  };
}
