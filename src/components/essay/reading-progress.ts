/**
 * Reading progress for an essay's contents (EssayContents.astro): a bar that
 * fills as the reader moves through the essay's body, the link of the section
 * being read marked aria-current="location", and its title in the narrow
 * screen's bar. Reads layout once per animation frame after a scroll; writes
 * only a transform, an attribute and a short text, so nothing else moves.
 */

/** Where the reader is: the share of the body above the reading line, clamped to [0, 1]. */
export function progressAt(readingLine: number, bodyTop: number, bodyHeight: number): number {
  if (!(bodyHeight > 0)) return 0;
  return Math.min(1, Math.max(0, (readingLine - bodyTop) / bodyHeight));
}

/** The last heading whose top is above the reading line, or -1 before the first. */
export function currentIndex(headingTops: readonly number[], readingLine: number): number {
  let current = -1;
  headingTops.forEach((top, i) => {
    if (top <= readingLine) current = i;
  });
  return current;
}

/** Wide screens have room for the contents open in the margin (as the sidenotes have at the same width). */
const WIDE = '(min-width: 76rem)';

export function followReading(document: Document): void {
  const nav = document.querySelector<HTMLElement>('[data-essay-contents]');
  const body = document.querySelector<HTMLElement>('.essay-body');
  if (!nav || !body) return;
  const details = nav.querySelector('details')!;
  const bar = nav.querySelector<HTMLElement>('[data-reading-progress]')!;
  const label = nav.querySelector<HTMLElement>('[data-current-section]')!;
  const links = [...nav.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
  const targets = links.map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))));
  const view = document.defaultView!;
  const wide = view.matchMedia(WIDE);
  const openWhenWide = () => {
    if (wide.matches) details.open = true;
  };
  openWhenWide();
  wide.addEventListener('change', openWhenWide);

  let scheduled = false;
  let shown = -2;
  const update = () => {
    scheduled = false;
    const line = view.innerHeight * 0.3;
    const rect = body.getBoundingClientRect();
    bar.style.transform = `scaleX(${progressAt(line, rect.top, rect.height)})`;
    const index = currentIndex(
      targets.map((t) => t?.getBoundingClientRect().top ?? Infinity),
      line,
    );
    if (index === shown) return;
    shown = index;
    links.forEach((link, i) =>
      i === index ? link.setAttribute('aria-current', 'location') : link.removeAttribute('aria-current'),
    );
    label.textContent = index >= 0 ? (links[index]!.textContent ?? '') : '';
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    view.requestAnimationFrame(update);
  };
  view.addEventListener('scroll', schedule, { passive: true });
  view.addEventListener('resize', schedule, { passive: true });
  // A link chosen on a phone closes the list, so the section it leads to is not under it.
  nav.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('a') && !wide.matches) details.open = false;
  });
  // The page script starts after the first paint (src/layouts/after-paint.ts); the first reading still waits for a
  // painted frame, so that a page whose script runs early (a cached page, a fallback) does not lay out the whole
  // page before its first paint and start its web fonts early, which would hold that paint (issue 21: LCP). The
  // bar starts empty, which is right at the top; a page opened further down is marked a frame later.
  afterFirstPaint(view, update);
}

/** Runs `task` after the next frame has been painted (a frame callback runs before the paint; a task after it). */
export function afterFirstPaint(view: Window, task: () => void): void {
  view.requestAnimationFrame(() => view.setTimeout(task, 0));
}
