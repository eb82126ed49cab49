/**
 * The page notice's keyboard (page-notice.ts), as WAI-ARIA practice has it for a non-modal status: the notice never
 * takes focus; Escape puts it away wherever focus is, unless something else on the page claims that Escape; and when
 * focus was in the notice, it goes back where the reader was rather than to <body>.
 *
 * @example const stop = onUnclaimedEscape(dismissPageNotice);
 */
import { openPopups } from './page-notice-yield.ts';

/** A field whose own Escape (clearing a search, leaving an edit) comes first. */
const TEXT_FIELD =
  'textarea, [contenteditable]:not([contenteditable="false"]), input:not([type="range"], [type="checkbox"], [type="radio"], [type="button"], [type="submit"], [type="reset"])';

/**
 * Calls `dismiss` on an Escape that nothing else claims: not while a popup is open when the key goes down (a menu, a
 * dialog, a note's sheet, a citation's preview: Escape closes that first, whether or not its handler has run yet),
 * not when a handler has taken it (`preventDefault`, as the search page's results do), and not in a text field.
 * Returns the function that stops listening.
 */
export function onUnclaimedEscape(dismiss: () => void): () => void {
  let claimed = false;
  // Capturing at the window runs before any other handler, while the popup the key is for is still open.
  const first = (event: KeyboardEvent) => {
    if (event.key === 'Escape') claimed = openPopups(document).length > 0;
  };
  // Bubbling at the window runs after every other handler.
  const last = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || claimed || event.defaultPrevented || event.isComposing) return;
    if (event.target instanceof Element && event.target.closest(TEXT_FIELD)) return;
    dismiss();
  };
  addEventListener('keydown', first, true);
  addEventListener('keydown', last);
  return () => {
    removeEventListener('keydown', first, true);
    removeEventListener('keydown', last);
  };
}

/** Whether `element` can take focus where it is: on the page, rendered, not disabled or inert. */
function focusable(element: Element | null | undefined): element is HTMLElement {
  return (
    element instanceof HTMLElement &&
    element.isConnected &&
    element !== document.body &&
    element.getClientRects().length > 0 &&
    !element.matches(':disabled') &&
    !element.closest('[inert]')
  );
}

/** The element the link's #fragment names, where the reader landed. */
function landing(): HTMLElement | null {
  if (!location.hash) return null;
  try {
    return document.getElementById(decodeURIComponent(location.hash.slice(1)));
  } catch {
    return null; // a malformed escape in the fragment names nothing
  }
}

/**
 * Puts focus back where the reader was: the element focused before the notice (the control they used, or the
 * page's last link when they tabbed on into the notice), else the element the link's fragment named, else the start
 * of the main content (its heading). The page does not scroll: the reader stays where they are reading.
 */
export function returnFocus(before: Element | null): void {
  const main = document.querySelector('main');
  for (const target of [before, landing(), main?.querySelector('h1'), main]) {
    if (!focusable(target)) continue;
    // A heading or a figure takes focus only from script, and is not added to the Tab order.
    if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
    if (document.activeElement === target) return;
  }
}
