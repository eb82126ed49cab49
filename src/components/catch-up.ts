/**
 * Figures that follow another figure's slider (shared keys, page-state.ts)
 * redraw after the reader's own figure, one per task, so a drag is never kept
 * waiting on figures the reader is not moving: the browser handles the next
 * input between two of them, and a figure moved again before its turn redraws
 * once, with the newest values. While a figure waits it is aria-busy.
 *
 *   catchUpLater(host, () => island.catchUp());   // from follow()
 *   cancelCatchUp(host);                          // the reader moved this figure itself
 */
const pending = new Map<Element, () => void>();
let scheduled = false;

function runNext(): void {
  scheduled = false;
  const next = pending.entries().next();
  if (next.done) return;
  const [host, redraw] = next.value;
  pending.delete(host);
  host.removeAttribute('aria-busy');
  if (pending.size > 0) schedule(); // queued first, so the next input can still come before it
  redraw();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setTimeout(runNext, 0);
}

/** Queues `redraw` for `host` (replacing one already queued for it) after the current input. */
export function catchUpLater(host: Element, redraw: () => void): void {
  pending.set(host, redraw);
  host.setAttribute('aria-busy', 'true');
  schedule();
}

/** Drops `host`'s queued redraw: the reader moved it, and its own redraw covers what was owed. */
export function cancelCatchUp(host: Element): void {
  if (pending.delete(host)) host.removeAttribute('aria-busy');
}
