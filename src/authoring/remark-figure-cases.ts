/**
 * Live prose chosen per case, as whole sentences:
 *
 *   <FigureCases figure="meek-loss-gap" case="peakShape">
 *     <When is="peaks">The gap is widest in <FigureValue figure="meek-loss-gap" value="peakYear" />.</When>
 *     <When is="widens">The gap is still widening when the figure ends.</When>
 *     <When is="shrinking">The gap shrinks from the start.</When>
 *   </FigureCases>
 *
 * Checks each <FigureCases> against its figure's spec (`cases`, see FigureCase in src/figures/spec.ts) and stops
 * the build at the element's file:line:col when the case is unknown, a <When is> names an option the case does
 * not have, an option has no <When> (or two), anything but <When>s stands inside, or a <When> stands outside a
 * <FigureCases>. Then it marks the <When> that holds at the essay's starting state (the page preset that
 * remark-figures.ts hands to every figure host) `state="shown"` and the others `state="hidden"`, and tells both
 * components whether they stand as blocks or inside a paragraph (`layout`). The island switches them live
 * (src/components/prose/live-prose.ts). `is` may list several options separated by spaces.
 */
import type { Root } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { caseOption, figureCase } from '../figures/cases.ts';
import { pagePresetFor } from '../figures/presets.ts';
import { getFigure } from '../figures/registry.ts';
import type { AnyFigureSpec, FigureData } from '../figures/spec.ts';
import { figureDataFromDisk } from '../figures/publishing/lock-files.ts';
import { didYouMean, fail } from './author-error.ts';
import { expressionAttribute, isJsxElement, stringAttribute, type JsxElement } from './mdx-jsx.ts';

export interface RemarkFigureCasesOptions {
  /** Dataset rows for a figure; defaults to the published JSON on disk. */
  readonly dataFor?: (spec: AnyFigureSpec) => FigureData;
}

const blank = (node: Node) => node.type === 'text' && !(node as Node & { value: string }).value.trim();

/** The <When> children of a <FigureCases> (MDX may wrap inline ones in a paragraph); anything else is an error. */
function whensOf(file: VFile, host: JsxElement): JsxElement[] {
  const whens: JsxElement[] = [];
  const take = (node: Node): void => {
    if (isJsxElement(node) && node.name === 'When') whens.push(node);
    else if (node.type === 'paragraph') for (const child of (node as JsxElement).children) take(child);
    else if (!blank(node)) {
      fail(file, node, `<FigureCases>: put every sentence inside a <When is="…"> (found ${node.type} outside one)`);
    }
  };
  for (const child of host.children) take(child);
  return whens;
}

const layout = (node: JsxElement) => (node.type === 'mdxJsxFlowElement' ? 'block' : 'inline');

function setAttributes(node: JsxElement, values: Record<string, string>): void {
  node.attributes = [
    ...node.attributes.filter((a) => !(a.name && a.name in values)),
    ...Object.entries(values).map(([name, value]) => ({ type: 'mdxJsxAttribute' as const, name, value })),
  ];
}

export default function remarkFigureCases(options: RemarkFigureCasesOptions = {}) {
  const dataFor = options.dataFor ?? figureDataFromDisk;
  return (tree: Root, file: VFile) => {
    const inside = new Set<Node>();
    visit(tree, (node) => {
      if (!isJsxElement(node) || node.name !== 'FigureCases') return;
      const id = stringAttribute(node, 'figure');
      const name = stringAttribute(node, 'case');
      if (!id || !name) fail(file, node, '<FigureCases> needs figure="<figure id>" and case="<case name>"');
      const version = expressionAttribute(node, 'version');
      let spec: AnyFigureSpec;
      try {
        spec = getFigure(id, version && 'value' in version ? Number(version.value) : undefined);
      } catch (error) {
        fail(file, node, `<FigureCases>: ${(error as Error).message}`);
      }
      const known = Object.keys(spec.cases ?? {});
      let options: readonly string[];
      try {
        options = figureCase(spec, name).options;
      } catch {
        fail(
          file,
          node,
          `unknown case "${name}" of figure "${spec.id}"${known.length ? didYouMean(name, known) : ' (it declares no cases: add `cases` to its spec)'}`,
        );
      }
      const whens = whensOf(file, node);
      const covered = new Map<string, JsxElement>();
      for (const when of whens) {
        inside.add(when);
        const is = stringAttribute(when, 'is')?.split(/\s+/).filter(Boolean) ?? [];
        if (is.length === 0) fail(file, when, `<When> needs is="<option>" (one of ${options.join(', ')})`);
        for (const option of is) {
          if (!options.includes(option)) {
            fail(
              file,
              when,
              `case "${name}" of figure "${spec.id}" has no option "${option}"${didYouMean(option, options)}`,
            );
          }
          if (covered.has(option))
            fail(file, when, `option "${option}" of case "${name}" has two <When>s; give it one`);
          covered.set(option, when);
        }
      }
      const missing = options.filter((option) => !covered.has(option));
      if (missing.length > 0) {
        fail(
          file,
          node,
          `<FigureCases figure="${spec.id}" case="${name}"> has no <When> for ${missing.map((m) => `"${m}"`).join(', ')}: write a sentence for every option a reader can reach`,
        );
      }
      const page = stringAttribute(node, 'pagePreset');
      let shown: string;
      try {
        const params = pagePresetFor(spec, page ? (JSON.parse(page) as Record<string, number>) : {});
        shown = caseOption(spec, name, params, spec.table(params, dataFor(spec)));
      } catch (error) {
        fail(file, node, `<FigureCases>: ${(error as Error).message}`);
      }
      setAttributes(node, { layout: layout(node) });
      for (const when of whens) {
        const state = covered.get(shown) === when ? 'shown' : 'hidden';
        setAttributes(when, { state, layout: layout(when) });
      }
    });
    visit(tree, (node) => {
      if (isJsxElement(node) && node.name === 'When' && !inside.has(node)) {
        fail(file, node, '<When> stands outside a <FigureCases figure="…" case="…">; put it inside one');
      }
    });
  };
}
