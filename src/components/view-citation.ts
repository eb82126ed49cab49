/**
 * "Cite this view" in the browser: fetches the version's cite-view.json
 * (built by figures/view-citation-template.ts) and fills in this view's URL,
 * settings and today's date. No citation formatter ships to the reader.
 */
import { figurePath } from '../figures/paths.ts';
import { defaultParams, type AnyFigureSpec, type Params } from '../figures/spec.ts';
import { writeUrlState } from '../figures/url-state.ts';
import type { TextFormat, ViewCitationTemplate } from '../figures/view-citation-template.ts';
import { SITE } from '../site.ts';
import { withServedOrigin } from '../site-address/served-origin.ts';
import { MONTH_NAMES } from '../data/estimates/month-names.ts';

const SERVED_SITE = { siteUrl: SITE.url, isPlaceholder: SITE.isPlaceholder };

export interface ViewCitation {
  readonly url: string;
  readonly bibtex: string;
  readonly ris: string;
  readonly apa: string;
  readonly cslJson: string;
}

/** Fills a version's templates for one view. `today` is an ISO date. Pure: tests compare it with citation-js. */
export function fillViewCitation(
  template: ViewCitationTemplate,
  spec: AnyFigureSpec,
  params: Params,
  today: string,
): ViewCitation {
  const query = writeUrlState(spec, params, '', defaultParams(spec));
  const pairs = [...new URLSearchParams(query)];
  const [y = '', mm = '', dd = ''] = today.split('-');
  const dates: Record<string, string> = {
    Y: y,
    MM: mm,
    DD: dd,
    M: String(Number(mm)),
    D: String(Number(dd)),
    Month: MONTH_NAMES[Number(mm) - 1] ?? '',
  };
  const fill = (format: TextFormat) => {
    const note =
      pairs.length > 0
        ? pairs
            .map(
              ([key, value]) =>
                template.named[format][key]?.[value] ?? `${template.keys[format][key] ?? key} = ${value}`,
            )
            .join(', ')
        : 'the default settings';
    return template.templates[format].replace(/\{\{(\w+)\}\}/g, (_, name: string) =>
      name === 'query' ? (query ? `?${query}` : '') : name === 'note' ? note : (dates[name] ?? ''),
    );
  };
  // citation-js wraps each RIS value every 70 characters (plugin-ris, ris.js); so does this.
  const ris = fill('ris')
    .split('\n')
    .map((line) => {
      const tagged = /^([A-Z][A-Z0-9] {2}- )(.*)$/.exec(line);
      return tagged ? `${tagged[1]}${tagged[2]!.replace(/(.{70})/g, '$1\n')}` : line;
    })
    .join('\n');
  const url = `${template.url}${query ? `?${query}` : ''}`;
  const note =
    pairs.length > 0
      ? pairs
          .map(([key, value]) => template.named.csl[key]?.[value] ?? `${template.symbols[key] ?? key} = ${value}`)
          .join(', ')
      : 'the default settings';
  const csl = {
    ...template.csl,
    URL: url,
    note: `View with ${note}`,
    accessed: { 'date-parts': [[Number(y), Number(mm), Number(dd)]] },
  };
  return { url, bibtex: fill('bibtex'), ris, apa: fill('apa'), cslJson: JSON.stringify([csl], null, 2) };
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

const templates = new Map<string, Promise<ViewCitationTemplate>>();

/** The version's templates, fetched once (warmed when the reader points at or focuses the button). */
export function viewCitationTemplate(spec: AnyFigureSpec): Promise<ViewCitationTemplate> {
  const url = `${figurePath(spec)}cite-view.json`;
  let template = templates.get(url);
  if (!template) {
    template = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`cite-view.json: HTTP ${response.status}`);
      // A build without SITE_URL cites the placeholder domain: the reader gets the address they are reading from
      // (before filling, so RIS wraps the served URL as citation-js would).
      return response
        .text()
        .then((text) => JSON.parse(withServedOrigin(text, SERVED_SITE, location.origin)) as ViewCitationTemplate);
    });
    template.catch(() => templates.delete(url));
    templates.set(url, template);
  }
  return template;
}

/** How long "Copied" stays on the copy button before it offers to copy again. */
const COPIED_MS = 2500;

/**
 * Shows the citation of the reader's view in `panel` (inside the "Cite this view" dialog): the view's permanent
 * link, the reference as text, and one format at a time (BibTeX, RIS, CSL-JSON, APA; a single-choice group) with
 * one copy button that says when it has copied.
 */
export async function showViewCitation(panel: HTMLElement, spec: AnyFigureSpec, params: Params): Promise<void> {
  const citation = fillViewCitation(
    await viewCitationTemplate(spec),
    spec,
    params,
    new Date().toISOString().slice(0, 10),
  );
  const link = element('a', citation.url);
  link.href = citation.url;
  link.setAttribute('data-view-url', '');
  const intro = element('p', 'Permanent link to this view: ');
  intro.append(link);
  const apa = element('p', citation.apa);
  apa.setAttribute('data-view-apa', '');
  const formats: readonly (readonly [string, string])[] = [
    ['BibTeX', citation.bibtex],
    ['RIS', citation.ris],
    ['CSL-JSON', citation.cslJson],
    ['APA', citation.apa],
  ];
  const text = element('pre');
  text.tabIndex = 0;
  text.setAttribute('data-citation-text', '');
  const copy = element('button');
  copy.type = 'button';
  copy.className = 'cite-copy';
  const status = element('span');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  let chosen = formats[0]!;
  let reset = 0;
  const show = (format: readonly [string, string]) => {
    chosen = format;
    text.textContent = format[1];
    text.setAttribute('aria-label', `${format[0]} citation`);
    copy.textContent = `Copy ${format[0]}`;
    copy.setAttribute('data-copy', format[0]);
    status.textContent = '';
  };
  copy.addEventListener('click', () => {
    const [label, value] = chosen;
    const said = (message: string) => {
      copy.textContent = message;
      status.textContent = message;
      clearTimeout(reset);
      reset = window.setTimeout(() => chosen[0] === label && show(chosen), COPIED_MS);
    };
    (navigator.clipboard?.writeText(value) ?? Promise.reject(new Error('no clipboard'))).then(
      () => said(`Copied ${label}`),
      () => said('Copy failed: select the text'),
    );
  });
  const group = element('fieldset');
  group.className = 'cite-formats';
  group.append(element('legend', 'Format'));
  const name = `cite-format-${spec.id}-v${spec.version}`;
  for (const format of formats) {
    const label = element('label');
    const radio = element('input');
    radio.type = 'radio';
    radio.name = name;
    radio.value = format[0];
    radio.checked = format === chosen;
    radio.addEventListener('change', () => radio.checked && show(format));
    label.append(radio, ` ${format[0]}`);
    group.append(label);
  }
  show(chosen);
  const actions = element('p');
  actions.className = 'cite-actions';
  actions.append(copy, status);
  panel.replaceChildren(intro, apa, group, text, actions);
  panel.hidden = false;
}
