/**
 * The page's text that follows a live figure (island part): prose numbers (<FigureValue>), whole-sentence cases
 * (<FigureCases>), checked claims (<Claim>) and "what would you have to believe" boxes (<Believe>), and the
 * figure's data table. Split from live-figure-island.ts; behaviour unchanged.
 *
 * @example const prose = new FigureProse(spec, data); prose.update(params, rows);
 */
import { formatCell } from '../figures/format.ts';
import type { AnyFigureSpec, AnyTableRow, FigureData, Params, RowNames } from '../figures/spec.ts';
import { AfterPause } from './after-pause.ts';
import { ProseSight } from './prose-sight.ts';
import { updateCases } from './prose/live-prose.ts';

/** How long after the reader's last input the prose out of sight catches up (a screen reader or a search finds it). */
export const FAR_PROSE_DELAY_MS = 150;

/** Which of the page's prose an update reaches: all of it, or what the reader can see (the rest when they pause). */
export type ProseReach = 'everywhere' | 'in sight';

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
  /** Which of this figure's prose the reader can see (prose-sight.ts). */
  readonly #sight: ProseSight;
  /** The state the prose out of sight has yet to show, after an update that reached only what was in sight. */
  #owed: { params: Params; rows: readonly AnyTableRow[] } | undefined;
  readonly #pause = new AfterPause(FAR_PROSE_DELAY_MS);

  constructor(spec: AnyFigureSpec, data: FigureData) {
    this.#spec = spec;
    this.#data = data;
    this.#sight = new ProseSight(this.elements(), () => this.#payOwed());
  }

  /** The page's elements that show this figure's values: prose numbers and whole-sentence cases. */
  elements(): Element[] {
    const id = this.#spec.id;
    return [...document.querySelectorAll(`[data-figure-value^="${id}:"], [data-figure-case^="${id}:"]`)];
  }

  /**
   * Numbers, sentences, claims and Believe boxes that this figure computes, at these parameters. `reach` 'in sight'
   * (the reader's own input): the numbers and sentences out of sight wait until the reader pauses or scrolls them
   * near, so that a drag pays for none of them (prose-sight.ts).
   */
  update(params: Params, rows: readonly AnyTableRow[], reach: ProseReach = 'everywhere'): void {
    this.#write(params, rows, reach);
    this.checkOnPause(params);
  }

  /** Writes the numbers and sentences `reach` covers; what it leaves out is owed until the reader pauses. */
  #write(params: Params, rows: readonly AnyTableRow[], reach: ProseReach): void {
    const spec = this.#spec;
    let skipped = false;
    const inSight = (element: Element): boolean => {
      if (reach === 'everywhere' || this.#sight.near(element)) return true;
      skipped = true;
      return false;
    };
    // Whole-sentence prose (<FigureCases>) first: the <When> that holds at this state is shown.
    updateCases(spec, params, rows, document, inSight);
    for (const [name, value] of Object.entries(spec.values)) {
      let spans = this.#valueSpans.get(name);
      if (!spans) {
        spans = [...document.querySelectorAll(`[data-figure-value="${spec.id}:${name}"]`)];
        this.#valueSpans.set(name, spans);
      }
      const due = spans.filter(inSight);
      if (due.length === 0) continue; // a value no sentence shows (on this page, or in sight) is not computed
      const text = value.format(value.compute(params, rows));
      for (const span of due) if (span.textContent !== text) span.textContent = text;
    }
    this.#owed = skipped ? { params: { ...params }, rows } : undefined;
    if (skipped) this.#pause.run(() => this.#payOwed());
    else this.#pause.cancel();
  }

  /** Brings the prose out of sight to the state it owes, if any (the reader paused, or some of it came near). */
  #payOwed(): void {
    if (this.#owed) this.#write(this.#owed.params, this.#owed.rows, 'everywhere');
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

/** Each figure's row names, read once from its data: the table is refilled on every redraw while it is open. */
const rowNamesOf = new WeakMap<FigureData, RowNames>();

/** Fills the figure's data table (in `host`) with `rows`, formatted as the server formats them (table-html.ts). */
export function fillTable(
  host: HTMLElement,
  spec: AnyFigureSpec,
  rows: readonly AnyTableRow[],
  data: FigureData,
): void {
  const body = host.querySelector('[data-table-body]');
  if (!body) return;
  let names = rowNamesOf.get(data);
  if (!names) rowNamesOf.set(data, (names = spec.rowNames?.(data) ?? {}));
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
