/**
 * Checks every <ParameterValue id source interval> in an essay against the
 * parameter registry and stops at its line and column when the id, the source
 * or the interval does not exist:
 *   src/content/essays/x.mdx:12:5 <ParameterValue>: unknown parameter "g_j" (did you mean "g_i"?)
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { citedValue } from '../components/parameters/cited-value.ts';
import { fail } from './author-error.ts';
import { attribute, isJsxElement, stringAttribute } from './mdx-jsx.ts';

export default function remarkParameterValues() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (!isJsxElement(node) || node.name !== 'ParameterValue') return;
      const id = stringAttribute(node, 'id');
      const source = stringAttribute(node, 'source');
      if (!id || !source) fail(file, node, '<ParameterValue> needs id="…" and source="…" (a bibliography key)');
      const interval = attribute(node, 'interval');
      // `interval` alone (null value) or interval={true} asks for the interval.
      const written = interval?.value;
      const wantsInterval =
        interval !== undefined &&
        !(typeof written === 'object' && written !== null && written.value.trim() === 'false');
      try {
        citedValue(id, source, wantsInterval);
      } catch (error) {
        fail(file, node, `<ParameterValue>: ${(error as Error).message}`);
      }
    });
  };
}
