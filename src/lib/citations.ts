/**
 * Citations for figures, figure views, datasets and essays, formatted by
 * citation-js (BibTeX, RIS, CSL-JSON, APA) from one CSL-JSON record each.
 * The same module runs at build time and, loaded on demand, in the browser
 * for "cite this view".
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { SITE } from '../site.ts';

// BibTeX keys are our stable ids (e.g. openclosed-meek-loss-gap-v1), not citation-js's author-year guess.
(plugins.config.get('@bibtex') as { format: { useIdAsLabel: boolean } }).format.useIdAsLabel = true;

/** A CSL-JSON item (the subset we write). */
export interface CslItem {
  id: string;
  type: 'figure' | 'dataset' | 'article';
  title: string;
  author: { literal: string }[];
  issued: { 'date-parts': [[number, number, number]] };
  URL: string;
  publisher: string;
  version?: string;
  medium?: string;
  note?: string;
  'container-title'?: string;
  accessed?: { 'date-parts': [[number, number, number]] };
}

export interface FormattedCitation {
  readonly bibtex: string;
  readonly ris: string;
  /** CSL-JSON array, pretty-printed. */
  readonly cslJson: string;
  /** APA 7 reference as plain text. */
  readonly apa: string;
}

function dateParts(isoDate: string): [[number, number, number]] {
  const [year, month, day] = isoDate.split('-').map(Number);
  return [[year ?? 0, month ?? 1, day ?? 1]];
}

const publisher = [{ literal: SITE.publisher }];

/** A figure version, or one reader's view of it when `view` lists the changed parameters. */
export function figureCsl(options: {
  id: string;
  version: number;
  title: string;
  date: string;
  url: string;
  /** Parameter settings of a cited view, e.g. "g_i = 4, alpha = 0.16". */
  view?: string;
  /** ISO date the view was cited (views are cited as accessed on a date). */
  accessed?: string;
}): CslItem {
  return {
    id: `openclosed-${options.id}-v${options.version}${options.view ? '-view' : ''}`,
    type: 'figure',
    title: options.title,
    author: publisher,
    issued: { 'date-parts': dateParts(options.date) },
    URL: options.url,
    publisher: SITE.publisher,
    version: String(options.version),
    medium: 'Interactive figure',
    ...(options.view ? { note: `View with ${options.view}` } : {}),
    ...(options.accessed ? { accessed: { 'date-parts': dateParts(options.accessed) } } : {}),
  };
}

/** A dataset version. */
export function datasetCsl(options: {
  name: string;
  version: number;
  title: string;
  date: string;
  url: string;
  authors?: string[];
}): CslItem {
  return {
    id: `openclosed-data-${options.name}-v${options.version}`,
    type: 'dataset',
    title: options.title,
    author: (options.authors ?? [SITE.publisher]).map((literal) => ({ literal })),
    issued: { 'date-parts': dateParts(options.date) },
    URL: options.url,
    publisher: SITE.publisher,
    version: String(options.version),
  };
}

/** An essay. */
export function essayCsl(options: {
  slug: string;
  title: string;
  authors: string[];
  date: string;
  url: string;
}): CslItem {
  return {
    id: `openclosed-${options.slug}`,
    type: 'article',
    title: options.title,
    author: options.authors.map((literal) => ({ literal })),
    issued: { 'date-parts': dateParts(options.date) },
    URL: options.url,
    publisher: SITE.publisher,
    'container-title': SITE.title,
  };
}

export function formatCitation(item: CslItem): FormattedCitation {
  const cite = new Cite(item);
  return {
    bibtex: cite.format('bibtex').trim(),
    ris: cite.format('ris').trim(),
    cslJson: JSON.stringify([item], null, 2),
    apa: cite.format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }).trim(),
  };
}

/** Google Scholar meta tags (name → content) for a citable page. */
export function scholarMetaTags(item: CslItem): [string, string][] {
  const [[year, month, day]] = item.issued['date-parts'];
  const date = `${year}/${String(month).padStart(2, '0')}/${String(day).padStart(2, '0')}`;
  return [
    ['citation_title', item.title],
    ...item.author.map((author): [string, string] => ['citation_author', author.literal]),
    ['citation_publication_date', date],
    ['citation_online_date', date],
    ['citation_publisher', item.publisher],
    ['citation_public_url', item.URL],
    ...(item['container-title'] ? [['citation_journal_title', item['container-title']] as [string, string]] : []),
  ];
}
