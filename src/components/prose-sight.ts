/**
 * Which of a figure's prose elements (<FigureValue> numbers, <FigureCases> sentences) the reader can see: those on
 * screen or within NEAR of it. The island updates only those on a reader's input and the rest once the reader
 * pauses or scrolls them near (island-prose.ts). On the meek essay the loss gap's 40 numbers and 8 case sentences
 * stand all over the page; redrawing the ones out of sight on every input cost about a third of the input's frame
 * (2.3–3.6 ms of 7–11 ms of main-thread time, most of it the page's layout after the text changed).
 *
 * An element counts by its outermost <FigureCases> if it stands in one: a number in a <When> that the same input
 * shows is hidden until then, and would otherwise be judged out of sight in the frame it appears.
 *
 * @example
 *   const sight = new ProseSight(prose.elements(), () => payOwed());
 *   if (sight.near(span)) span.textContent = text;
 */
import { NEAR } from './island-follow.ts';

/** The element whose box stands for `element`'s: its outermost <FigureCases>, or itself. */
function anchorOf(element: Element): Element {
  let anchor = element;
  let host = element.closest('[data-figure-case]');
  while (host) {
    anchor = host;
    host = host.parentElement?.closest('[data-figure-case]') ?? null;
  }
  return anchor;
}

export class ProseSight {
  readonly #anchors = new Map<Element, Element>();
  readonly #near = new Set<Element>();
  /** Until the observer first reports, nothing is known to be out of sight (an input may come before it does). */
  #known = false;

  /** `elements`: the figure's prose on the page. `onNear`: called when one of them comes near the screen. */
  constructor(elements: readonly Element[], onNear: () => void) {
    if (elements.length === 0) {
      this.#known = true;
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        this.#known = true;
        let came = false;
        for (const entry of entries) {
          if (!entry.isIntersecting) this.#near.delete(entry.target);
          else if (!this.#near.has(entry.target)) {
            this.#near.add(entry.target);
            came = true;
          }
        }
        if (came) onNear();
      },
      { rootMargin: NEAR },
    );
    for (const element of elements) {
      const anchor = anchorOf(element);
      this.#anchors.set(element, anchor);
      observer.observe(anchor);
    }
  }

  /** Whether the reader can see `element` (or soon will): on screen or within NEAR of it. */
  near(element: Element): boolean {
    if (!this.#known) return true;
    return this.#near.has(this.#anchors.get(element) ?? anchorOf(element));
  }
}
