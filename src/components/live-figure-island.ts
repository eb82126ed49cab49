/**
 * The lazy part of a live figure: it wires the server-rendered controls,
 * reads URL state, redraws the same spec on every input at the container's
 * width, keeps prose numbers and figures that share a key in step
 * (page-state.ts), and announces a one-line summary to screen readers.
 * Loaded by <live-figure> (live-figure.ts). Its parts, one concept each: controls and tools
 * (island-controls.ts), presets (island-presets.ts), the page's text that follows the figure
 * (island-prose.ts), and what it says once the reader pauses (island-messages.ts).
 */
import { checkFigureData, loadFigure, loadSlices } from '../figures/load.ts';
import { buildWidthShownAt, renderFigure, type RenderedFigure } from '../figures/render.ts';
import {
  defaultParams,
  type AnyFigureSpec,
  type AnyTableRow,
  type FigureData,
  type ParamDefinition,
  type Params,
} from '../figures/spec.ts';
import { parseUrlState } from '../figures/url-state.ts';
import { cancelCatchUp, catchUpLater } from './catch-up.ts';
import { DrawingsAhead } from './drawings-ahead.ts';
import { earlyMoves, showControl, wireControls, type Slider } from './island-controls.ts';
import { wireMenu } from './figure/island-menu.ts';
import { Announcer, showNotices, UrlWriter } from './island-messages.ts';
import { showActivePreset, wirePresets } from './island-presets.ts';
import { fillTable, FigureProse } from './island-prose.ts';
import { showDrawing } from './morph.ts';
import { TABLE_EVENT } from './table-on-open.ts';
import { moved, publish, subscribe } from './page-state.ts';
import type { Band } from '../figures/band/band.ts';

// Imported once, lazily: an import() on every input would go through the bundler's preload helper each time.
let bandClient: Promise<typeof import('../figures/band/band-client.ts')> | undefined;

/** Keys every live figure on the page reads, so one figure does not call another's key unknown. */
function pageKeys(): string[] {
  return [...document.querySelectorAll<HTMLElement>('live-figure[data-keys]')].flatMap((host) =>
    (host.dataset.keys ?? '').split(' ').filter(Boolean),
  );
}

class Island {
  readonly host: HTMLElement;
  readonly spec: AnyFigureSpec;
  readonly data: FigureData;
  /** Where Reset returns: the defaults with the author's preset. */
  readonly base: Params;
  params: Record<string, number>;
  rows: readonly AnyTableRow[] = [];
  readonly plot: HTMLElement;
  readonly style: HTMLStyleElement | null;
  readonly defs: Record<string, ParamDefinition>;
  readonly #sliders: Map<string, Slider>;
  readonly #url: UrlWriter;
  readonly #announcer: Announcer;
  /** Prose numbers, sentences, claims and Believe boxes that follow this figure (island-prose.ts). */
  readonly #prose: FigureProse;
  #drawnWidth = 0;
  #observedWidth = 0;
  /** The build-time drawing's width CSS shows at the host's last observed width: live drawings keep its proportions. */
  #proportionsOf = 0;
  #frame = 0;
  /** Whether the figure is on screen (or nearly): one that is not redraws only when the reader reaches it. */
  #onScreen = true;
  /** A redraw owed to a figure that was off screen when its parameters changed. */
  #stale = false;
  /** A figure whose sliders reach only a few states draws them while the page is idle (drawings-ahead.ts). */
  readonly #ahead: DrawingsAhead<RenderedFigure> | undefined;
  /** Wall-helper hook: the last uncertainty band from the band worker (src/figures/band/), drawn until a newer one arrives. */
  band: Band | undefined;

  constructor(host: HTMLElement, spec: AnyFigureSpec, data: FigureData) {
    this.host = host;
    this.spec = spec;
    this.data = data;
    this.defs = spec.params as Record<string, ParamDefinition>;
    this.base = { ...defaultParams(spec), ...(JSON.parse(host.dataset.preset ?? '{}') as Record<string, number>) };
    this.plot = host.querySelector<HTMLElement>('[data-plot]')!;
    // A band arrives from a worker after the drawing: its drawings depend on more than the state.
    this.#ahead = !spec.band && DrawingsAhead.suits(this.defs) ? new DrawingsAhead(this.defs) : undefined;
    // Plot puts the same <style> (scoped by the figure's class) in every SVG it draws. Keep one copy
    // outside the plot: inserting a new <style> on every redraw restyles the whole document.
    this.style = this.plot.querySelector('svg > style');
    if (this.style) host.prepend(this.style);
    const first = document.querySelector('live-figure') === host;
    const state = parseUrlState(spec, location.search, {
      // Only the first figure reports keys no figure on the page knows.
      sharedKeys: first ? pageKeys() : new URLSearchParams(location.search).keys(),
      base: this.base,
    });
    this.params = { ...state.params, ...this.clampOwn(moved()) };
    this.#url = new UrlWriter(spec, this.base);
    this.#announcer = new Announcer(host, spec);
    this.#prose = new FigureProse(spec, data);
    this.#sliders = wireControls(host, this.defs, {
      set: (key, value) => this.set(key, value),
      reset: () => this.reset(),
    });
    const early = earlyMoves(this.#sliders, this.defs);
    for (const key of this.#sliders.keys()) this.showControl(key);
    wirePresets(host, spec, this.base, (values) => this.choose(values));
    showActivePreset(host, spec, this.params, this.base);
    wireMenu(host, spec, {
      svg: () => this.plot.querySelector('svg'),
      style: this.style,
      rows: () => this.rows,
      params: () => this.params as Params,
    });
    showNotices(host, state.notices);
    const details = host.querySelector<HTMLDetailsElement>('[data-table-details]');
    details?.addEventListener('toggle', () => details.open && fillTable(host, spec, this.rows));
    // A table fetched when opened (table-on-open.ts) arrives at the page's starting state: show the reader's.
    host.addEventListener(TABLE_EVENT, () => fillTable(host, spec, this.rows));
    subscribe(host, (values) => this.follow(values));
    const changed = Object.keys(this.params).some((key) => this.params[key] !== this.base[key]);
    // Redraw only for a changed state: the server's drawing stays until the reader acts or resizes,
    // so loading the island moves nothing on the page.
    // A link's state is drawn at the width of the server's drawing on show, which CSS scales exactly
    // as it scaled that one: nothing moves (no layout shift) until the reader acts or resizes.
    this.#proportionsOf = this.builtWidth();
    this.#observedWidth = Math.round(this.plot.clientWidth);
    if (changed) this.draw(this.#proportionsOf);
    else this.rows = spec.table(this.params, data);
    if (changed) this.updateValues();
    new ResizeObserver(([entry]) => {
      // On a phone the chart stays in view above the controls (figure/figure-layout.css); a control scrolled to
      // comes to rest below it, so the controls' scroll margin is the chart's height.
      const height = entry?.borderBoxSize[0]?.blockSize;
      if (height) host.style.setProperty('--figure-plot-height', `${Math.round(height)}px`);
      this.scheduleResize();
    }).observe(this.plot);
    // A slider moves every figure on the page that shares its key; drawing those out of sight would make the
    // reader's slider wait on figures nobody sees (six on the meek essay). They draw when they come near.
    new IntersectionObserver(
      ([entry]) => {
        this.#onScreen = entry?.isIntersecting ?? true;
        if (this.#onScreen && this.#stale) this.draw();
        else if (this.#onScreen) this.drawAhead();
      },
      { rootMargin: '200px 0px' },
    ).observe(host);
    // Band hook: a spec with a band starts its band worker once the reader reaches for a control (not on
    // load, to keep the worker out of the page's initial JavaScript), so the first redraw has a band to show.
    if (this.spec.band)
      host.querySelector('[data-controls]')?.addEventListener('focusin', () => this.requestBand(), { once: true });
    host.setAttribute('data-live', 'ready');
    // Sliders the reader moved while the island loaded: their last values act now, as the reader's own input.
    for (const [key, value] of Object.entries(early)) this.set(key, value);
  }

  /** Values from another figure, for the keys this spec has, clamped to its ranges. */
  clampOwn(values: Readonly<Record<string, number>>): Record<string, number> {
    const own: Record<string, number> = {};
    for (const [key, value] of Object.entries(values)) {
      const def = this.defs[key];
      if (def) own[key] = Math.min(def.max, Math.max(def.min, value));
    }
    return own;
  }

  set(key: string, value: number): void {
    if (!this.defs[key] || !Number.isFinite(value)) return;
    this.apply({ [key]: value });
    publish(this.host, { [key]: this.params[key]! });
  }

  /**
   * Another figure moved keys this one shares. Its sliders move at once; its drawing and prose numbers catch up
   * after the reader's own figure (catch-up.ts), so the figure under the reader's hand gets the frame to itself.
   * A follower out of sight only recomputes its prose numbers, and draws when the reader reaches it.
   */
  follow(values: Readonly<Record<string, number>>): void {
    const own = this.clampOwn(values);
    if (Object.keys(own).length === 0) return;
    this.take(own);
    catchUpLater(this.host, () => this.catchUp());
  }

  catchUp(): void {
    if (this.#onScreen) this.draw();
    else {
      this.rows = this.spec.table(this.params, this.data);
      this.#stale = true;
    }
    this.updateValues();
  }

  /** Applies the reader's own values to this figure and redraws it now. */
  apply(values: Record<string, number>): void {
    cancelCatchUp(this.host);
    this.take(this.clampOwn(values));
    this.draw();
    this.updateValues();
  }

  /** Takes clamped values into this figure's state: sliders, URL and announcement follow; drawing is the caller's. */
  take(own: Record<string, number>): void {
    Object.assign(this.params, own);
    for (const key of Object.keys(own)) this.showControl(key);
    showActivePreset(this.host, this.spec, this.params, this.base);
    this.#url.schedule(this.params as Params);
    this.#announcer.schedule(() => ({ params: this.params as Params, rows: this.rows }));
  }

  /** Moves a slider, its visible value and its spoken value to the current parameter. */
  showControl(key: string): void {
    showControl(this.host, this.#sliders, this.defs, this.params, key);
  }

  reset(): void {
    this.choose(Object.fromEntries(Object.keys(this.defs).map((key) => [key, this.base[key]!])));
  }

  /** Puts the figure in a whole state (Reset, a preset): every key set, shared keys published, the URL written. */
  choose(values: Record<string, number>): void {
    this.apply(values);
    showNotices(this.host, []);
    publish(this.host, values);
    this.#url.write(this.params as Params);
  }

  /** The width of the build-time drawing CSS shows at this container width (Figure.astro). */
  builtWidth(): number {
    return buildWidthShownAt(Math.round(this.host.clientWidth));
  }

  /** Whether the drawing on show was made for another width than the container's. */
  needsWidth(): boolean {
    const width = Math.round(this.plot.clientWidth);
    return width > 0 && width !== (this.#drawnWidth || this.#proportionsOf);
  }

  scheduleResize(): void {
    // ResizeObserver also reports the size it starts with: only a real change of width redraws.
    const width = Math.round(this.plot.clientWidth);
    if (width === this.#observedWidth) return;
    this.#observedWidth = width;
    this.#proportionsOf = this.builtWidth();
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => this.needsWidth() && this.draw());
  }

  /**
   * Redraws at the container's width (or `width`), after a reader's input or a resize. The width is the one the
   * ResizeObserver last saw, not a fresh read: reading clientWidth here would force a layout of the whole page
   * after each figure a shared slider redraws, before the next one starts.
   */
  draw(width = this.#observedWidth || 640, requestBand = true): void {
    const size = `${width}/${this.#proportionsOf}`;
    const ahead = this.#ahead?.get(size, this.params);
    // A drawing made ahead stays whole for the next visit to its state: the page gets a copy (morph takes its nodes).
    const {
      element: svg,
      rows,
      alt,
    } = ahead
      ? { ...ahead, element: ahead.element.cloneNode(true) as RenderedFigure['element'] }
      : this.render(this.params, width, this.#proportionsOf);
    this.#drawnWidth = width;
    this.#stale = false;
    this.rows = rows;
    showDrawing(this.plot, svg);
    const description = this.host.querySelector('[data-alt]');
    if (description) description.textContent = alt;
    const citation = this.host.querySelector<HTMLElement>('[data-view-citation]');
    if (citation) citation.hidden = true; // a citation of the previous state would now be wrong
    const details = this.host.querySelector<HTMLDetailsElement>('[data-table-details]');
    if (details?.open) fillTable(this.host, this.spec, this.rows);
    if (requestBand && this.spec.band) this.requestBand();
    this.drawAhead();
  }

  /** The drawing of a state at a width, keeping the proportions of the build-time drawing `proportionsOf` wide. */
  render(params: Record<string, number>, width: number, proportionsOf: number): RenderedFigure {
    const page = { width, proportionsOf };
    const drawing = renderFigure(this.spec, params as Params, this.data, document, page, this.band);
    // Plot's <style> would break the CSP (no inline styles); its rules are in global.css.
    drawing.element.querySelector(':scope > style')?.remove();
    return drawing;
  }

  /** Draws the figure's other states while the page is idle, at the width the next input draws at. */
  drawAhead(): void {
    if (!this.#ahead) return;
    const width = this.#observedWidth || 640;
    const proportionsOf = this.#proportionsOf;
    const mark = (state: 'drawing' | 'done') => {
      if (this.host.dataset.ahead !== state) this.host.dataset.ahead = state;
    };
    this.#ahead.drawAhead(`${width}/${proportionsOf}`, this.params, {
      draw: (state) => this.render(state, width, proportionsOf),
      onScreen: () => this.#onScreen,
      settled: () => mark('done'),
    });
    if (!this.#ahead.done) mark('drawing');
  }

  /**
   * Band hook (src/figures/band/): a spec with an uncertainty band asks the band worker for the band at the
   * reader's parameters and redraws once it arrives. Only the newest request's band arrives (band-client.ts drops
   * superseded ones), whichever call asked for it, so every arrival redraws.
   */
  requestBand(): void {
    (bandClient ??= import('../figures/band/band-client.ts'))
      .then((client) => client.latestBand(this.spec, this.params as Params))
      .then((band) => {
        if (!band) return;
        this.band = band;
        this.draw(undefined, false);
      })
      .catch((error: unknown) => console.warn('Uncertainty band unavailable; the figure stays without it.', error));
  }

  /** The page's text this figure computes: prose numbers, sentences, claims, Believe boxes (island-prose.ts). */
  updateValues(): void {
    this.#prose.update(this.params as Params, this.rows);
  }
}

export async function hydrate(host: HTMLElement): Promise<void> {
  // The spec's chunk and the figure's data slices load side by side: the page names the slices.
  const [spec, data] = await Promise.all([
    loadFigure(host.dataset.figure ?? '', Number(host.dataset.version)),
    loadSlices(JSON.parse(host.dataset.slices ?? '{}') as Record<string, string>),
  ]);
  new Island(host, spec, checkFigureData(spec, data));
}
