/**
 * Turns the drawing on show into a new drawing while keeping every node that
 * did not change. Plot draws a whole new SVG on each input; putting that SVG in
 * place makes the browser lay out every one of its text elements again (about
 * 40 µs each, 70 on a typical figure), most of them axis labels that did not
 * move. Keeping the unchanged nodes leaves only what changed to lay out.
 *
 * The result serialises exactly as `next` does (same nodes, same attributes in
 * the same order), so a view's markup does not depend on the path that led to it.
 *
 * @example
 *   morph(plot.querySelector('svg'), renderFigure(...).element);
 */

const ELEMENT = 1; // Node.ELEMENT_NODE
const TEXT = 3; // Node.TEXT_NODE

/** Whether two elements carry the same attribute names in the same order (values may differ). */
function sameAttributeNames(current: Element, next: Element): boolean {
  const a = current.attributes;
  const b = next.attributes;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.name !== b[i]!.name) return false;
  return true;
}

/**
 * Whether an element is or holds SVG text: only text is worth keeping. A group of shapes that changed (dots,
 * lines, areas) is cheaper to replace whole than to walk node by node; a scatter whose dots shift by one
 * would otherwise rewrite every dot's attributes.
 */
function holdsText(element: Element): boolean {
  return element.localName === 'text' || element.querySelector('text') !== null;
}

/**
 * Makes `current` equal to `next` (DOM Node.isEqualNode and the same serialisation), reusing the nodes of
 * `current` that are equal to their counterpart. Nodes of `next` may be moved into `current`; `next` is
 * left in pieces, so do not use it afterwards.
 */
export function morph(current: Element, next: Element): void {
  for (let i = 0; i < next.attributes.length; i++) {
    const { name, value } = next.attributes[i]!;
    if (current.getAttribute(name) !== value) current.setAttribute(name, value);
  }
  const before = [...current.childNodes];
  const after = [...next.childNodes];
  for (let i = 0; i < after.length; i++) {
    const old = before[i];
    const fresh = after[i]!;
    if (!old) current.append(fresh);
    else if (old.isEqualNode(fresh)) continue;
    else if (old.nodeType === TEXT && fresh.nodeType === TEXT) old.nodeValue = fresh.nodeValue;
    else if (
      old.nodeType === ELEMENT &&
      fresh.nodeType === ELEMENT &&
      holdsText(fresh as Element) &&
      old.nodeName === fresh.nodeName &&
      sameAttributeNames(old as Element, fresh as Element)
    )
      morph(old as Element, fresh as Element);
    else current.replaceChild(fresh, old);
  }
  for (let i = after.length; i < before.length; i++) before[i]!.remove();
}

/**
 * Puts `next` on show in `container`: morphs the SVG already there when it is the same kind of drawing, else
 * replaces it. Returns the element now on show.
 */
export function showDrawing(container: Element, next: Element): Element {
  const current = container.firstElementChild;
  if (
    current &&
    container.childElementCount === 1 &&
    current.nodeName === next.nodeName &&
    sameAttributeNames(current, next)
  ) {
    morph(current, next);
    return current;
  }
  container.replaceChildren(next);
  return next;
}
