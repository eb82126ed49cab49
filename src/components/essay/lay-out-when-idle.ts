/**
 * Lays out, for good, the essay's blocks held back below its first screen (content-visibility: auto,
 * src/styles/essay-containment.css), in the page's idle time and a slice at a time, so that no task it adds is long.
 *
 * Why in script: the blocks were first laid out by a CSS animation, sibling-index() × 8 ms apart. An animation
 * cannot see how long a frame takes: on a slow phone a frame outlasts the spacing, so every block whose delay has
 * passed is laid out in the next one, and that frame is longer still. On meek, traced at 4× CPU slowdown, the flip
 * made frames of 160, 440 and 250 ms after the page had loaded; Lighthouse counts such tasks as blocking time (its
 * mobile run: meek 332–441 ms with the animation, 214–297 ms without any lay-out after the paint). Here each slice
 * stops once it has used SLICE_MS, and waits for the next idle period; a single block that takes longer has a slice
 * of its own.
 *
 * Each block is laid out in the slice itself (a read of its box forces the style and layout of what changed), not
 * in the next frame, so the time is spent where it was measured. A block near the screen has already been laid out
 * by the browser, and costs nothing here. A reader who never lets the page go idle keeps the browser's own
 * behaviour: each block is laid out as it comes near, as without JavaScript.
 * @example layOutWhenIdle(document) // page-script.ts, after the first paint
 */

/** The blocks essay-containment.css contains; its rule lays out for good the ones carrying LAID_OUT_CLASS. */
export const CONTAINED_BLOCKS =
  '.essay-body p:not(live-figure p, .footnotes p), .essay-body > :is(h2, h3), .essay-body .katex-display, ' +
  '.essay-body > live-figure > .figure';
export const LAID_OUT_CLASS = 'is-laid-out';

/** Main-thread time a slice may use, ms: a quarter of a long task (50 ms), which leaves room for a 4× slower phone. */
export const SLICE_MS = 8;

type Idle = (slice: () => void) => void;

/** The browser's idle callback, or a short timer in a browser without one (Safari before 18). */
function whenIdle(view: Window): Idle {
  if (typeof view.requestIdleCallback === 'function') return (slice) => view.requestIdleCallback(slice);
  return (slice) => view.setTimeout(slice, 50);
}

export function layOutWhenIdle(
  document: Document,
  idle: Idle = whenIdle(document.defaultView!),
  now: () => number = () => performance.now(),
): void {
  const blocks = [...document.querySelectorAll<HTMLElement>(CONTAINED_BLOCKS)];
  let next = 0;
  const slice = () => {
    const end = now() + SLICE_MS;
    do {
      const block = blocks[next++]!;
      block.classList.add(LAID_OUT_CLASS);
      block.getBoundingClientRect();
    } while (next < blocks.length && now() < end);
    if (next < blocks.length) idle(slice);
  };
  if (blocks.length > 0) idle(slice);
}
