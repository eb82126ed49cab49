/**
 * <live-figure>: the eager part of a figure's island, kept tiny. It waits until
 * the figure nears the viewport, then loads the island (Plot, the spec, the
 * sliders) and hands itself over.
 */
const NEAR_VIEWPORT = '400px 0px';

class LiveFigure extends HTMLElement {
  #observer?: IntersectionObserver;

  connectedCallback(): void {
    if (this.#observer || this.hasAttribute('data-live')) return;
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.#observer?.disconnect();
        this.setAttribute('data-live', 'loading');
        import('./live-figure-island.ts')
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
