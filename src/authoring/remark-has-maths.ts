/**
 * Records whether an essay has maths (`$…$` or `$$…$$`), as `hasMaths` in the frontmatter Astro hands the page
 * (`render(entry).remarkPluginFrontmatter`): the essay template links KaTeX's stylesheet only when it does
 * (src/markdown/katex-sheet.ts). Runs after remark-math, which makes the maths nodes.
 * @example render(essay).remarkPluginFrontmatter.hasMaths // true for meek-models, false for the edge
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

export default function remarkHasMaths() {
  return (tree: Root, file: VFile) => {
    let hasMaths = false;
    visit(tree, (node) => {
      if (node.type === 'math' || node.type === 'inlineMath') hasMaths = true;
    });
    const astro = ((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro ??= {});
    astro.frontmatter = { ...astro.frontmatter, hasMaths };
  };
}
