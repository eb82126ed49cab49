/**
 * A figure's data table is fetched when the reader opens it (eager part of the island): the page carries only
 * the <details> with a link to the data (the CSV, or the figure's page for another view), so readers who never
 * open a table do not download it (issue 21: LCP). Once the table is in, the host hears "figure-table", and a
 * live island fills it with the rows of the reader's state. Without JavaScript the link stays.
 * @example fetchTableOnOpen(host) // <details data-table-details data-table-src="/_astro/fragments/….table.txt">
 */
export const TABLE_EVENT = 'figure-table';

export function fetchTableOnOpen(host: HTMLElement): void {
  const details = host.querySelector<HTMLDetailsElement>('details[data-table-src]');
  const slot = details?.querySelector('[data-table-slot]');
  if (!details || !slot) return;
  details.addEventListener('toggle', () => {
    if (!details.open || details.dataset.tableState) return;
    details.dataset.tableState = 'loading';
    fetch(details.dataset.tableSrc!)
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error(`HTTP ${response.status}`))))
      .then((markup) => {
        const parsed = new DOMParser().parseFromString(`<!doctype html><body>${markup}`, 'text/html');
        slot.replaceChildren(...[...parsed.body.childNodes].map((node) => document.adoptNode(node)));
        details.dataset.tableState = 'loaded';
        host.dispatchEvent(new CustomEvent(TABLE_EVENT));
      })
      .catch((error: unknown) => {
        details.dataset.tableState = 'failed';
        console.warn('Data table failed to load; its data link stays.', error);
      });
  });
}
