/**
 * What a link's settings did on this page, said once (page-notice.ts). Loaded by the page script only when the
 * page's link has a query (src/layouts/page-script.ts), so a page opened without one pays nothing for it.
 *
 * - A page of live figures: each figure that reads one of the link's keys loads at once (live-figure.ts), clamps or
 *   ignores what it cannot use, and reports its notices (`data-link-notices`). Once every such figure has (or failed to
 *   load), the page shows one list: a sentence several figures said (a shared key such as `g_h`) once, naming them
 *   (url-notices.ts), and keys no figure on the page reads, which no figure has to load to say. A figure reports in
 *   its `data-link-notices` attribute, so this module and the island's load in either order and share no code.
 * - A page with no live figure (the home page, /parameters/, a dataset's page): one sentence, that its link's
 *   settings were ignored. A page that reads a key of its own names it (`data-query-keys="q"` on the search page).
 * - A frozen version's page: frozen-view-notice.ts speaks for any setting in its link. The 404 page says nothing.
 * Click counters (utm_source, fbclid…) are no setting: a link with only those says nothing.
 *
 * @example /?g_i=5 → page-script.ts loads this module → "This page has no settings to change, so it ignored the link’s parameter “g_i”."
 */
import { pageNoticeLines } from '../figures/url-notices.ts';
import { boundedPairs, noSettingsNotice, unknownKeysNotice, unreadKeys } from '../figures/url-query.ts';
import { noticeList, noticeParagraph, preparePageNotice, showPageNotice } from './page-notice.ts';

const keysOf = (element: Element, attribute: string) =>
  (element.getAttribute(attribute) ?? '').split(' ').filter(Boolean);

const linkKeys = new Set(new URLSearchParams(location.search).keys());
const { pairs, notices: limits } = boundedPairs(location.search);
const hosts = [...document.querySelectorAll<HTMLElement>('live-figure')];
const known = new Set(
  [...document.querySelectorAll('live-figure[data-keys], [data-query-keys]')].flatMap((element) =>
    keysOf(element, element.hasAttribute('data-keys') ? 'data-keys' : 'data-query-keys'),
  ),
);
const unread = unreadKeys(pairs, known);
/** The figures that load for this link (live-figure.ts: those reading one of its keys), in page order. */
const readers = hosts.filter((host) => keysOf(host, 'data-keys').some((key) => linkKeys.has(key)));
const reports = new Map<HTMLElement, readonly string[]>();
let said = false;

/** A figure as the page names it: "Figure 2", else its short title, else nothing. */
function figureLabel(host: HTMLElement): string {
  const label = host.querySelector('.figure-number') ?? host.querySelector('.figure-short-title');
  return label?.textContent?.trim() ?? '';
}

/** Shows the page's list once every figure that loads for the link has reported (or failed to load). */
function sayWhenRead(): void {
  if (said || readers.some((host) => !reports.has(host))) return;
  said = true;
  const own = [...limits];
  const unknown = unknownKeysNotice(unread);
  if (unknown) own.push(unknown);
  const figures = readers.map((host) => ({ figure: figureLabel(host), notices: reports.get(host) ?? [] }));
  const lines = pageNoticeLines(own, figures, hosts.length);
  if (lines.length > 0) showPageNotice(noticeList(lines));
}

/** What the figures that have loaded said about the link (live-figure-island.ts, `data-link-notices`). */
function readReports(): void {
  for (const host of readers) {
    if (reports.has(host)) continue;
    const text = host.dataset.linkNotices;
    if (text !== undefined) reports.set(host, JSON.parse(text) as string[]);
    // A figure that fails to load (live-figure.ts marks it) reports nothing: the others' notices still show.
    else if (host.dataset.live === 'failed') reports.set(host, []);
  }
  sayWhenRead();
}

function start(): void {
  // A frozen version says it itself; on the page-not-found page (its suggestion, not-found/) the page is what is
  // wrong, not its settings.
  if (document.querySelector('[data-frozen-keys], [data-suggestion]')) return;
  if (hosts.length === 0) {
    const none = noSettingsNotice(unread);
    const lines = none ? [...limits, none] : limits;
    if (lines.length > 0) showPageNotice(lines.map((line) => noticeParagraph(line)));
    return;
  }
  if (readers.length === 0) return sayWhenRead();
  // The figures report in a moment: the live region stands empty until then, so their list is announced.
  preparePageNotice();
  const reported = new MutationObserver(readReports);
  for (const host of readers)
    reported.observe(host, { attributes: true, attributeFilter: ['data-link-notices', 'data-live'] });
  readReports();
}

start();
