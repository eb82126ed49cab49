/**
 * An essay's citations and notes on touch and narrow screens (src/pages/essays/[slug].astro):
 *  - on a touch screen the first tap on a citation shows its preview, the second follows the link;
 *  - below the width that has a margin for sidenotes, a note opens where it is referenced, as a sheet along the
 *    bottom of the screen, instead of sending the reader to the notes at the end (which stay the link's target
 *    without JavaScript). A second tap, a tap elsewhere or Escape closes it;
 *  - Escape hides a citation's preview or a claim's note shown by hover, focus or a tap (essay-previews.ts) before
 *    it closes a note's sheet: one Escape, one thing, the one on top. An Escape in an open menu or dialog is theirs;
 *  - on a phone, a sheet (a note, a citation's preview, a claim's note) opens on the side of the screen away from
 *    the link that opened it, so it never covers what the reader tapped.
 * Listens on the document, so it costs nothing on pages without citations or notes.
 * @example followEssayNotes(document) // page-script.ts
 */
import { dismissPreviews, followPreviews } from './essay-previews.ts';

/** The width from which sidenotes stand in the margin (global.css, essay-apparatus.css). */
const WIDE_ENOUGH_FOR_MARGIN = '(min-width: 76rem)';
/** What takes its own Escape (island-menu.ts): a figure's open menu, the citation dialog. */
const OWN_ESCAPE = '[data-figure-menu][open], dialog[open]';

export function followEssayNotes(document: Document): void {
  const view = document.defaultView!;
  /*
   * A sheet along the bottom of the screen covered the link a reader had just tapped whenever that link sat in the
   * lower half, and the second tap that follows a citation fell on the sheet. Such a sheet now opens along the top
   * (essay-apparatus.css, .sheet-top); each side's sheet is at most a little under half the screen high, so it
   * never reaches the link. The page does not scroll.
   */
  const awayFrom = (holder: Element) => {
    const at = holder.getBoundingClientRect();
    holder.classList.toggle('sheet-top', at.top + at.bottom > view.innerHeight);
  };
  // A citation's preview and a claim's note show on :hover, which a tap sets before its click: placed on click, the
  // sheet had already opened under the finger, and the click fell on the sheet, not on the link.
  document.addEventListener('pointerover', (e) => {
    const holder = (e.target as Element).closest?.('.cite, .claim');
    if (holder) awayFrom(holder);
  });
  document.addEventListener('click', (e) => {
    const link = e.target instanceof Element ? e.target.closest('.cite-link') : null;
    const open = document.querySelector('.cite.is-open');
    if (link && view.matchMedia('(hover: none)').matches && open !== link.parentElement) {
      e.preventDefault();
      open?.classList.remove('is-open');
      link.parentElement?.classList.add('is-open');
    } else if (open && !link) open.classList.remove('is-open');
  });
  const wideEnoughForMargin = view.matchMedia(WIDE_ENOUGH_FOR_MARGIN);
  const closeNotes = (except?: Element | null) => {
    for (const sup of document.querySelectorAll('.essay sup.is-open')) {
      if (sup === except) continue;
      sup.classList.remove('is-open');
      sup.querySelector('a')?.setAttribute('aria-expanded', 'false');
    }
  };
  document.addEventListener('click', (e) => {
    const ref = e.target instanceof Element ? e.target.closest('a[data-footnote-ref]') : null;
    const inNote = e.target instanceof Element && e.target.closest('.sidenote');
    if (!ref) {
      if (!inNote) closeNotes();
      return;
    }
    if (wideEnoughForMargin.matches || !ref.parentElement?.nextElementSibling?.matches('.sidenote')) return;
    e.preventDefault();
    const sup = ref.parentElement;
    closeNotes(sup);
    const opened = sup.classList.toggle('is-open');
    ref.setAttribute('aria-expanded', String(opened));
    if (opened) awayFrom(sup);
  });
  followPreviews(document);
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || (e.target instanceof Element && e.target.closest(OWN_ESCAPE))) return;
    if (!dismissPreviews(document)) closeNotes();
  });
}
