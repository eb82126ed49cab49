/**
 * The search page's interface over Pagefind's JavaScript API: reads ?q=,
 * searches as the reader types (debounced), lists results with title, kind and
 * excerpt, and keeps the query in the URL so a search can be shared. Keyboard:
 * ArrowDown from the box moves into the results, ArrowUp/ArrowDown move between
 * them, Escape returns to the box. Results are built from text nodes only.
 */
import { excerptParts } from './excerpt.ts';
import { quote } from '../figures/link-text.ts';
import { linkTextNodes } from '../components/link-text-nodes.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResponse {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string): Promise<PagefindResponse | null>;
}

const PAGE_SIZE = 10;
/**
 * Longest search read, in characters. Pagefind's time grows with the words searched: 10,000 characters took 2.5 s
 * and 100,000 took 19 s, with the query echoed whole into the page and its URL. No honest search is longer.
 */
const MAX_SEARCH_LENGTH = 200;
const INDEX_URL = '/pagefind/pagefind.js';

const form = document.querySelector<HTMLFormElement>('[data-search-page] form[role="search"]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const status = document.querySelector<HTMLElement>('[data-search-status]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const more = document.querySelector<HTMLButtonElement>('[data-search-more]');

let api: Promise<PagefindApi> | undefined;
function loadPagefind(): Promise<PagefindApi> {
  api ??= (import(/* @vite-ignore */ INDEX_URL) as Promise<PagefindApi>).then(async (pagefind) => {
    await pagefind.options({ excerptLength: 28 });
    return pagefind;
  });
  return api;
}

function resultItem(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('p');
  heading.className = 'search-result-title';
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  if (data.meta.kind) {
    const kind = document.createElement('span');
    kind.className = 'search-kind';
    kind.textContent = data.meta.kind;
    heading.append(' ', kind);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'search-excerpt';
  // An excerpt is a window on the page's text, so it usually starts and ends mid-sentence.
  excerpt.append('… ');
  for (const part of excerptParts(data.excerpt)) {
    if (!part.marked) excerpt.append(part.text);
    else {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      excerpt.append(mark);
    }
  }
  excerpt.append(' …');
  item.append(heading, excerpt);
  return item;
}

let generation = 0;
let pending: PagefindResponse['results'] = [];

async function showMore(): Promise<void> {
  if (!list || !more) return;
  const mine = generation;
  const page = pending.slice(0, PAGE_SIZE);
  pending = pending.slice(PAGE_SIZE);
  const data = await Promise.all(page.map((result) => result.data()));
  if (mine !== generation) return;
  list.append(...data.map(resultItem));
  more.hidden = pending.length === 0;
}

async function run(term: string): Promise<void> {
  if (!status || !list || !more) return;
  const mine = ++generation;
  const whole = [...term.trim()];
  const query = whole.slice(0, MAX_SEARCH_LENGTH).join('').trim();
  const cut = whole.length > MAX_SEARCH_LENGTH ? ` Only its first ${MAX_SEARCH_LENGTH} characters were searched.` : '';
  const url = new URL(location.href);
  if (query) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  history.replaceState(null, '', url);
  if (!query) {
    list.replaceChildren();
    more.hidden = true;
    status.textContent = 'Type a word or phrase to search every essay, figure and dataset.';
    return;
  }
  status.textContent = 'Searching…';
  let response: PagefindResponse | null;
  try {
    response = await (await loadPagefind()).search(query);
  } catch {
    if (mine === generation) status.textContent = 'Search could not load. Browse the essays and figures below.';
    return;
  }
  if (mine !== generation || !response) return;
  pending = response.results;
  list.replaceChildren();
  const count = pending.length;
  await showMore();
  if (mine !== generation) return;
  // The search is the reader's words, or a link's: quoted in its own box (link-text.ts), shown printable and cut as a
  // link's text is, so a quote mark in it cannot end the sentence's quote and go on as the site's words.
  const quoted = `your search ${quote(query)}`;
  status.replaceChildren(
    ...linkTextNodes(
      count === 0
        ? `Nothing found for ${quoted}. Try fewer or other words.${cut}`
        : `${count === 1 ? 'One result' : `${count} results`} for ${quoted}.${cut}`,
    ),
  );
}

function resultLinks(): HTMLAnchorElement[] {
  return [...(list?.querySelectorAll<HTMLAnchorElement>('.search-result-title a') ?? [])];
}

if (form && input && list && more) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const query = new URLSearchParams(location.search).get('q') ?? '';
  input.value = query;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run(input.value);
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), 200);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && resultLinks().length > 0) {
      event.preventDefault();
      resultLinks()[0]!.focus();
    }
  });
  list.addEventListener('keydown', (event) => {
    const links = resultLinks();
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    if (event.key === 'ArrowDown' && at < links.length - 1) links[at + 1]!.focus();
    else if (event.key === 'ArrowUp') (at > 0 ? links[at - 1]! : input).focus();
    else if (event.key === 'Escape') input.focus();
    else return;
    event.preventDefault();
  });
  more.addEventListener('click', () => void showMore());
  document.documentElement.dataset.searchReady = '';
  void run(query);
  if (!query) input.focus();
}
