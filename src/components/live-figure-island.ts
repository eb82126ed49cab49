/**
 * The lazy part of a live figure: it wires the server-rendered controls,
 * reads URL state, redraws the same spec on every input at the container's
 * width, keeps prose numbers and figures that share a key in step
 * (page-state.ts), and announces a one-line summary to screen readers.
 * Loaded by <live-figure> (live-figure.ts). Its parts, one concept each: controls and tools
 * (island-controls.ts), presets (island-presets.ts), the drawing at the container's width (island-drawing.ts),
 * the page's text that follows the figure (island-prose.ts), when a figure following another's slider catches up
 * (island-follow.ts), and what it says once the reader pauses (island-messages.ts). What it could not use of a
 * link's settings, the page says once for all its figures (page-query.ts).
 *
 * @example await hydrate(document.querySelector('live-figure')!) // from live-figure.ts, on the reader's intent
 */
import { checkFigureData, loadFigure, loadSlices } from '../figures/load.ts';
import {
  defaultParams,
  type AnyFigureSpec,
  type AnyTableRow,
  type FigureData,
  type ParamDefinition,
  type Params,
} from '../figures/spec.ts';
import { parseUrlState } from '../figures/url-state.ts';
import { FigureDrawing } from './island-drawing.ts';
import { FollowerSchedule, type Owed } from './island-follow.ts';
import { earlyMoves, showControl, wireControls, type Slider } from './island-controls.ts';
import { wireMenu } from './figure/island-menu.ts';
import { Announcer, UrlWriter } from './island-messages.ts';
import { TitleNote } from './figure/title-note.ts';
import { showActivePreset, wirePresets } from './island-presets.ts';
import { fillTable, FigureProse, type ProseReach } from './island-prose.ts';
import { TABLE_EVENT } from './table-on-open.ts';
import { moved, publish, subscribe } from './page-state.ts';

class Island {
  readonly host: HTMLElement;
  readonly spec: AnyFigureSpec;
  readonly data: FigureData;
  /** Where Reset returns: the defaults with the author's preset. */
  readonly base: Params;
  params: Record<string, number>;
  rows: readonly AnyTableRow[] = [];
  readonly defs: Record<string, ParamDefinition>;
  readonly #sliders: Map<string, Slider>;
  readonly #url: UrlWriter;
  readonly #announcer: Announcer;
  readonly #titleNote: TitleNote;
  /** Prose numbers, sentences, claims and Believe boxes that follow this figure (island-prose.ts). */
  readonly #prose: FigureProse;
  readonly #drawing: FigureDrawing;
  /** When this figure, following another's slider, catches up: at once where the reader sees it (island-follow.ts). */
  readonly #follow: FollowerSchedule;

  constructor(host: HTMLElement, spec: AnyFigureSpec, data: FigureData) {
    this.host = host;
    this.spec = spec;
    this.data = data;
    this.defs = spec.params as Record<string, ParamDefinition>;
    this.base = { ...defaultParams(spec), ...(JSON.parse(host.dataset.preset ?? '{}') as Record<string, number>) };
    this.#drawing = new FigureDrawing(host, spec, data, {
      redraw: (withBand) => this.draw(undefined, withBand),
      onScreen: () => this.#follow.figureNear,
    });
    const state = parseUrlState(spec, location.search, {
      // Keys no figure on the page reads are the page's to report (page-query.ts), not each figure's.
      sharedKeys: new URLSearchParams(location.search).keys(),
      base: this.base,
    });
    this.params = { ...state.params, ...this.clampOwn(moved()) };
    this.#url = new UrlWriter(spec, this.base);
    this.#announcer = new Announcer(host, spec);
    this.#titleNote = new TitleNote(host, spec);
    this.#prose = new FigureProse(spec, data);
    // A slider moves every figure on the page that shares its key; drawing those out of sight would make the
    // reader's slider wait on figures nobody sees (four on the meek essay). They catch up as the reader sees them.
    this.#follow = new FollowerSchedule(
      host,
      this.#prose.elements(),
      (owed) => this.catchUp(owed),
      () => this.drawAhead(),
    );
    this.#sliders = wireControls(host, this.defs, {
      set: (key, value) => this.set(key, value),
      reset: () => this.reset(),
    });
    const early = earlyMoves(this.#sliders, this.defs);
    for (const key of this.#sliders.keys()) this.showControl(key);
    wirePresets(host, spec, this.base, (values) => this.choose(values));
    showActivePreset(host, spec, this.params, this.base);
    wireMenu(host, spec, {
      svg: () => {
        this.#follow.settle(true);
        return this.#drawing.plot.querySelector('svg');
      },
      style: this.#drawing.style,
      rows: () => this.currentRows(),
      params: () => this.params as Params,
    });
    // What this figure could not use of the link, for the page to say once with what other figures said
    // (page-query.ts reads it from here: an attribute, so that neither module waits for the other).
    if (location.search) host.dataset.linkNotices = JSON.stringify(state.notices);
    const details = host.querySelector<HTMLDetailsElement>('[data-table-details]');
    details?.addEventListener('toggle', () => details.open && fillTable(host, spec, this.currentRows(), data));
    // A table fetched when opened (table-on-open.ts) arrives at the page's starting state: show the reader's.
    host.addEventListener(TABLE_EVENT, () => fillTable(host, spec, this.currentRows(), data));
    subscribe(host, (values) => this.follow(values));
    const changed = Object.keys(this.params).some((key) => this.params[key] !== this.base[key]);
    // Redraw only for a changed state: the server's drawing stays until the reader acts or resizes,
    // so loading the island moves nothing on the page. A link's state is drawn at the server drawing's width.
    if (changed) this.draw(this.#drawing.builtWidth);
    else this.rows = spec.table(this.params, data);
    if (changed) this.updateValues();
    // Band hook: a spec with a band starts its band worker once the reader reaches for a control (not on
    // load, to keep the worker out of the page's initial JavaScript), so the first redraw has a band to show.
    if (this.spec.band)
      host
        .querySelector('[data-controls]')
        ?.addEventListener('focusin', () => this.#drawing.requestBand(this.params as Params), { once: true });
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
   * Another figure moved keys this one shares. Its sliders move at once; its drawing and values catch up after
   * the reader's own figure, at once where the reader sees them and otherwise when the page is idle or the
   * reader reaches them (island-follow.ts), so the figure under the reader's hand gets the frame to itself.
   */
  follow(values: Readonly<Record<string, number>>): void {
    const own = this.clampOwn(values);
    if (Object.keys(own).length === 0) return;
    this.take(own);
    this.#prose.checkOnPause(this.params as Params);
    this.#follow.owe();
  }

  /** Brings what a follower owes up to date with its state: the drawing (and with it the rows), the values. */
  catchUp(owed: Owed): void {
    if (owed.drawing) this.draw();
    else if (owed.values) this.rows = this.spec.table(this.params, this.data);
    if (owed.values) this.updateValues();
  }

  /** The table rows of the figure's current state (a follower out of sight computes them now if it owes them). */
  currentRows(): readonly AnyTableRow[] {
    this.#follow.settle(false);
    return this.rows;
  }

  /** Applies the reader's own values to this figure and redraws it now; its prose out of sight waits for a pause. */
  apply(values: Record<string, number>): void {
    this.take(this.clampOwn(values));
    this.draw();
    this.updateValues('in sight');
  }

  /** Takes clamped values into this figure's state: sliders, URL and announcement follow; drawing is the caller's. */
  take(own: Record<string, number>): void {
    Object.assign(this.params, own);
    for (const key of Object.keys(own)) this.showControl(key);
    showActivePreset(this.host, this.spec, this.params, this.base);
    this.#url.schedule(this.params as Params);
    this.#announcer.schedule(() => ({ params: this.params as Params, rows: this.currentRows() }));
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
    publish(this.host, values);
    this.#url.write(this.params as Params);
  }

  /** Redraws at the figure's state, after a reader's input, a follower's catch-up, a resize or a band's arrival. */
  draw(width?: number, withBand = true): void {
    const params = this.params as Params;
    this.rows = this.#drawing.draw(params, width).rows;
    this.#follow.paid('drawing');
    const details = this.host.querySelector<HTMLDetailsElement>('[data-table-details]');
    if (details?.open) fillTable(this.host, this.spec, this.rows, this.data);
    if (withBand) this.#drawing.requestBand(params);
    this.drawAhead();
  }

  /** Draws the figure's other states ahead while the page is idle (only figures with few states: drawings-ahead.ts). */
  drawAhead(): void {
    this.#drawing.drawAhead(this.params as Params);
  }

  /** The page's text this figure computes: prose numbers, sentences, claims, Believe boxes (island-prose.ts). */
  updateValues(reach: ProseReach = 'everywhere'): void {
    this.#prose.update(this.params as Params, this.rows, reach);
    this.#titleNote.schedule(() => ({ params: this.params as Params, rows: this.currentRows() }));
    this.#follow.paid('values');
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
