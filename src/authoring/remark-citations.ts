/**
 * Citations in essays, pandoc/Quarto style: `[@key]`, `[@key, p. 4]`,
 * `[see @a; @b]`. Each becomes an author–year link to the essay's generated
 * reference list, with a preview of the reference shown on hover, focus or
 * tap (CSS positions it over the text, so nothing shifts). The reference list
 * (only cited works, formatted by citation-js) is appended to the essay.
 * An unknown key stops the build at its line and column.
 */
import { fromHtml } from 'hast-util-from-html';
import type { Root, Text, PhrasingContent, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { EssayBibliography, parseLocator, type CitedWork } from '../citations/essay-references.ts';
import { isReferenceKey, referenceKeys } from '../model/bibliography.ts';
import { didYouMean, fail } from './author-error.ts';
import { offsetToPlace } from './source-place.ts';

/** A bracketed cluster containing at least one `@key` (preceded by start or space). */
const CLUSTER = /\[((?:[^[\]]*?[\s;])?@[^[\]]*)\]/g;
const WORK = /^(.*?)(?:^|\s)@([\w][\w:.#$%&+?<>~/-]*[\w]|[\w])\s*(?:,(.*))?$/s;

interface Cluster {
  readonly works: (CitedWork & { offset: number })[];
}

/** Parses the inside of `[…]`; `offset` is where the inside starts in the source. */
export function parseCluster(inside: string, offset: number): Cluster {
  const works: (CitedWork & { offset: number })[] = [];
  let at = 0;
  for (const part of inside.split(';')) {
    const match = WORK.exec(part);
    if (match) {
      const prefix = match[1]!.trim();
      const keyOffset = offset + at + part.indexOf(`@${match[2]}`);
      works.push({
        key: match[2]!,
        offset: keyOffset,
        ...(prefix ? { prefix } : {}),
        ...parseLocator(match[3] ?? ''),
      });
    }
    at += part.length + 1;
  }
  return { works };
}

function text(value: string): Text {
  return { type: 'text', value };
}

/** An mdast node that becomes `<tag …>` in HTML (mdast-util-to-hast honours data.hName). */
function element(tag: string, properties: Record<string, unknown>, children: PhrasingContent[]): PhrasingContent {
  return { type: 'emphasis', data: { hName: tag, hProperties: properties }, children } as PhrasingContent;
}

export default function remarkCitations() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    const found: { node: Text; parent: { children: RootContent[] }; index: number; clusters: RegExpExecArray[] }[] = [];
    visit(tree, 'text', (node, index, parent) => {
      if (!parent || index === undefined) return;
      const clusters = [...node.value.matchAll(CLUSTER)];
      if (clusters.length) found.push({ node, parent: parent as { children: RootContent[] }, index, clusters });
    });

    // Check every key first, so the first unknown one stops the build at its place.
    const cited: string[] = [];
    const parsed = found.map((f) =>
      f.clusters.map((m) => {
        const start = (f.node.position?.start.offset ?? 0) + m.index + 1;
        const cluster = parseCluster(m[1]!, start);
        for (const work of cluster.works) {
          if (!isReferenceKey(work.key)) {
            const place = f.node.position ? offsetToPlace(source, work.offset) : undefined;
            fail(file, place ?? f.node, `unknown citation key "${work.key}"${didYouMean(work.key, referenceKeys)}`);
          }
          cited.push(work.key);
        }
        return cluster;
      }),
    );
    if (cited.length === 0) return;

    const bibliography = new EssayBibliography(cited);
    // Replace from the last text node backwards so earlier indices stay valid.
    for (let i = found.length - 1; i >= 0; i--) {
      const { node, parent, index, clusters } = found[i]!;
      const pieces: PhrasingContent[] = [];
      let last = 0;
      clusters.forEach((m, j) => {
        if (m.index > last) pieces.push(text(node.value.slice(last, m.index)));
        const previewId = `cite-preview-${i}-${j}`;
        const links: PhrasingContent[] = [text('(')];
        parsed[i]![j]!.works.forEach((work, k) => {
          if (k > 0) links.push(text('; '));
          links.push({
            type: 'link',
            url: `#ref-${work.key}`,
            data: { hProperties: { className: ['cite-link'], 'aria-describedby': previewId } },
            children: [text(bibliography.label(work))],
          });
        });
        links.push(text(')'));
        const previews = parsed[i]![j]!.works.map((work) =>
          element('span', { className: ['cite-preview-entry'] }, [text(bibliography.previewText(work.key))]),
        );
        pieces.push(
          element('span', { className: ['cite'] }, [
            ...links,
            element('span', { className: ['cite-preview'], id: previewId, role: 'tooltip' }, previews),
          ]),
        );
        last = m.index + m[0].length;
      });
      if (last < node.value.length) pieces.push(text(node.value.slice(last)));
      parent.children.splice(index, 1, ...(pieces as RootContent[]));
    }

    const entries = bibliography.entries();
    const list = fromHtml(
      `<h2 id="references-heading">References</h2><ol class="reference-list">${entries
        .map((e) => `<li id="ref-${e.key}" class="reference">${e.html}</li>`)
        .join('')}</ol>`,
      { fragment: true },
    );
    tree.children.push({
      type: 'blockquote',
      children: [],
      data: {
        hName: 'section',
        hProperties: { className: ['references'], 'aria-labelledby': 'references-heading' },
        hChildren: list.children as never,
      },
    });
    file.data.citedKeys = [...new Set(cited)];
  };
}
