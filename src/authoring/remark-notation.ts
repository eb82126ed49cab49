/**
 * One notation across the site: stops the build at the element's file:line:col when an essay shows a figure whose
 * parameter uses a registered symbol for something else, or its maths uses a registered symbol that none of its
 * figures defines with that meaning (src/notation/). Clashes listed as known (KNOWN_CLASHES) pass until renamed.
 *   src/content/essays/x.mdx:12:1 figure "wall-glut" uses D for “Follower gets the glut after”, but D means …
 */
import type { Root } from 'mdast';
import { basename } from 'node:path';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { getFigure } from '../figures/registry.ts';
import type { AnyFigureSpec } from '../figures/spec.ts';
import { isKnown, mathClashes, paramClashes } from '../notation/check.ts';
import { fail } from './author-error.ts';
import { expressionAttribute, isJsxElement, stringAttribute } from './mdx-jsx.ts';

const FIGURE_ELEMENTS: Readonly<Record<string, string>> = {
  Figure: 'id',
  FigureValue: 'figure',
  FigureCases: 'figure',
  Claim: 'figure',
  Believe: 'figure',
};

export default function remarkNotation() {
  return (tree: Root, file: VFile) => {
    const essay = basename(file.path ?? 'essay.mdx').replace(/\.mdx?$/, '');
    const specs = new Map<string, AnyFigureSpec>();
    const maths: (Node & { value: string })[] = [];
    visit(tree, (node) => {
      if (node.type === 'math' || node.type === 'inlineMath') maths.push(node as Node & { value: string });
      if (!isJsxElement(node) || !node.name || !(node.name in FIGURE_ELEMENTS)) return;
      const id = stringAttribute(node, FIGURE_ELEMENTS[node.name]!);
      const version = expressionAttribute(node, 'version');
      let spec: AnyFigureSpec;
      try {
        spec = getFigure(id ?? '', version && 'value' in version ? Number(version.value) : undefined);
      } catch {
        return; // remark-figures reports unknown figures at their line
      }
      if (specs.has(`${spec.id}/v${spec.version}`)) return;
      specs.set(`${spec.id}/v${spec.version}`, spec);
      const clash = paramClashes(spec).find((c) => !isKnown(c));
      if (clash) fail(file, node, clash.problem);
    });
    for (const math of maths) {
      const clash = mathClashes(essay, math.value, [...specs.values()]).find((c) => !isKnown(c));
      if (clash) fail(file, math, clash.problem);
    }
  };
}
