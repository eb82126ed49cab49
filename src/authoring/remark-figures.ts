/**
 * Checks every `<Figure>` and `<FigureValue>` in an essay against the figure
 * registry at build time (figure id, version, value name, preset values
 * within the spec's ranges by validatePreset), stopping at the element's line
 * and column, and records the figures and datasets the essay uses in its
 * frontmatter (`figures`, `datasets`; read them with
 * `render(entry).remarkPluginFrontmatter`).
 *
 * One essay, one set of starting values: the presets of all its figures merge
 * into a page preset, handed to every <Figure> and <FigureValue> as a
 * `pagePreset` JSON attribute, so prose numbers and figures that share a key
 * start from the same value wherever they stand in the essay.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { figureIds, versionsOf } from '../figures/registry.ts';
import { PresetError, validatePreset } from '../figures/presets.ts';
import type { AnyFigureSpec } from '../figures/spec.ts';
import { didYouMean, fail } from './author-error.ts';
import { expressionAttribute, isJsxElement, stringAttribute, type JsxElement } from './mdx-jsx.ts';

/** Live prose elements that read a figure at the page's starting state (src/authoring/remark-figure-cases.ts, remark-claims.ts). */
const PROSE_HOSTS = ['FigureCases', 'Claim', 'Believe'];

function resolveFigure(file: VFile, element: JsxElement, idAttribute: string): AnyFigureSpec {
  const id = stringAttribute(element, idAttribute);
  if (!id) fail(file, element, `<${element.name}> needs ${idAttribute}="<figure id>"`);
  const versions = versionsOf(id);
  if (versions.length === 0) fail(file, element, `unknown figure "${id}"${didYouMean(id, figureIds())}`);
  const version = expressionAttribute(element, 'version');
  if (!version) return versions.at(-1)!;
  if ('error' in version) fail(file, element, `<${element.name}>: ${version.error}`);
  const spec = versions.find((v) => v.version === Number(version.value));
  if (!spec) {
    const known = versions.map((v) => String(v.version));
    fail(
      file,
      element,
      `figure "${id}" has no version ${String(version.value)}${didYouMean(String(version.value), known)}`,
    );
  }
  return spec;
}

/** The figure's preset (`params={{ … }}`), checked against its spec; empty when there is none. */
function checkedPreset(file: VFile, element: JsxElement, spec: AnyFigureSpec): Record<string, number> {
  const presets = expressionAttribute(element, 'params');
  if (!presets) return {};
  if ('error' in presets) fail(file, element, `<Figure id="${spec.id}">: ${presets.error}`);
  const value = presets.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(file, element, `<Figure id="${spec.id}">: params must be an object such as {{ g_i: 2.4 }}`);
  }
  const keys = Object.keys(spec.params);
  for (const key of Object.keys(value)) {
    if (!keys.includes(key)) {
      fail(file, element, `unknown parameter "${key}" of figure "${spec.id}"${didYouMean(key, keys)}`);
    }
  }
  try {
    validatePreset(spec, value as Record<string, unknown>);
  } catch (error) {
    if (error instanceof PresetError) fail(file, element, error.message);
    throw error;
  }
  return value as Record<string, number>;
}

/** Merges one figure's preset into the page's; two figures may not start a shared key differently. */
function mergePreset(
  file: VFile,
  element: JsxElement,
  spec: AnyFigureSpec,
  preset: Record<string, number>,
  page: Map<string, { value: number; at: string }>,
): void {
  const place = `line ${element.position?.start.line ?? 0}`;
  for (const [key, value] of Object.entries(preset)) {
    const earlier = page.get(key);
    if (earlier && earlier.value !== value) {
      fail(
        file,
        element,
        `${spec.id}: preset ${key} = ${value} disagrees with ${key} = ${earlier.value} set at ${earlier.at}; figures in one essay share a parameter, so give it one starting value`,
      );
    }
    page.set(key, { value, at: place });
  }
}

export default function remarkFigures() {
  return (tree: Root, file: VFile) => {
    const figures = new Map<string, AnyFigureSpec>();
    const page = new Map<string, { value: number; at: string }>();
    const hosts: JsxElement[] = [];
    visit(tree, (node) => {
      if (!isJsxElement(node)) return;
      if (node.name === 'Figure') {
        const spec = resolveFigure(file, node, 'id');
        mergePreset(file, node, spec, checkedPreset(file, node, spec), page);
        figures.set(`${spec.id}/v${spec.version}`, spec);
        hosts.push(node);
      } else if (node.name === 'FigureValue') {
        const spec = resolveFigure(file, node, 'figure');
        const value = stringAttribute(node, 'value');
        if (!value) fail(file, node, `<FigureValue figure="${spec.id}"> needs value="<name>"`);
        if (!(value in spec.values)) {
          fail(
            file,
            node,
            `unknown value "${value}" of figure "${spec.id}"${didYouMean(value, Object.keys(spec.values))}`,
          );
        }
        figures.set(`${spec.id}/v${spec.version}`, spec);
        hosts.push(node);
      } else if (node.name === 'PresetValue') {
        // A parameter's starting value in prose (src/components/PresetValue.astro): the parameter must exist.
        const spec = resolveFigure(file, node, 'figure');
        const param = stringAttribute(node, 'param');
        if (!param || !(param in spec.params))
          fail(
            file,
            node,
            `unknown parameter "${param ?? ''}" of figure "${spec.id}" in <PresetValue>${didYouMean(param ?? '', Object.keys(spec.params))}`,
          );
        figures.set(`${spec.id}/v${spec.version}`, spec);
        hosts.push(node);
      } else if (node.name && PROSE_HOSTS.includes(node.name)) {
        // Live prose starts where the figures do: cases, claims and Believe boxes get the page preset too.
        const spec = resolveFigure(file, node, 'figure');
        figures.set(`${spec.id}/v${spec.version}`, spec);
        hosts.push(node);
      }
    });
    if (page.size > 0) {
      const json = JSON.stringify(Object.fromEntries([...page].map(([key, { value }]) => [key, value])));
      for (const host of hosts) {
        host.attributes = [
          ...host.attributes.filter((a) => a.name !== 'pagePreset'),
          { type: 'mdxJsxAttribute', name: 'pagePreset', value: json },
        ];
      }
    }
    const datasets = new Set([...figures.values()].flatMap((s) => s.datasets.map((d) => `${d.name}/v${d.version}`)));
    const astro = ((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro ??= {});
    astro.frontmatter = { ...astro.frontmatter, figures: [...figures.keys()], datasets: [...datasets] };
  };
}
