/**
 * <live-figure>: the eager part of a figure's island, kept tiny. The server-drawn figure is complete without it,
 * so a reader who only reads, scrolls, prints or cites pays for no script beyond this one. The island (Plot, the
 * spec, the controls) loads on the reader's intent to use the figure:
 *  - a pointer press, touch or focus on one of its controls (a slider, a button), or a mouse press anywhere on it;
 *  - its module is fetched ahead (not run) when a mouse moves over the figure or a finger touches it, so the
 *    press that follows finds it ready.
 * Until then the controls are already enabled (they are disabled only without JavaScript, where they could do
 * nothing): a slider moved before the island is live keeps its value, which the island applies when it starts
 * (earlyMoves in island-controls.ts), so a keyboard reader's first arrow key acts; a button pressed before is
 * pressed again once the island is live.
 *
 * A link with state (`?g_i=5`) is a cited or shared view: every figure that reads one of its keys loads at once,
 * so the prose numbers are right before the reader scrolls (keys no figure reads, the page itself reports:
 * page-query.ts). A figure that shares a key with one the reader moves
 * loads at once too (the "figure-params" event, see page-state.ts).
 *
 * A frozen version that cannot redraw has no <live-figure>: frozen-view-notice.ts speaks for it.
 * @example <live-figure data-figure="meek-loss-gap" data-version="4" data-keys="g_i alpha">…</live-figure>
 */
import { swapWideDrawingWhenNear } from './wide-drawing.ts';
import { fetchTableOnOpen } from './table-on-open.ts';

type Island = typeof import('./live-figure-island.ts');
let island: Promise<Island> | undefined;
/** Fetches and runs the island's module once; hydrating a figure is separate (load()). */
const islandModule = () => (island ??= import('./live-figure-island.ts'));

/** Targets that show intent to use the figure: its controls. (Links and the text and table disclosures do not.) */
const CONTROL = 'input, button, select, label, output';
const NOT_INTENT = 'a, summary, details:has(> [data-alt]), [data-table-details]';
const urlKeys = () => new Set(new URLSearchParams(location.search).keys());
const keysOf = (host: HTMLElement, attribute = 'keys') => (host.dataset[attribute] ?? '').split(' ').filter(Boolean);

class LiveFigure extends HTMLElement {
  #started = false;
  #connected = false;
  /** A button the reader pressed before the island was live: pressed again once it is. */
  #pendingClick: HTMLButtonElement | undefined;

  connectedCallback(): void {
    if (this.#connected || this.hasAttribute('data-live')) return;
    this.#connected = true;
    // With JavaScript the controls work from the first touch: the island takes over what they were set to.
    for (const control of this.querySelectorAll<HTMLFieldSetElement | HTMLButtonElement>(
      ':is(fieldset, button)[disabled]',
    ))
      control.disabled = false;
    this.addEventListener('input', this.#early, true);
    this.addEventListener('click', this.#early, true);
    for (const type of ['pointerdown', 'touchstart', 'focusin'] as const)
      this.addEventListener(type, this.#intent, { capture: true, passive: true });
    this.addEventListener('pointermove', this.#near, { passive: true });
    swapWideDrawingWhenNear(this);
    fetchTableOnOpen(this);
    if (keysOf(this).some((key) => urlKeys().has(key))) this.load();
  }

  /** Before the island is live: remembers what the reader did to the controls, for the island to apply. */
  #early = (event: Event): void => {
    if (this.dataset.live === 'ready') return;
    const target = event.target as Element;
    const button = target.closest('button');
    if (event.type === 'input' && target instanceof HTMLInputElement) target.dataset.movedEarly = '';
    else if (event.type === 'click' && button) this.#pendingClick = button;
    else return;
    this.load();
  };

  #intent = (event: Event): void => {
    const target = event.target as Element;
    if (target.closest(NOT_INTENT)) return;
    const mouse = event.type === 'pointerdown' && (event as PointerEvent).pointerType === 'mouse';
    if (mouse || event.type === 'focusin' || target.closest(CONTROL)) this.load();
    // A finger on the chart may be scrolling the page: fetch the module, run nothing.
    else void islandModule().catch(() => undefined);
  };

  /** A mouse moving over the figure (not a page scrolling under a still pointer): fetch the module ahead. */
  #near = (event: PointerEvent): void => {
    if (event.movementX === 0 && event.movementY === 0) return;
    this.removeEventListener('pointermove', this.#near);
    void islandModule().catch(() => undefined);
  };

  /** Loads the island now (idempotent). */
  load(): void {
    if (this.#started) return;
    this.#started = true;
    this.setAttribute('data-live', 'loading');
    islandModule()
      .then((module) => module.hydrate(this))
      .then(() => {
        const pressed = this.#pendingClick;
        this.#pendingClick = undefined;
        if (pressed?.isConnected && !pressed.disabled) pressed.click();
      })
      .catch((error: unknown) => {
        this.setAttribute('data-live', 'failed');
        console.warn('Figure controls failed to load; the static figure stays.', error);
      });
  }
}

if (!customElements.get('live-figure')) customElements.define('live-figure', LiveFigure);

// The page's figures, a list the browser keeps current: a query on every input walked the whole page (0.1 ms on meek).
const figures = document.getElementsByTagName('live-figure') as HTMLCollectionOf<LiveFigure>;

// A reader moved a shared parameter: figures with that key that have not loaded yet load now.
document.addEventListener('figure-params', (event) => {
  const keys = Object.keys((event as CustomEvent<{ values: Record<string, number> }>).detail.values);
  for (const host of figures) {
    if (host.dataset.live !== 'ready' && keysOf(host).some((key) => keys.includes(key))) host.load();
  }
});
