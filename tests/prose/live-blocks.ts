/**
 * Which parts of a built essay page hold live prose, as blocks of reader text for the sentence catalogue
 * (page-prose.ts): every paragraph, list item, note or caption that holds a live element (a <FigureValue>, a
 * <FigureCases>, a <Claim>, a <DataClaim>, a Believe box) or stands inside a <FigureCases>, and every <When>
 * whose words sit directly in it rather than in paragraphs (a one-line `<When is="…">…</When>` at block level
 * renders as a bare div). A paragraph of a <When> with no value in it is a sentence a reader meets as much as
 * one with values; the first catalogue missed both kinds (issue 19).
 *
 * `uncatalogued` names any words of a live element that no block holds, so a new way of writing live prose
 * that the selection misses fails the catalogue test instead of dropping sentences from it silently.
 *
 * @example
 * const blocks = liveBlocks(document); // [p, div.when, aside, …] in page order
 * uncatalogued(document, blocks); // [] when every live word is in some block
 */

/** Elements whose text is live: it changes with the reader's settings, or is a checked sentence's note. */
// A Believe box's sentence at the settings shown ([data-believe-now]) is live too.
// So is the note under a figure's title when the reader's settings make the title false ([data-title-note-text]).
export const LIVE =
  '[data-figure-value], [data-figure-case], [data-claim], [data-data-claim], [data-believe], [data-believe-now], [data-title-note-text]';

/** Elements that hold a block of reader text; a sentence never spans two of them. */
const TEXT_BLOCK = 'p, li, aside, figcaption';

/** Reader text that is not prose on the page (a claim's ✓ mark is a sign beside it): left out of blocks (page-prose.ts). */
export const NOT_READER_TEXT =
  '.cite-preview, .claim-status, .claim-checked, .claim-mark, sup, .sidenote-number, .visually-hidden';

const insideArticle = (element: Element) => element.closest('article') !== null;

function isLiveTextBlock(element: Element): boolean {
  if (!insideArticle(element)) return false;
  // A list item or note holds its paragraphs as one block (a Believe box's question and its lines).
  if (element.parentElement?.closest('article li, article aside')) return false;
  return element.querySelector(LIVE) !== null || element.closest('[data-figure-case]') !== null;
}

/** A block-level <When> (a div) whose words stand in it directly, not in a paragraph or list of their own (nor in a bare outer <When>). */
function isBareWhen(element: Element): boolean {
  if (!insideArticle(element) || element.querySelector(TEXT_BLOCK) || element.parentElement?.closest(TEXT_BLOCK)) {
    return false;
  }
  const outer = element.parentElement?.closest('div[data-when]');
  return !outer || !isBareWhen(outer);
}

/** The page's blocks of live prose, in page order. */
export function liveBlocks(document: Document): Element[] {
  return [...document.querySelectorAll(`${TEXT_BLOCK}, div[data-when]`)].filter((element) =>
    element.matches('div[data-when]') ? isBareWhen(element) : isLiveTextBlock(element),
  );
}

/** Text nodes of `root` with words in them, leaving out what readers do not read as prose. */
function wordNodes(root: Node): Node[] {
  const found: Node[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      if ((node.textContent ?? '').trim()) found.push(node);
      return;
    }
    if (node.nodeType === 1 && (node as Element).matches(NOT_READER_TEXT)) return;
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return found;
}

/** Words of live elements (and of every <When>) that no block holds, with a little of their text, in page order. */
export function uncatalogued(document: Document, blocks: readonly Element[]): string[] {
  const held = new Set(blocks);
  const missing: string[] = [];
  for (const live of document.querySelectorAll(`${LIVE}, [data-when]`)) {
    if (!insideArticle(live)) continue;
    for (const node of wordNodes(live)) {
      let ancestor = node.parentElement;
      while (ancestor && !held.has(ancestor)) ancestor = ancestor.parentElement;
      if (!ancestor) missing.push((node.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 80));
    }
  }
  return [...new Set(missing)];
}
