/**
 * A figure's page carries one drawing, made for a phone's column (320 px): legible on a phone before any script,
 * and the lighter page for it (issue 21: LCP). On a wide figure host CSS shows it in the box of the wide drawing
 * (an empty SVG with the wide drawing's viewBox, `.figure-plot-box`), and this eager part of the island fetches
 * the wide drawing (a file, `data-wide` on the plot: no script) as the figure comes near and puts it in that box.
 * The box does not change size, so nothing moves. Without JavaScript the narrow drawing stays, scaled into the box.
 * @example swapWideDrawingWhenNear(host) // in <live-figure>'s connectedCallback
 */
/** How far ahead of the viewport the wide drawing is fetched: a screen's height, so it is there when seen. */
const AHEAD = '100% 0px';

/** Parses one SVG element from `markup` with the HTML parser, as the page's own inline SVGs were parsed. */
function svgFrom(markup: string): SVGSVGElement | null {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${markup}`, 'text/html');
  const svg = parsed.body.firstElementChild;
  return svg instanceof SVGSVGElement ? (document.adoptNode(svg) as SVGSVGElement) : null;
}

/** Puts the wide drawing in place of the narrow one when `host` is wide and comes near the viewport. */
export function swapWideDrawingWhenNear(host: HTMLElement): void {
  const plot = host.querySelector<HTMLElement>('[data-plot][data-wide]');
  const narrow = plot?.querySelector<HTMLElement>('.figure-plot-variant');
  const box = plot?.querySelector('.figure-plot-box');
  if (!plot || !narrow || !box) return;
  const observer = new IntersectionObserver(
    (entries) => {
      // A narrow host keeps the drawing made for it; a host that is wide when it comes near gets the wide one.
      // CSS shows the box exactly in a wide host (Figure.astro's container query, WIDE_DRAWING_FROM_PX).
      if (!entries.some((entry) => entry.isIntersecting) || box.getBoundingClientRect().width === 0) return;
      observer.disconnect();
      fetch(plot.dataset.wide!)
        .then((response) => (response.ok ? response.text() : Promise.reject(new Error(`HTTP ${response.status}`))))
        .then((markup) => {
          // The island may have drawn the figure already (its own drawing replaces the build's): keep that.
          if (!narrow.isConnected) return;
          const svg = svgFrom(markup);
          if (!svg) return;
          narrow.dataset.width = svg.viewBox.baseVal.width.toString();
          narrow.replaceChildren(svg);
          box.remove();
        })
        .catch((error: unknown) => console.warn('Wide drawing failed to load; the narrow one stays.', error));
    },
    { rootMargin: AHEAD },
  );
  observer.observe(host);
}
