/**
 * Checks every link in an essay that points inside the site (`/figures/…/v2/`,
 * `/data/…`, `/essays/…`) against the pages the build will write, and stops at
 * the link's line and column when it would lead nowhere.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { didYouMean, fail } from './author-error.ts';
import { isJsxElement, stringAttribute } from './mdx-jsx.ts';
import { isKnownPath, suggestablePaths } from './site-routes.ts';

function check(file: VFile, node: Parameters<typeof fail>[1], url: string | undefined): void {
  if (!url || !url.startsWith('/') || url.startsWith('//')) return;
  const path = url.replace(/[?#].*$/, '');
  if (isKnownPath(path)) return;
  fail(file, node, `broken internal link "${url}"${didYouMean(path, suggestablePaths())}`);
}

export default function remarkInternalLinks() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (node.type === 'link' || node.type === 'definition') check(file, node, (node as { url: string }).url);
      else if (isJsxElement(node) && node.name === 'a') check(file, node, stringAttribute(node, 'href'));
    });
  };
}
