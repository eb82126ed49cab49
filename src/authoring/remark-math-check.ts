/**
 * Renders every `$…$` and `$$…$$` with KaTeX in strict mode before the page
 * is built, so a mistake stops the build at its line and column instead of
 * showing red text to readers.
 */
import katex from 'katex';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { fail } from './author-error.ts';
import { offsetToPlace } from './source-place.ts';

/** KaTeX's message without its position suffix and underlined excerpt. */
function reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message
    .replace(/^KaTeX parse error:\s*/, '')
    .replace(/ at position \d+:[\s\S]*$/, '')
    .replace(/ at end of input:[\s\S]*$/, ' at the end');
}

export default function remarkMathCheck() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    visit(tree, (node) => {
      if (node.type !== 'math' && node.type !== 'inlineMath') return;
      const value = (node as { value: string }).value;
      try {
        katex.renderToString(value, { displayMode: node.type === 'math', throwOnError: true, strict: 'ignore' });
      } catch (error) {
        const position = (error as { position?: number }).position;
        const start = node.position?.start.offset;
        // Where the expression starts in the source: after "$" inline; for display math, find it after "$$".
        let place: ReturnType<typeof offsetToPlace> | undefined;
        if (start !== undefined) {
          const expressionStart = source.indexOf(value, start);
          place = offsetToPlace(source, (expressionStart >= 0 ? expressionStart : start) + (position ?? 0));
        }
        const excerpt = value.trim().length > 40 ? `${value.trim().slice(0, 40)}…` : value.trim();
        fail(
          file,
          place ?? node,
          `bad KaTeX in "${excerpt.replace(/\s+/g, ' ')}": ${reason(error)} (did you mean to escape it or check the KaTeX function list?)`,
        );
      }
    });
  };
}
