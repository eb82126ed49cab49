/**
 * A live figure's drawing (island part): the figure's spec drawn for a state at the container's width, keeping
 * the proportions of the build-time drawing CSS shows there; redrawn when the width changes; drawings made ahead
 * for a figure with few states (drawings-ahead.ts); and the uncertainty band from the band worker
 * (src/figures/band/), drawn until a newer one arrives. What a drawing means for the page (its rows, the prose,
 * the followers) is live-figure-island.ts's. Split from live-figure-island.ts.
 *
 * @example
 *   const drawing = new FigureDrawing(host, spec, data, { redraw: () => island.draw(), onScreen: () => true });
 *   const { rows } = drawing.draw(params);
 */
import type { Band } from '../figures/band/band.ts';
import { buildWidthShownAt, renderFigure, type RenderedFigure } from '../figures/render.ts';
import type { AnyFigureSpec, FigureData, ParamDefinition, Params } from '../figures/spec.ts';
import { DrawingsAhead } from './drawings-ahead.ts';
import { showDrawing } from './morph.ts';

// Imported once, lazily: an import() on every input would go through the bundler's preload helper each time.
let bandClient: Promise<typeof import('../figures/band/band-client.ts')> | undefined;

export interface DrawingHooks {
  /** The drawing must be made again at the figure's current state: a new width, or a band arrived. */
  redraw(withBand: boolean): void;
  /** Whether the figure is on screen or near it (drawings ahead are made only then). */
  onScreen(): boolean;
}

export class FigureDrawing {
  readonly plot: HTMLElement;
  /** Plot's <style> for the figure's class, kept once outside the plot (see the constructor). */
  readonly style: HTMLStyleElement | null;
  readonly #host: HTMLElement;
  readonly #spec: AnyFigureSpec;
  readonly #data: FigureData;
  readonly #hooks: DrawingHooks;
  #drawnWidth = 0;
  #observedWidth = 0;
  /** The build-time drawing's width CSS shows at the host's last observed width: live drawings keep its proportions. */
  #proportionsOf = 0;
  #frame = 0;
  /** A figure whose sliders reach only a few states draws them while the page is idle (drawings-ahead.ts). */
  readonly #ahead: DrawingsAhead<RenderedFigure> | undefined;
  /** The last uncertainty band from the band worker, drawn until a newer one arrives. */
  #band: Band | undefined;

  constructor(host: HTMLElement, spec: AnyFigureSpec, data: FigureData, hooks: DrawingHooks) {
    this.#host = host;
    this.#spec = spec;
    this.#data = data;
    this.#hooks = hooks;
    this.plot = host.querySelector<HTMLElement>('[data-plot]')!;
    const defs = spec.params as Record<string, ParamDefinition>;
    // A band arrives from a worker after the drawing: its drawings depend on more than the state.
    this.#ahead = !spec.band && DrawingsAhead.suits(defs) ? new DrawingsAhead(defs) : undefined;
    // Plot puts the same <style> (scoped by the figure's class) in every SVG it draws. Keep one copy
    // outside the plot: inserting a new <style> on every redraw restyles the whole document.
    this.style = this.plot.querySelector('svg > style');
    if (this.style) host.prepend(this.style);
    // A link's state is drawn at the width of the server's drawing on show, which CSS scales exactly
    // as it scaled that one: nothing moves (no layout shift) until the reader acts or resizes.
    this.#proportionsOf = this.#builtWidth();
    this.#observedWidth = Math.round(this.plot.clientWidth);
    new ResizeObserver(([entry]) => {
      // On a phone the chart stays in view above the controls (figure/figure-layout.css); a control scrolled to
      // comes to rest below it, so the controls' scroll margin is the chart's height.
      const height = entry?.borderBoxSize[0]?.blockSize;
      if (height) host.style.setProperty('--figure-plot-height', `${Math.round(height)}px`);
      this.#scheduleResize();
    }).observe(this.plot);
  }

  /** The width of the server's drawing on show: a state drawn at it looks exactly as that one did. */
  get builtWidth(): number {
    return this.#proportionsOf;
  }

  /**
   * Draws `params` at the container's width (or `width`) and puts it on show with its description; returns the
   * drawing's rows. The width is the one the ResizeObserver last saw, not a fresh read: reading clientWidth here
   * would force a layout of the whole page after each figure a shared slider redraws, before the next one starts.
   */
  draw(params: Params, width = this.#observedWidth || 640): RenderedFigure {
    const ahead = this.#ahead?.get(`${width}/${this.#proportionsOf}`, params);
    // A drawing made ahead stays whole for the next visit to its state: the page gets a copy (morph takes its nodes).
    const drawing = ahead
      ? { ...ahead, element: ahead.element.cloneNode(true) as RenderedFigure['element'] }
      : this.#render(params, width, this.#proportionsOf);
    this.#drawnWidth = width;
    showDrawing(this.plot, drawing.element);
    const description = this.#host.querySelector('[data-alt]');
    if (description) description.textContent = drawing.alt;
    const citation = this.#host.querySelector<HTMLElement>('[data-view-citation]');
    if (citation) citation.hidden = true; // a citation of the previous state would now be wrong
    return drawing;
  }

  /** Draws the figure's other states while the page is idle, at the width the next input draws at. */
  drawAhead(params: Params): void {
    if (!this.#ahead) return;
    const width = this.#observedWidth || 640;
    const proportionsOf = this.#proportionsOf;
    const mark = (state: 'drawing' | 'done') => {
      if (this.#host.dataset.ahead !== state) this.#host.dataset.ahead = state;
    };
    this.#ahead.drawAhead(`${width}/${proportionsOf}`, params, {
      draw: (state) => this.#render(state, width, proportionsOf),
      onScreen: this.#hooks.onScreen,
      settled: () => mark('done'),
    });
    if (!this.#ahead.done) mark('drawing');
  }

  /**
   * Band hook (src/figures/band/): a spec with an uncertainty band asks the band worker for the band at
   * `params` and redraws once it arrives. Only the newest request's band arrives (band-client.ts drops
   * superseded ones), whichever call asked for it, so every arrival redraws.
   */
  requestBand(params: Params): void {
    if (!this.#spec.band) return;
    (bandClient ??= import('../figures/band/band-client.ts'))
      .then((client) => client.latestBand(this.#spec, params))
      .then((band) => {
        if (!band) return;
        this.#band = band;
        this.#hooks.redraw(false);
      })
      .catch((error: unknown) => console.warn('Uncertainty band unavailable; the figure stays without it.', error));
  }

  /** The drawing of a state at a width, keeping the proportions of the build-time drawing `proportionsOf` wide. */
  #render(params: Params, width: number, proportionsOf: number): RenderedFigure {
    const page = { width, proportionsOf };
    const drawing = renderFigure(this.#spec, params, this.#data, document, page, this.#band);
    // Plot's <style> would break the CSP (no inline styles); its rules are in global.css.
    drawing.element.querySelector(':scope > style')?.remove();
    return drawing;
  }

  /** The width of the build-time drawing CSS shows at this container width (Figure.astro). */
  #builtWidth(): number {
    return buildWidthShownAt(Math.round(this.#host.clientWidth));
  }

  #scheduleResize(): void {
    // ResizeObserver also reports the size it starts with: only a real change of width redraws.
    const width = Math.round(this.plot.clientWidth);
    if (width === this.#observedWidth) return;
    this.#observedWidth = width;
    this.#proportionsOf = this.#builtWidth();
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => {
      // Whether the drawing on show was made for another width than the container's.
      const now = Math.round(this.plot.clientWidth);
      if (now > 0 && now !== (this.#drawnWidth || this.#proportionsOf)) this.#hooks.redraw(true);
    });
  }
}
