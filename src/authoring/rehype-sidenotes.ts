/**
 * GFM footnotes (`[^name]`) as sidenotes: each note is copied next to its
 * reference as `<span class="sidenote">`, which the essay stylesheet floats
 * into the margin on wide screens; on narrow screens the sidenotes are hidden
 * and the notes section at the end (retitled "Notes") is shown instead. No
 * JavaScript.
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

const BLOCK = new Set([
  'p',
  'div',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'section',
]);

function isBackReference(node: ElementContent): boolean {
  return node.type === 'element' && node.tagName === 'a' && 'dataFootnoteBackref' in node.properties;
}

/** A copy of a note's content that may sit inside a paragraph: blocks become spans, back links go. */
function inline(nodes: ElementContent[]): ElementContent[] {
  return nodes
    .filter((node) => !isBackReference(node))
    .map((node): ElementContent => {
      if (node.type !== 'element') return structuredClone(node);
      const tagName = BLOCK.has(node.tagName) ? 'span' : node.tagName;
      const className = BLOCK.has(node.tagName) ? [`sidenote-${node.tagName}`] : node.properties.className;
      const { id: _id, ...properties } = node.properties;
      return {
        ...node,
        tagName,
        properties: { ...properties, ...(className ? { className } : {}) },
        children: inline(node.children),
      };
    });
}

export default function rehypeSidenotes() {
  return (tree: Root) => {
    const notes = new Map<string, Element>();
    visit(tree, 'element', (node) => {
      if (node.tagName === 'li' && typeof node.properties.id === 'string') notes.set(node.properties.id, node);
      if (node.tagName === 'section' && 'dataFootnotes' in node.properties) {
        const heading = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'h2');
        if (heading) {
          heading.children = [{ type: 'text', value: 'Notes' }];
          heading.properties.className = ['notes-heading'];
        }
      }
    });
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'sup' || !parent || index === undefined) return;
      const link = node.children.find((c): c is Element => c.type === 'element' && 'dataFootnoteRef' in c.properties);
      const target = typeof link?.properties.href === 'string' ? link.properties.href.slice(1) : undefined;
      const note = target ? notes.get(target) : undefined;
      if (!link || !note) return;
      const number = link.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
      const sidenote: Element = {
        type: 'element',
        tagName: 'span',
        properties: { className: ['sidenote'], role: 'note' },
        children: [
          {
            type: 'element',
            tagName: 'span',
            properties: { className: ['sidenote-number'] },
            children: [{ type: 'text', value: `${number}.` }],
          },
          { type: 'text', value: ' ' },
          ...inline(note.children),
        ],
      };
      parent.children.splice(index + 1, 0, sidenote);
      return index + 2;
    });
    // A paragraph that holds a sidenote says so in its class, for essay-containment.css: on wide screens the note
    // stands in the margin, outside the paragraph's box, and must not be clipped by containment. A class rather than
    // p:has(.sidenote), which Chromium 85–104 (content-visibility without :has()) would drop.
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'p' || !holdsSidenote(node)) return;
      const classes = node.properties.className;
      node.properties.className = [...(Array.isArray(classes) ? classes : []), WITH_SIDENOTE];
    });
  };
}

/** The class of a paragraph that holds a sidenote (essay-containment.css). */
export const WITH_SIDENOTE = 'with-sidenote';

function holdsSidenote(node: Element): boolean {
  return node.children.some(
    (child) =>
      child.type === 'element' &&
      ((Array.isArray(child.properties.className) && child.properties.className.includes('sidenote')) ||
        holdsSidenote(child)),
  );
}
