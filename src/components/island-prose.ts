/**
 * The page's text that follows a live figure (island part): prose numbers (<FigureValue>), whole-sentence cases
 * (<FigureCases>), checked claims (<Claim>) and "what would you have to believe" boxes (<Believe>), and the
 * figure's data table. Split from live-figure-island.ts; behaviour unchanged.
 *
 * @example const prose = new FigureProse(spec, data); prose.update(params, rows);
 */
import { formatCell } from '../figures/format.ts';
import type { AnyFigureSpec, AnyTableRow, FigureData, Params } from '../figures/spec.ts';
import { updateCases } from './prose/live-prose.ts';

// Imported once, lazily: an import() on every input would go through the bundler's preload helper each time.
let believeLive: Promise<typeof import('./believe/believe-live.ts')> | undefined;
// Claims are checked once the reader pauses (PAUSE_MS in live-claims.ts), never for the first drawing, so their code
// (the claim evaluator and its words) loads with the first pause, as the Believe boxes' does, not with the island.
let liveClaims: Promise<typeof import('./prose/live-claims.ts')> | undefined;

export class FigureProse {
  readonly #spec: AnyFigureSpec;
  readonly #data: FigureData;
  /** The prose numbers this figure computes (<FigureValue>), by value name: the page's prose does not change. */
  readonly #valueSpans = new Map<string, Element[]>();
  readonly #hasBelieve = document.querySelector('[data-believe]') !== null;
  readonly #hasClaims = document.querySelector('[data-claim]') !== null;

  constructor(spec: AnyFigureSpec, data: FigureData) {
    this.#spec = spec;
    this.#data = data;
  }

  /** The page's elements that show this figure's values: prose numbers and whole-sentence cases. */
  elements(): Element[] {
    const id = this.#spec.id;
    return [...document.querySelectorAll(`[data-figure-value^="${id}:"], [data-figure-case^="${id}:"]`)];
  }

  /** Numbers, sentences, claims and Believe boxes that this figure computes, at these parameters. */
  update(params: Params, rows: readonly AnyTableRow[]): void {
    const spec = this.#spec;
    for (const [name, value] of Object.entries(spec.values)) {
      let spans = this.#valueSpans.get(name);
      if (!spans) {
        spans = [...document.querySelectorAll(`[data-figure-value="${spec.id}:${name}"]`)];
        this.#valueSpans.set(name, spans);
      }
      if (spans.length === 0) continue; // a value no sentence on this page shows is not computed
      const text = value.format(value.compute(params, rows));
      for (const span of spans) if (span.textContent !== text) span.textContent = text;
    }
    // Whole-sentence prose (<FigureCases>): the <When> that holds at this state is shown.
    updateCases(spec, params, rows);
    this.checkOnPause(params);
  }

  /**
   * Checked claims (<Claim>) and Believe boxes (<Believe>) are evaluated again once the reader pauses: each call
   * restarts their wait. A follower calls this on every input, even while its numbers wait to be shown
   * (island-follow.ts), so that its claims are not evaluated in the middle of a drag.
   */
  checkOnPause(params: Params): void {
    const spec = this.#spec;
    if (this.#hasClaims) {
      const state = { ...params };
      void (liveClaims ??= import('./prose/live-claims.ts')).then((live) =>
        live.scheduleClaims(spec, state, this.#data),
      );
    }
    // Believe hook: "what would you have to believe" boxes (<Believe>) re-solve their flip points.
    if (this.#hasBelieve)
      void (believeLive ??= import('./believe/believe-live.ts')).then((live) =>
        live.updateBelieve(spec, params, this.#data),
      );
  }
}

/** Fills the figure's data table (in `host`) with `rows`, formatted as the server formats them (table-html.ts). */
export function fillTable(
  host: HTMLElement,
  spec: AnyFigureSpec,
  rows: readonly AnyTableRow[],
  data: FigureData,
): void {
  const body = host.querySelector('[data-table-body]');
  if (!body) return;
  const names = spec.rowNames?.(data) ?? {};
  const trs = rows.map((row) => {
    const tr = document.createElement('tr');
    for (const column of spec.columns) {
      const td = document.createElement('td');
      td.textContent = formatCell(row[column.name], column, names[column.name]);
      tr.append(td);
    }
    return tr;
  });
  body.replaceChildren(...trs);
}
