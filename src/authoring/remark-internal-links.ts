/**
 * Checks every link in an essay that points inside the site (`/figures/…/v2/`,
 * `/data/…`, `/essays/…`) against the pages the build will write, and stops at
 * the link's line and column when it would lead nowhere.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { didYouMean, editDistance, fail } from './author-error.ts';
import { isJsxElement, stringAttribute } from './mdx-jsx.ts';
import { isKnownPath, suggestablePaths } from './site-routes.ts';

/** The known path most like `path`: same first segment and depth where possible, else the nearest overall. */
function suggestion(path: string): string {
  const segments = path.split('/').filter(Boolean);
  const known = suggestablePaths();
  const alike = known.filter((p) => {
    const s = p.split('/').filter(Boolean);
    return s.length === segments.length && s[0] === segments[0];
  });
  if (alike.length === 0) return didYouMean(path, known);
  const best = alike.reduce((a, b) => (editDistance(b, path) < editDistance(a, path) ? b : a));
  return ` (did you mean "${best}"?)`;
}

function check(file: VFile, node: Parameters<typeof fail>[1], url: string | undefined): void {
  if (!url || !url.startsWith('/') || url.startsWith('//')) return;
  const path = url.replace(/[?#].*$/, '');
  if (isKnownPath(path)) return;
  fail(file, node, `broken internal link "${url}"${suggestion(path)}`);
}

export default function remarkInternalLinks() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (node.type === 'link' || node.type === 'definition') check(file, node, (node as { url: string }).url);
      else if (isJsxElement(node) && node.name === 'a') check(file, node, stringAttribute(node, 'href'));
    });
  };
}
