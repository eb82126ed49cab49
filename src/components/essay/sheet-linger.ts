/**
 * A mouse in a window narrow enough for sheets (essay-apparatus.css: below 40rem a citation's preview and a claim's
 * note open along an edge of the screen) reaches a sheet only across the text, leaving its link. So the sheet stays
 * LINGER_MS after the pointer leaves its link (the class is-lingering), and as long as the pointer is on it, since
 * it is inside the link's holder (WCAG 2.2 SC 1.4.13, hoverable). Meanwhile <html> is marked previews-held and the
 * links the pointer crosses on its way show nothing of theirs, unless it rests on one for INTENT_MS: then that
 * one's preview takes the sheet's place. A touch shows a sheet by a tap, and a wider window shows a preview beside
 * its link, across a strip of its own. Loaded by essay-previews.ts the first time a mouse comes onto a link in such
 * a window: no reader who only reads pays for it.
 * @example followSheetLinger(document) // essay-previews.ts, once loaded
 */
import { HELD, HOLDERS, LINGERING, SHEETS } from './preview-classes.ts';

export const LINGER_MS = 1200;
export const INTENT_MS = 400;

export function followSheetLinger(document: Document): void {
  const sheets = document.defaultView!.matchMedia(SHEETS);
  const root = document.documentElement;
  const held = () => root.classList.contains(HELD);
  const release = () => {
    for (const left of document.querySelectorAll(`.${LINGERING}`)) left.classList.remove(LINGERING);
    root.classList.remove(HELD);
  };
  let lingering: ReturnType<typeof setTimeout> | undefined;
  document.addEventListener('pointerover', (event) => {
    const crossed = event.target instanceof Element ? event.target.closest(HOLDERS) : null;
    // Another link crossed while a sheet lingers: its preview waits until the pointer rests on it.
    if (crossed && held() && !crossed.closest(`.${LINGERING}`))
      setTimeout(() => crossed.matches(':hover') && release(), INTENT_MS);
  });
  document.addEventListener('pointerout', (event) => {
    if (event.pointerType === 'touch' || !sheets.matches) return;
    // A citation inside a claim: each holder around the target, the inner first.
    let holder = event.target instanceof Element ? event.target.closest(HOLDERS) : null;
    for (; holder; holder = holder.parentElement?.closest(HOLDERS) ?? null) {
      if (event.relatedTarget instanceof Node && holder.contains(event.relatedTarget)) continue; // moving within it
      // Only a holder whose own preview was showing lingers, not one crossed on the way to another's.
      if (held() && !holder.classList.contains(LINGERING)) continue;
      release();
      holder.classList.add(LINGERING);
      root.classList.add(HELD);
      clearTimeout(lingering);
      lingering = setTimeout(release, LINGER_MS);
    }
  });
}
