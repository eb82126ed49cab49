/**
 * The lazy part of a live figure: sliders built from the spec's parameters,
 * URL state, and a redraw of the same spec on every input. Loaded by
 * <live-figure> only when the figure nears the viewport.
 */
import { tableToCsv } from '../figures/csv.ts';
import { formatCell, formatParam } from '../figures/format.ts';
import { loadFigure, loadFigureData } from '../figures/load.ts';
import { renderFigure } from '../figures/render.ts';
import {
  defaultParams,
  type AnyFigureSpec,
  type FigureData,
  type ParamDefinition,
  type Params,
  type TableRow,
} from '../figures/spec.ts';
import { parseUrlState, writeUrlState } from '../figures/url-state.ts';
import type { Band } from '../figures/band/band.ts';

const URL_WRITE_DELAY_MS = 250;

/** Slider position for a value: log-scale parameters slide over log10 of the value. */
function toSlider(def: ParamDefinition, value: number): number {
  return def.scale === 'log' ? Math.log10(value) : value;
}

/** Value for a slider position, rounded so URLs stay short: 3 significant digits on log scales. */
function fromSlider(def: ParamDefinition, position: number): number {
  if (def.scale === 'log') return Math.min(def.max, Math.max(def.min, Number((10 ** position).toPrecision(3))));
  return position;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** Keys every live figure on the page reads, so one figure does not call another's key unknown. */
function pageKeys(): string[] {
  return [...document.querySelectorAll<HTMLElement>('live-figure[data-keys]')].flatMap((host) =>
    (host.dataset.keys ?? '').split(' ').filter(Boolean),
  );
}

class Island {
  readonly spec: AnyFigureSpec;
  params: Record<string, number>;
  rows: readonly TableRow[] = [];
  readonly plot: HTMLElement;
  readonly style: HTMLStyleElement | null;
  #urlTimer: ReturnType<typeof setTimeout> | undefined;
  readonly notice: HTMLElement;
  readonly inputs = new Map<string, { input: HTMLInputElement; output: HTMLOutputElement }>();

  readonly host: HTMLElement;
  readonly data: FigureData;
  /** Wall-helper hook: the last uncertainty band from the band worker (src/figures/band/), drawn until a newer one arrives. */
  band: Band | undefined;

  constructor(host: HTMLElement, spec: AnyFigureSpec, data: FigureData) {
    this.host = host;
    this.spec = spec;
    this.data = data;
    this.plot = host.querySelector<HTMLElement>('[data-plot]')!;
    // Plot puts the same <style> (scoped by the figure's class) in every SVG it draws. Keep one copy
    // outside the plot: inserting a new <style> on every redraw restyles the whole document.
    this.style = this.plot.querySelector('svg > style');
    if (this.style) host.prepend(this.style);
    this.notice = host.querySelector<HTMLElement>('[data-notice]')!;
    const first = document.querySelector('live-figure') === host;
    const state = parseUrlState(this.spec, location.search, {
      // Only the first figure reports keys no figure on the page knows.
      sharedKeys: first ? pageKeys() : new URLSearchParams(location.search).keys(),
    });
    this.params = { ...state.params };
    this.buildControls(host.querySelector<HTMLElement>('[data-controls]')!);
    this.buildTools(host.querySelector<HTMLElement>('[data-tools]')!);
    this.showNotices(state.notices);
    const details = host.querySelector<HTMLDetailsElement>('[data-table-details]');
    details?.addEventListener('toggle', () => details.open && this.updateTable());
    if (state.fromUrl.length > 0) this.draw();
    else this.rows = this.spec.table(this.params, this.data);
    // Wall-helper hook: a spec with a band starts its band worker once the reader reaches for a control (not on
    // load, to keep the worker out of the page's initial JavaScript), so the first redraw has a band to show.
    if (this.spec.band)
      host.querySelector('[data-controls]')?.addEventListener('focusin', () => this.requestBand(), { once: true });
    host.setAttribute('data-live', 'ready');
  }

  buildControls(container: HTMLElement): void {
    const fieldset = element('fieldset');
    fieldset.append(element('legend', 'Adjust the assumptions'));
    for (const [key, def] of Object.entries<ParamDefinition>(this.spec.params)) {
      const id = `${this.spec.id}-${key}`;
      const input = element('input');
      Object.assign(input, {
        type: 'range',
        id,
        name: key,
        min: String(toSlider(def, def.min)),
        max: String(toSlider(def, def.max)),
        step: String(def.step),
        value: String(toSlider(def, this.params[key] ?? def.default)),
        title: `${def.description} Source: ${def.source}`,
      });
      const output = element('output', formatParam(this.params[key] ?? def.default, def.unit));
      output.setAttribute('for', id);
      const label = element('label');
      label.htmlFor = id;
      label.append(element('span', `${def.label} (${def.symbol})`, 'control-label'));
      const row = element('div', undefined, 'control');
      row.append(label, input, output);
      input.addEventListener('input', () => this.set(key, fromSlider(def, Number(input.value))));
      this.inputs.set(key, { input, output });
      fieldset.append(row);
    }
    const reset = element('button', 'Reset to defaults', 'control-reset');
    reset.type = 'button';
    reset.addEventListener('click', () => this.reset());
    fieldset.append(reset);
    container.append(fieldset);
    container.hidden = false;
  }

  /** "Download this view" (SVG, PNG, CSV of what the reader sees) and "Cite this view". */
  buildTools(container: HTMLElement): void {
    const name = () => `${this.spec.id}-v${this.spec.version}-view`;
    const button = (text: string, action: () => void | Promise<void>) => {
      const b = element('button', text);
      b.type = 'button';
      b.addEventListener('click', () => void action());
      return b;
    };
    const panel = element('div', undefined, 'view-citation');
    panel.hidden = true;
    panel.setAttribute('data-view-citation', '');
    container.append(
      element('span', 'This view:'),
      button('Download SVG', () => download(`${name()}.svg`, new Blob([this.svgMarkup()], { type: 'image/svg+xml' }))),
      button('Download PNG', async () => download(`${name()}.png`, await svgToPngBlob(this.svgMarkup()))),
      button('Download CSV', () =>
        download(`${name()}.csv`, new Blob([tableToCsv(this.spec.columns, this.rows)], { type: 'text/csv' })),
      ),
      button('Cite this view', () => this.cite(panel)),
      panel,
    );
    container.hidden = false;
  }

  /** The SVG the reader sees, standalone: with the figure's <style> put back inside it. */
  svgMarkup(): string {
    const svg = this.plot.querySelector('svg');
    if (!svg) return '';
    const copy = svg.cloneNode(true) as SVGSVGElement;
    if (this.style && !copy.querySelector(':scope > style')) copy.prepend(this.style.cloneNode(true));
    return new XMLSerializer().serializeToString(copy);
  }

  async cite(panel: HTMLElement): Promise<void> {
    const { citeView } = await import('./view-citation.ts');
    const citation = citeView(this.spec, this.params as Params, new Date().toISOString().slice(0, 10));
    const link = element('a', citation.url);
    link.href = citation.url;
    link.setAttribute('data-view-url', '');
    const block = (label: string, text: string) => {
      const details = element('details');
      details.append(element('summary', label), element('pre', text));
      return details;
    };
    const apa = element('p', citation.apa);
    apa.setAttribute('data-view-apa', '');
    const intro = element('p', 'Permanent link to this view: ');
    intro.append(link);
    panel.replaceChildren(
      intro,
      apa,
      block('BibTeX', citation.bibtex),
      block('RIS', citation.ris),
      block('CSL-JSON', citation.cslJson),
    );
    panel.hidden = false;
  }

  set(key: string, value: number): void {
    const def = this.spec.params[key] as ParamDefinition;
    this.params[key] = value;
    const control = this.inputs.get(key);
    if (control) control.output.textContent = formatParam(value, def.unit);
    this.draw();
    this.scheduleUrlWrite();
  }

  reset(): void {
    this.params = { ...defaultParams(this.spec) };
    for (const [key, { input, output }] of this.inputs) {
      const def = this.spec.params[key] as ParamDefinition;
      input.value = String(toSlider(def, def.default));
      output.textContent = formatParam(def.default, def.unit);
    }
    this.showNotices([]);
    this.draw();
    this.writeUrl();
  }

  draw(requestBand = true): void {
    const { element: svg, rows, alt } = renderFigure(this.spec, this.params as Params, this.data, document, this.band);
    this.rows = rows;
    if (this.style) svg.querySelector(':scope > style')?.remove();
    this.plot.replaceChildren(svg);
    const description = this.host.querySelector('[data-alt]');
    if (description) description.textContent = alt;
    const citation = this.host.querySelector<HTMLElement>('[data-view-citation]');
    if (citation) citation.hidden = true; // a citation of the previous state would now be wrong
    this.updateValues();
    const details = this.host.querySelector<HTMLDetailsElement>('[data-table-details]');
    if (details?.open) this.updateTable();
    if (requestBand && this.spec.band) this.requestBand();
  }

  /**
   * Wall-helper hook (src/figures/band/): a spec with an uncertainty band asks the band worker for the band at the
   * reader's parameters and redraws once it arrives. Only the newest request's band arrives (band-client.ts drops
   * superseded ones), whichever call asked for it, so every arrival redraws.
   */
  requestBand(): void {
    import('../figures/band/band-client.ts')
      .then((client) => client.latestBand(this.spec, this.params as Params))
      .then((band) => {
        if (!band) return;
        this.band = band;
        this.draw(false);
      })
      .catch((error: unknown) => console.warn('Uncertainty band unavailable; the figure stays without it.', error));
  }

  /** Numbers in the prose that this figure computes (<FigureValue>). */
  updateValues(): void {
    for (const [name, value] of Object.entries(this.spec.values)) {
      const text = value.format(value.compute(this.params as Params, this.rows));
      for (const span of document.querySelectorAll(`[data-figure-value="${this.spec.id}:${name}"]`)) {
        span.textContent = text;
      }
    }
    // Wall-helper hook: "what would you have to believe" boxes (<Believe>) re-solve their flip points.
    if (document.querySelector('[data-believe]'))
      void import('./believe/believe-live.ts').then((live) =>
        live.updateBelieve(this.spec, this.params as Params, this.data),
      );
  }

  updateTable(): void {
    const body = this.host.querySelector('[data-table-body]');
    if (!body) return;
    const rows = this.rows.map((row) => {
      const tr = element('tr');
      for (const column of this.spec.columns) tr.append(element('td', formatCell(row[column.name] ?? NaN, column)));
      return tr;
    });
    body.replaceChildren(...rows);
  }

  /**
   * Writes the URL once the reader pauses: a drag fires about 60 inputs a second, and browsers
   * throttle history.replaceState called that often.
   */
  scheduleUrlWrite(): void {
    clearTimeout(this.#urlTimer);
    this.#urlTimer = setTimeout(() => this.writeUrl(), URL_WRITE_DELAY_MS);
  }

  writeUrl(): void {
    clearTimeout(this.#urlTimer);
    const query = writeUrlState(this.spec, this.params as Params, location.search);
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  }

  showNotices(notices: readonly string[]): void {
    this.notice.hidden = notices.length === 0;
    if (notices.length === 0) {
      this.notice.replaceChildren();
      return;
    }
    const list = element('ul');
    for (const text of notices) list.append(element('li', text));
    this.notice.replaceChildren(element('p', 'Some settings in this link could not be used:'), list);
  }
}

function download(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = element('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Rasterises the SVG the reader sees at 3× (as the build-time figure.png), in the browser. */
async function svgToPngBlob(markup: string, scale = 3): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = element('canvas');
    canvas.width = image.naturalWidth * scale;
    canvas.height = image.naturalHeight * scale;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function hydrate(host: HTMLElement): Promise<void> {
  const spec = await loadFigure(host.dataset.figure ?? '', Number(host.dataset.version));
  new Island(host, spec, await loadFigureData(spec));
}
