/**
 * The lazy part of a live figure: sliders built from the spec's parameters,
 * URL state, and a redraw of the same spec on every input. Loaded by
 * <live-figure> only when the figure nears the viewport.
 */
import { formatNumber, formatParam } from '../figures/format.ts';
import { getFigure } from '../figures/registry.ts';
import { renderFigure } from '../figures/render.ts';
import {
  defaultParams,
  type AnyFigureSpec,
  type ParamDefinition,
  type Params,
  type TableRow,
} from '../figures/spec.ts';
import { parseUrlState, writeUrlState } from '../figures/url-state.ts';

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
  readonly notice: HTMLElement;
  readonly inputs = new Map<string, { input: HTMLInputElement; output: HTMLOutputElement }>();

  readonly host: HTMLElement;

  constructor(host: HTMLElement) {
    this.host = host;
    this.spec = getFigure(host.dataset.figure ?? '', Number(host.dataset.version));
    this.plot = host.querySelector<HTMLElement>('[data-plot]')!;
    this.notice = host.querySelector<HTMLElement>('[data-notice]')!;
    const first = document.querySelector('live-figure') === host;
    const state = parseUrlState(this.spec, location.search, {
      // Only the first figure reports keys no figure on the page knows.
      sharedKeys: first ? pageKeys() : new URLSearchParams(location.search).keys(),
    });
    this.params = { ...state.params };
    this.buildControls(host.querySelector<HTMLElement>('[data-controls]')!);
    this.showNotices(state.notices);
    const details = host.querySelector<HTMLDetailsElement>('[data-table-details]');
    details?.addEventListener('toggle', () => details.open && this.updateTable());
    if (state.fromUrl.length > 0) this.draw();
    else this.rows = this.spec.table(this.params, {});
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

  set(key: string, value: number): void {
    const def = this.spec.params[key] as ParamDefinition;
    this.params[key] = value;
    const control = this.inputs.get(key);
    if (control) control.output.textContent = formatParam(value, def.unit);
    this.draw();
    this.writeUrl();
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

  draw(): void {
    const { element: svg, rows } = renderFigure(this.spec, this.params as Params, {}, document);
    this.rows = rows;
    this.plot.replaceChildren(svg);
    this.updateValues();
    const details = this.host.querySelector<HTMLDetailsElement>('[data-table-details]');
    if (details?.open) this.updateTable();
  }

  /** Numbers in the prose that this figure computes (<FigureValue>). */
  updateValues(): void {
    for (const [name, value] of Object.entries(this.spec.values)) {
      const text = value.format(value.compute(this.params as Params, this.rows));
      for (const span of document.querySelectorAll(`[data-figure-value="${this.spec.id}:${name}"]`)) {
        span.textContent = text;
      }
    }
  }

  updateTable(): void {
    const body = this.host.querySelector('[data-table-body]');
    if (!body) return;
    const rows = this.rows.map((row) => {
      const tr = element('tr');
      for (const column of this.spec.columns)
        tr.append(element('td', formatNumber(row[column.name] ?? NaN, column.digits)));
      return tr;
    });
    body.replaceChildren(...rows);
  }

  writeUrl(): void {
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

export function hydrate(host: HTMLElement): void {
  new Island(host);
}
