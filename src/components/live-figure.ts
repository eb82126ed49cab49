/**
 * <live-figure>: the eager part of a figure's island, kept tiny. It waits until
 * the figure nears the viewport and the reader has done something on the page,
 * then loads the island (Plot, the spec, the controls) and hands itself over.
 * The server-drawn figure is complete without it: a reader who only reads,
 * prints or cites pays for no script beyond this one.
 *
 * A link with state (`?g_i=5`) is a cited or shared view: every figure that
 * reads one of its keys loads at once, so the prose numbers are right before
 * the reader scrolls. A figure that shares a key with one the reader moves
 * loads at once too (the "figure-params" event, see page-state.ts).
 *
 * A frozen version that cannot redraw (no <live-figure>, `data-frozen-keys`)
 * says so when the link carries its keys, and links to the same view on the
 * latest version.
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

const urlKeys = () => new Set(new URLSearchParams(location.search).keys());
const keysOf = (host: HTMLElement, attribute = 'keys') => (host.dataset[attribute] ?? '').split(' ').filter(Boolean);

class LiveFigure extends HTMLElement {
  #observer?: IntersectionObserver;
  #started = false;

  connectedCallback(): void {
    if (this.#observer || this.hasAttribute('data-live')) return;
    const keys = urlKeys();
    if (keysOf(this).some((key) => keys.has(key))) {
      this.load();
      return;
    }
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.#observer?.disconnect();
        this.setAttribute('data-live', 'waiting');
        firstActivity().then(() => this.load());
      },
      { rootMargin: NEAR_VIEWPORT },
    );
    this.#observer.observe(this);
  }

  /** Loads the island now (idempotent). */
  load(): void {
    if (this.#started) return;
    this.#started = true;
    this.#observer?.disconnect();
    this.setAttribute('data-live', 'loading');
    import('./live-figure-island.ts')
      .then((island) => island.hydrate(this))
      .catch((error: unknown) => {
        this.setAttribute('data-live', 'failed');
        console.warn('Figure could not load its interactive controls; the static figure remains.', error);
      });
  }

  disconnectedCallback(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }
}

if (!customElements.get('live-figure')) customElements.define('live-figure', LiveFigure);

// A reader moved a shared parameter: figures with that key that have not loaded yet load now.
document.addEventListener('figure-params', (event) => {
  const keys = Object.keys((event as CustomEvent<{ values: Record<string, number> }>).detail.values);
  for (const host of document.querySelectorAll<LiveFigure>('live-figure:not([data-live="ready"])')) {
    if (keysOf(host).some((key) => keys.includes(key))) host.load();
  }
});

/** A frozen version that cannot redraw says so for a link with its keys, and links the view on the latest version. */
function frozenViews(): void {
  const keys = urlKeys();
  for (const host of document.querySelectorAll<HTMLElement>('[data-frozen-keys][data-latest]')) {
    if (!keysOf(host, 'frozenKeys').some((key) => keys.has(key))) continue;
    const notice = host.querySelector<HTMLElement>('[data-notice]');
    if (!notice) continue;
    const link = document.createElement('a');
    link.href = `${host.dataset.latest}${location.search}`;
    link.textContent = 'Open this view on the latest version';
    link.setAttribute('data-latest-view', '');
    const text = document.createElement('p');
    text.textContent = `Version ${host.dataset.version} is frozen, and its code no longer reproduces it, so it cannot draw the settings in this link: it shows the figure as published, at its defaults. `;
    text.append(link, '.');
    notice.replaceChildren(text);
    notice.hidden = false;
  }
}
if (location.search) frozenViews();
