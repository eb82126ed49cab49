/**
 * Text that quotes a link or a reader (figures/link-text.ts) as nodes: the site's words as text, each quoted piece
 * in its own boxed `<code class="link-text">`, so a quote mark in the quoted text cannot end the site's quote and
 * pass what follows it off as the site's words. Text nodes only: nothing quoted becomes markup. Used by the page's
 * notice about its link (page-notice.ts) and the search page's status (search/search-page.ts).
 *
 * The site's quote marks around a piece go with its box into one `<span class="link-quote">` that does not break
 * (global.css): the box is an inline block, which a line cannot break inside of, and without it a long piece left
 * its opening mark alone at the end of the line above and its closing mark alone on the line below.
 *
 * @example linkTextNodes(`Ignored the link’s unknown parameter ${quote('g_l')}.`)
 * // ['Ignored the link’s unknown parameter ', <span class="link-quote">“<code class="link-text">g_l</code>”</span>, '.']
 */
import { noticePieces } from '../figures/link-text.ts';

const OPEN = '“';
const CLOSE = '”';

export function linkTextNodes(text: string): Node[] {
  const pieces = noticePieces(text);
  const nodes: Node[] = [];
  pieces.forEach(({ text: piece, fromLink }, i) => {
    if (fromLink) {
      const quoted = document.createElement('span');
      quoted.className = 'link-quote';
      const box = document.createElement('code');
      box.className = 'link-text';
      box.textContent = piece;
      const before = pieces[i - 1]?.text.endsWith(OPEN) ? OPEN : '';
      const after = pieces[i + 1]?.text.startsWith(CLOSE) ? CLOSE : '';
      quoted.append(...[before, box, after].filter((part) => part !== ''));
      nodes.push(quoted);
      return;
    }
    // The marks next to a piece went into its span.
    const start = pieces[i - 1]?.fromLink && piece.startsWith(CLOSE) ? CLOSE.length : 0;
    const end = pieces[i + 1]?.fromLink && piece.endsWith(OPEN) ? piece.length - OPEN.length : piece.length;
    if (end > start) nodes.push(document.createTextNode(piece.slice(start, end)));
  });
  return nodes;
}
