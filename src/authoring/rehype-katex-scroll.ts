/**
 * A display equation wider than the screen scrolls sideways (.katex-display
 * has overflow-x: auto). A keyboard reader can only scroll what can take
 * focus, so each display gets tabindex="0" (axe: scrollable-region-focusable).
 * Its MathML gives it a spoken name. Runs after rehype-katex.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

export default function rehypeKatexScroll() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      const classes = node.properties.className;
      if (Array.isArray(classes) && classes.includes('katex-display')) node.properties.tabIndex = 0;
    });
  };
}
