/**
 * Quarto-style cross-references. `<Figure id="…" label="fig-gap" />` numbers
 * the figure within the essay; a display equation is labelled by a line
 * `{#eq-peak}` directly after its `$$ … $$` block. In prose, `@fig-gap` and
 * `@eq-peak` become "Figure 2" and "Equation 1", linked to the target. An
 * unknown or duplicate label stops the build at its line and column.
 */
import type { Paragraph, Root, RootContent, Text, PhrasingContent } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { didYouMean, fail } from './author-error.ts';
import { isJsxElement, stringAttribute, type JsxElement } from './mdx-jsx.ts';
import { offsetToPlace } from './source-place.ts';

const LABEL = /^(fig|eq)-[A-Za-z0-9_-]*[A-Za-z0-9]$/;
const EQUATION_LABEL = /^\{#(eq-[A-Za-z0-9_-]*[A-Za-z0-9])\}$/;
const REFERENCE = /(^|[^\w@/.])@((?:fig|eq)-[A-Za-z0-9_-]*[A-Za-z0-9])/g;

interface Target {
  readonly kind: 'Figure' | 'Equation';
  readonly number: number;
}

function equationLabel(node: RootContent | undefined): string | undefined {
  if (node?.type !== 'paragraph' || node.children.length !== 1) return undefined;
  const only = node.children[0];
  return only?.type === 'text' ? EQUATION_LABEL.exec(only.value.trim())?.[1] : undefined;
}

/**
 * MDX would read `{#eq-x}` as a JavaScript expression and fail, so before
 * parsing, a line that is exactly `{#eq-…}` gets its braces escaped (the line
 * count stays the same, so every reported position stays right).
 */
export function escapeEquationLabels(source: string): string {
  return source.replace(/^([ \t]*)\{#(eq-[A-Za-z0-9_-]*)\}[ \t]*$/gm, '$1\\{#$2\\}');
}

export default function remarkCrossReferences(this: Processor) {
  const parse = this.parser;
  if (parse) this.parser = (document, file) => parse(escapeEquationLabels(String(document)), file);
  return (tree: Root, file: VFile) => {
    const targets = new Map<string, Target>();
    const define = (label: string, kind: Target['kind'], node: Parameters<typeof fail>[1]) => {
      if (!LABEL.test(label) || !label.startsWith(kind === 'Figure' ? 'fig-' : 'eq-')) {
        fail(
          file,
          node,
          `bad ${kind.toLowerCase()} label "${label}" (did you mean "${kind === 'Figure' ? 'fig' : 'eq'}-${label.replace(/^(fig|eq)-/, '')}"?)`,
        );
      }
      if (targets.has(label))
        fail(file, node, `duplicate label "${label}" (did you mean to give this one another name?)`);
      const number = [...targets.values()].filter((t) => t.kind === kind).length + 1;
      targets.set(label, { kind, number });
      return number;
    };

    // Pass 1: number figures and equations in document order.
    visit(tree, (node, index, parent) => {
      if (isJsxElement(node) && node.name === 'Figure') {
        const label = stringAttribute(node, 'label');
        if (label === undefined) return;
        const number = define(label, 'Figure', node);
        (node as JsxElement).attributes.push({ type: 'mdxJsxAttribute', name: 'number', value: String(number) });
        return;
      }
      if (node.type === 'math' && parent && index !== undefined) {
        const siblings = parent.children as RootContent[];
        const next = siblings[index + 1];
        const label = equationLabel(next);
        if (!label || next?.position?.start.line !== (node.position?.end.line ?? -1) + 1) return;
        const number = define(label, 'Equation', next as Paragraph);
        const wrapper: RootContent = {
          type: 'blockquote',
          children: [node as RootContent & { type: 'math' }],
          data: { hName: 'div', hProperties: { className: ['equation'], id: label } },
        } as RootContent;
        const tag: RootContent = {
          type: 'paragraph',
          children: [],
          data: {
            hName: 'span',
            hProperties: { className: ['equation-number'] },
            hChildren: [{ type: 'text', value: `(${number})` }],
          },
        };
        (wrapper as { children: RootContent[] }).children.push(tag);
        siblings.splice(index, 2, wrapper);
        return index + 1;
      }
      return undefined;
    });
    // A `{#eq-…}` line anywhere else is a mistake (usually a blank line too many or a missing $$).
    visit(tree, 'paragraph', (node) => {
      const label = equationLabel(node);
      if (label)
        fail(
          file,
          node,
          `equation label {#${label}} is not directly after a $$ … $$ block (did you mean to put it on the line after the closing $$?)`,
        );
    });

    // Pass 2: replace @fig-… and @eq-… in prose.
    const source = String(file.value);
    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined || parent.type === 'link') return;
      const matches = [...node.value.matchAll(REFERENCE)];
      if (matches.length === 0) return;
      const pieces: PhrasingContent[] = [];
      let last = 0;
      for (const m of matches) {
        const at = m.index + m[1]!.length;
        const label = m[2]!;
        const target = targets.get(label);
        if (!target) {
          const offset = (node.position?.start.offset ?? 0) + at;
          fail(
            file,
            node.position ? offsetToPlace(source, offset) : node,
            `unknown cross-reference "@${label}"${didYouMean(
              `@${label}`,
              [...targets.keys()].map((k) => `@${k}`),
            )}`,
          );
        }
        if (at > last) pieces.push({ type: 'text', value: node.value.slice(last, at) });
        pieces.push({
          type: 'link',
          url: `#${label}`,
          data: { hProperties: { className: ['cross-reference'] } },
          children: [{ type: 'text', value: `${target.kind} ${target.number}` }],
        });
        last = at + label.length + 1;
      }
      if (last < node.value.length) pieces.push({ type: 'text', value: node.value.slice(last) });
      (parent.children as PhrasingContent[]).splice(index, 1, ...pieces);
      return index + pieces.length;
    });
  };
}
