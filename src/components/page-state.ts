/**
 * The page's shared parameters: one flat set of keys per page. When the
 * reader moves `g_i` in one figure, every figure (and prose number) on the
 * page that has a `g_i` follows. Islands publish changes as a "figure-params"
 * event on document and apply the events of others; the eager loader
 * (live-figure.ts) hears the same event and wakes figures not yet loaded,
 * which then start from `moved()`.
 *
 *   document.addEventListener('figure-params', (e) => e.detail.values) // { g_i: 4 }
 */
export interface FigureParamsDetail {
  /** The host element of the figure the reader moved. */
  readonly source: Element;
  readonly values: Readonly<Record<string, number>>;
}

const movedValues: Record<string, number> = {};

/** Values the reader has set on this page so far, by key. */
export function moved(): Readonly<Record<string, number>> {
  return movedValues;
}

/** Tells every figure on the page that these parameters changed. */
export function publish(source: Element, values: Readonly<Record<string, number>>): void {
  Object.assign(movedValues, values);
  document.dispatchEvent(new CustomEvent<FigureParamsDetail>('figure-params', { detail: { source, values } }));
}

/** Calls `listener` for changes published by other figures. */
export function subscribe(self: Element, listener: (values: Readonly<Record<string, number>>) => void): void {
  document.addEventListener('figure-params', (event) => {
    const detail = (event as CustomEvent<FigureParamsDetail>).detail;
    if (detail.source !== self) listener(detail.values);
  });
}
