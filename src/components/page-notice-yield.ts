/**
 * Keeps the page's notice (page-notice.ts) off what the reader is using. The notice sits over the foot of the window;
 * on a phone that is where a focused slider comes to rest under its sticky chart, and where a note's or a citation's
 * sheet opens. While the notice would cover the focused element or an open popup, it yields: hidden (`data-yielded`,
 * visibility only, so nothing moves), and back as soon as that is over. While it shows, the page's scroll padding
 * keeps its height clear, so the browser scrolls a control that keyboard focus reaches above it, not under it
 * (WCAG 2.4.11, technique C43). Listens only while a notice shows.
 *
 * @example const stop = yieldToTheReader(box); … stop(); // when the notice is dismissed
 */

/**
 * What opens over the page and claims Escape: the cite dialog, an open figure menu's list, a citation's preview, a
 * claim's note, a note's sheet (essay-apparatus.css, figure-layout.css); not a preview Escape has hidden
 * (essay-previews.ts).
 */
const POPUPS = [
  'dialog[open]',
  '[data-figure-menu][open] > [data-tools]',
  '.cite:is(:hover, :focus-within):not([data-dismissed]) .cite-preview',
  '.cite.is-open .cite-preview',
  '.claim:is(:hover, :focus-visible):not([data-dismissed]) .claim-checked',
  'sup.is-open + .sidenote',
].join(', ');

/** The popups open on the page now, as the reader sees them (rendered, with a box). */
export function openPopups(document: Document): Element[] {
  return [...document.querySelectorAll(POPUPS)].filter((popup) => popup.getClientRects().length > 0);
}

const overlap = (a: DOMRect, b: DOMRect) =>
  a.width > 0 && a.height > 0 && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Whether `box` would cover the focused element (outside it) or an open popup. */
function covers(box: HTMLElement): boolean {
  const focused = document.activeElement;
  // The reader is using the notice itself: it stays.
  if (focused && box.contains(focused)) return false;
  const at = box.getBoundingClientRect();
  const used = openPopups(document);
  if (focused instanceof HTMLElement && focused !== document.body) used.push(focused);
  return used.some((element) => overlap(element.getBoundingClientRect(), at));
}

/** What can change what the notice covers: focus, scrolling, a tap or hover that opens a popup, a key that closes one. */
const EVENTS = ['focusin', 'focusout', 'scroll', 'resize', 'click', 'pointerover', 'pointerout', 'keyup', 'toggle'];

/** Makes `box` yield to what the reader uses, until the returned function is called. */
export function yieldToTheReader(box: HTMLElement): () => void {
  const root = document.documentElement;
  let frame = 0;
  const check = () => {
    frame = 0;
    if (!box.isConnected) return;
    box.toggleAttribute('data-yielded', covers(box));
    // The notice's height and the gap under it, kept clear when the browser scrolls focus into view.
    root.style.setProperty('scroll-padding-bottom', `${Math.max(0, innerHeight - box.getBoundingClientRect().top)}px`);
  };
  // After the event's own handlers (a note's sheet opens on click): once per frame, before it is painted.
  const later = () => {
    frame ||= requestAnimationFrame(check);
  };
  const options = { capture: true, passive: true };
  for (const type of EVENTS) addEventListener(type, later, options);
  const resized = new ResizeObserver(later);
  resized.observe(box);
  later();
  return () => {
    for (const type of EVENTS) removeEventListener(type, later, options);
    resized.disconnect();
    cancelAnimationFrame(frame);
    root.style.removeProperty('scroll-padding-bottom');
  };
}
