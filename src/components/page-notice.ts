/**
 * The page's one notice about its link ("a bad URL parameter is ignored or clamped, with a visible notice"): a box
 * at the foot of the window, above the page, until the reader dismisses it.
 *
 * Why there and not under a figure or at the top of the essay: the link's reader lands at the top of the page or at
 * the figure a #fragment names, and the foot of the window is in view at both; and it is shown after the first
 * paint, when a box in the page's flow would push what the reader is reading down (a layout shift), while a box
 * over the page moves nothing. One polite live region for the whole page, so a screen reader hears the notice once.
 *
 * The reader puts it away with its Dismiss button or Escape (page-notice-keys.ts: when no popup claims it);
 * focus then goes back where the reader was. While it would cover the focused control or an open sheet, it yields
 * (page-notice-yield.ts).
 *
 * Used by page-query.ts (what a link's settings did on the page) and frozen-view-notice.ts (a frozen version).
 * @example showPageNotice([noticeParagraph('This page has no settings to change, so it ignored the link’s parameter “g_i”.')])
 */

import { linkTextNodes } from './link-text-nodes.ts';
import { onUnclaimedEscape, returnFocus } from './page-notice-keys.ts';
import { yieldToTheReader } from './page-notice-yield.ts';

/** How long the empty live region stands before its text arrives: a region added with its text may go unheard. */
const ANNOUNCE_DELAY_MS = 100;

let box: HTMLElement | undefined;
let region: HTMLElement | undefined;
/** The element the reader last focused outside the notice: where focus goes back when it is dismissed. */
let before: Element | null = null;
/** Stops what the shown notice listens to. */
let stop: (() => void) | undefined;

const remember = (event: FocusEvent) => {
  if (event.target instanceof Element && !box?.contains(event.target)) before = event.target;
};

/** Removes the notice; focus that was in it goes back where the reader was, never to the page's <body>. */
export function dismissPageNotice(): void {
  if (!box?.isConnected) return;
  const hadFocus = box.contains(document.activeElement);
  box.remove();
  stop?.();
  if (hadFocus) returnFocus(before);
}

/**
 * Puts the notice's empty live region on the page, so that text given later is announced. Idempotent; called at
 * once by a page that will know what to say only later (when its figures have read the link).
 */
export function preparePageNotice(): void {
  if (box) return;
  box = document.createElement('div');
  box.className = 'page-notice';
  box.setAttribute('data-page-notice', '');
  region = document.createElement('div');
  region.setAttribute('role', 'status');
  region.setAttribute('data-page-notice-text', '');
  box.append(region);
  document.body.append(box);
  if (document.activeElement !== document.body) before = document.activeElement;
  document.addEventListener('focusin', remember);
}

/** Shows `content` in the page's notice, with a Dismiss button; the text is announced politely. */
export function showPageNotice(content: readonly Node[]): void {
  const fresh = !box;
  preparePageNotice();
  const show = () => {
    if (!box?.isConnected || !region) return;
    region.replaceChildren(...content);
    box.setAttribute('data-shown', '');
    if (box.querySelector('[data-page-notice-dismiss]')) return;
    const dismiss = document.createElement('button');
    dismiss.type = 'button';
    dismiss.textContent = 'Dismiss';
    dismiss.setAttribute('data-page-notice-dismiss', '');
    dismiss.addEventListener('click', dismissPageNotice);
    box.append(dismiss);
    const unyield = yieldToTheReader(box);
    const unkey = onUnclaimedEscape(dismissPageNotice);
    stop = () => {
      unyield();
      unkey();
      document.removeEventListener('focusin', remember);
    };
  };
  if (fresh) setTimeout(show, ANNOUNCE_DELAY_MS);
  else show();
}

/** A sentence of the notice; a string part may quote the link (link-text-nodes.ts). */
export function noticeParagraph(...parts: (string | Node)[]): HTMLParagraphElement {
  const paragraph = document.createElement('p');
  paragraph.append(...parts.flatMap((part) => (typeof part === 'string' ? linkTextNodes(part) : [part])));
  return paragraph;
}

/** The settings of a link that could not be used, under one line that says so. */
export function noticeList(lines: readonly string[]): Node[] {
  const list = document.createElement('ul');
  for (const line of lines) {
    const item = document.createElement('li');
    item.append(...linkTextNodes(line));
    list.append(item);
  }
  return [noticeParagraph('Some settings in this link could not be used:'), list];
}
