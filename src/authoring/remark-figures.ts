/**
 * Checks every `<Figure>` and `<FigureValue>` in an essay against the figure
 * registry at build time (figure id, version, value name, preset values
 * within the spec's ranges), stopping at the element's line and column, and
 * records the figures and datasets the essay uses in its frontmatter
 * (`figures`, `datasets`; read them with `render(entry).remarkPluginFrontmatter`).
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { figureIds, versionsOf } from '../figures/registry.ts';
import type { AnyFigureSpec } from '../figures/spec.ts';
import { didYouMean, fail } from './author-error.ts';
import { expressionAttribute, isJsxElement, stringAttribute, type JsxElement } from './mdx-jsx.ts';

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

function checkPresets(file: VFile, element: JsxElement, spec: AnyFigureSpec): void {
  const presets = expressionAttribute(element, 'params');
  if (!presets) return;
  if ('error' in presets) fail(file, element, `<Figure id="${spec.id}">: ${presets.error}`);
  const value = presets.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(file, element, `<Figure id="${spec.id}">: params must be an object such as {{ g_i: 2.4 }}`);
  }
  const definitions = spec.params as Record<string, { min: number; max: number; unit: string }>;
  for (const [key, preset] of Object.entries(value)) {
    const definition = definitions[key];
    if (!definition) {
      fail(
        file,
        element,
        `unknown parameter "${key}" of figure "${spec.id}"${didYouMean(key, Object.keys(definitions))}`,
      );
    }
    if (typeof preset !== 'number' || !Number.isFinite(preset)) {
      fail(file, element, `preset ${key} of figure "${spec.id}" must be a number, not ${JSON.stringify(preset)}`);
    }
    if (preset < definition.min || preset > definition.max) {
      fail(
        file,
        element,
        `preset ${key}=${preset} of figure "${spec.id}" is out of range (did you mean a value from ${definition.min} to ${definition.max}?)`,
      );
    }
  }
}

export default function remarkFigures() {
  return (tree: Root, file: VFile) => {
    const figures = new Map<string, AnyFigureSpec>();
    visit(tree, (node) => {
      if (!isJsxElement(node)) return;
      if (node.name === 'Figure') {
        const spec = resolveFigure(file, node, 'id');
        checkPresets(file, node, spec);
        figures.set(`${spec.id}/v${spec.version}`, spec);
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
      }
    });
    const datasets = new Set([...figures.values()].flatMap((s) => s.datasets.map((d) => `${d.name}/v${d.version}`)));
    const astro = ((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro ??= {});
    astro.frontmatter = { ...astro.frontmatter, figures: [...figures.keys()], datasets: [...datasets] };
  };
}
