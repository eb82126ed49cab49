/**
 * Checks every <ParameterValue id source interval as> in an essay against the
 * parameter registry and stops at its line and column when the id, the source,
 * the interval or the form does not exist:
 *   src/content/essays/x.mdx:12:5 <ParameterValue>: unknown parameter "g_j" (did you mean "g_i"?)
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { citedValue, type CitedForm } from '../components/parameters/cited-value.ts';
import { fail } from './author-error.ts';
import { attribute, isJsxElement, stringAttribute } from './mdx-jsx.ts';

export default function remarkParameterValues() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (!isJsxElement(node) || node.name !== 'ParameterValue') return;
      const id = stringAttribute(node, 'id');
      const source = stringAttribute(node, 'source');
      if (!id || !source) fail(file, node, '<ParameterValue> needs id="…" and source="…" (a bibliography key)');
      // Alone on its line, MDX reads the element as a block and splits the sentence around it into two paragraphs.
      if (node.type === 'mdxJsxFlowElement') {
        fail(file, node, '<ParameterValue> stands alone on its line, which splits its paragraph: keep text beside it');
      }
      const interval = attribute(node, 'interval');
      // `interval` alone (null value) or interval={true} asks for the interval; interval="only" for it alone.
      const written = interval?.value;
      const wantsInterval =
        written === 'only'
          ? 'only'
          : interval !== undefined &&
            !(typeof written === 'object' && written !== null && written.value.trim() === 'false');
      try {
        citedValue(id, source, wantsInterval, (stringAttribute(node, 'as') ?? 'rate') as CitedForm);
      } catch (error) {
        fail(file, node, `<ParameterValue>: ${(error as Error).message}`);
      }
    });
  };
}
