/**
 * <live-figure>: the eager part of a figure's island, kept tiny. It waits until
 * the figure nears the viewport and the reader has done something on the page
 * (or the URL carries a reader's state to restore), then loads the island
 * (Plot, the spec, the sliders) and hands itself over. The server-drawn figure
 * is complete without it: a reader who only reads, prints or cites pays for no
 * script beyond this one.
 */
const NEAR_VIEWPORT = '400px 0px';
const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'touchstart', 'wheel', 'scroll', 'focusin'] as const;

let activity: Promise<void> | undefined;

/** Resolves at the reader's first pointer, key, touch, wheel, scroll or focus on the page. */
function firstActivity(): Promise<void> {
  activity ??= new Promise((resolve) => {
    const done = () => {
      for (const type of ACTIVITY) removeEventListener(type, done, true);
      resolve();
    };
    for (const type of ACTIVITY) addEventListener(type, done, { capture: true, passive: true });
  });
  return activity;
}

// Listen from the start, so activity before a figure nears the viewport counts.
firstActivity();

class LiveFigure extends HTMLElement {
  #observer?: IntersectionObserver;

  connectedCallback(): void {
    if (this.#observer || this.hasAttribute('data-live')) return;
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.#observer?.disconnect();
        this.setAttribute('data-live', 'waiting');
        // A URL with state is a cited or shared view: restore it at once.
        (location.search ? Promise.resolve() : firstActivity())
          .then(() => {
            this.setAttribute('data-live', 'loading');
            return import('./live-figure-island.ts');
          })
          .then((island) => island.hydrate(this))
          .catch((error: unknown) => {
            this.setAttribute('data-live', 'failed');
            console.warn('Figure could not load its interactive controls; the static figure remains.', error);
          });
      },
      { rootMargin: NEAR_VIEWPORT },
    );
    this.#observer.observe(this);
  }

  disconnectedCallback(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }
}

if (!customElements.get('live-figure')) customElements.define('live-figure', LiveFigure);
