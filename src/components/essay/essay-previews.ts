/**
 * Escape for an essay's citation previews and claims' notes (WCAG 2.2 SC 1.4.13, content on hover or focus). They
 * show on :hover and :focus (essay-apparatus.css, which shows them the same without JavaScript); Escape hides the
 * ones showing, without moving focus or the pointer (`data-dismissed` on the citation or claim), until the pointer
 * or focus leaves it or comes to it anew. Listens on the document: nothing to do on pages without them.
 * @example if (!dismissPreviews(document)) closeNotes(); // essay-notes.ts: a preview before a note's sheet
 */

import { HELD, HOLDERS, LINGERING, SHEETS } from './preview-classes.ts';

/**
 * A citation or claim whose preview shows, as essay-apparatus.css has it (a citation tapped open on a touch screen too).
 * `.is-lingering` is LINGERING spelled out: as a template the eager page script is 58 B larger in gzip (read JS budget).
 */
const SHOWING =
  '.cite:is(:hover, :focus-within, .is-open, .is-lingering):not([data-dismissed]), ' +
  '.claim:is(:hover, :focus-visible, .is-lingering):not([data-dismissed])';

/** Hides the previews showing; says whether there were any (this Escape was theirs). */
export function dismissPreviews(document: Document): boolean {
  const showing = document.querySelectorAll(SHOWING);
  for (const holder of showing) {
    holder.classList.remove('is-open', LINGERING);
    document.documentElement.classList.remove(HELD);
    holder.setAttribute('data-dismissed', '');
  }
  return showing.length > 0;
}

/**
 * A wrapped citation or claim had its preview under its last line, from where its first line starts: the pointer
 * could not reach it without leaving the text it hovered. Placed under the line the pointer comes onto, it is
 * straight below (essay-apparatus.css reads the offsets from its first line; a phone's sheet ignores them).
 */
function underLine(holder: HTMLElement, { clientX: x, clientY: y }: PointerEvent): void {
  const lines = [...holder.getClientRects()];
  const line = lines.find((box) => box.left <= x && x <= box.right && box.top <= y && y <= box.bottom);
  const first = lines[0];
  if (lines.length < 2) {
    holder.style.removeProperty('--preview-left');
    holder.style.removeProperty('--preview-top');
  }
  // Not on a line: onto a preview that focus shows, which stays where it is.
  if (lines.length < 2 || !line || !first) return;
  holder.style.setProperty('--preview-left', `${line.left - first.left}px`);
  holder.style.setProperty('--preview-top', `${line.bottom - first.top}px`);
}

/**
 * Gives a dismissed preview back when the pointer or focus crosses into or out of its citation or claim, and places
 * a wrapped one's preview where the pointer comes on.
 */
export function followPreviews(document: Document): void {
  const sheets = document.defaultView?.matchMedia(SHEETS);
  let linger: Promise<unknown> | undefined;
  const crossing = (event: Event) => {
    const other = (event as FocusEvent | PointerEvent).relatedTarget;
    const pointer = event as PointerEvent;
    // A citation inside a claim: each holder around the target, the inner first.
    let holder = event.target instanceof Element ? event.target.closest(HOLDERS) : null;
    if (holder && event.type === 'pointerover' && pointer.pointerType !== 'touch' && sheets?.matches)
      linger ??= import('./sheet-linger.ts').then((module) => module.followSheetLinger(document));
    for (; holder; holder = holder.parentElement?.closest(HOLDERS) ?? null) {
      if (other instanceof Node && holder.contains(other)) continue; // moving within it
      holder.removeAttribute('data-dismissed');
      if (event.type === 'pointerover' && holder instanceof HTMLElement) underLine(holder, pointer);
    }
  };
  for (const type of ['pointerover', 'pointerout', 'focusin', 'focusout']) document.addEventListener(type, crossing);
}
