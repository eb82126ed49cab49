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
import { apaEtAl, bibtexEtAl, risEtAl } from './et-al.ts';

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

/** An essay version: cited like a figure version, with its version number, date and change note. */
export function essayCsl(options: {
  slug: string;
  title: string;
  authors: string[];
  /** Date of this version (the first publication date for version 1). */
  date: string;
  url: string;
  version?: number;
  /** What changed in this version. */
  changes?: string;
}): CslItem {
  return {
    id: `openclosed-${options.slug}${options.version && options.version > 1 ? `-v${options.version}` : ''}`,
    type: 'article',
    title: options.title,
    author: options.authors.map((literal) => ({ literal })),
    issued: { 'date-parts': dateParts(options.date) },
    URL: options.url,
    publisher: SITE.publisher,
    'container-title': SITE.title,
    ...(options.version ? { version: String(options.version) } : {}),
    ...(options.changes ? { note: `Version ${options.version ?? 1}: ${options.changes}` } : {}),
  };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Escapes LaTeX's special characters where they are not escaped already. */
function escapeLatex(text: string): string {
  return text.replace(/(?<!\\)([&%$#_])/g, '\\$1');
}

/**
 * Makes citation-js's BibTeX compile: it leaves organisation names unescaped
 * (`author = {{Open & Closed}}` breaks LaTeX) and writes `month = {nov 22}`.
 * Months become the standard macros (`month = nov`), the day and full date
 * go to `day` and `date` (biblatex), and the version is kept. A literal "et al."
 * author becomes BibTeX's "and others".
 */
export function repairBibtex(bibtex: string, item: CslItem): string {
  const [[year, month, day]] = item.issued['date-parts'];
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const lines = bibtex.split('\n').flatMap((line) => {
    const field = /^\t(\w+) = \{(.*)\},$/.exec(line);
    if (!field) return [line];
    const [, name, value] = field;
    if (name === 'author' || name === 'editor') return [`\t${name} = {${bibtexEtAl(escapeLatex(value!))}},`];
    if (name === 'month') return [`\tmonth = ${MONTHS[month - 1]},`, `\tday = {${day}},`, `\tdate = {${iso}},`];
    return [line];
  });
  if (item.version && !lines.some((l) => l.startsWith('\tversion = '))) {
    lines.splice(lines.length - 1, 0, `\tversion = {${item.version}},`);
  }
  if (item.note && !lines.some((l) => l.startsWith('\tnote = '))) {
    lines.splice(lines.length - 1, 0, `\tnote = {${escapeLatex(item.note)}},`);
  }
  return lines.join('\n');
}

export function formatCitation(item: CslItem): FormattedCitation {
  const cite = new Cite(item);
  return {
    bibtex: repairBibtex(cite.format('bibtex').trim(), item),
    ris: risEtAl(cite.format('ris').trim()),
    cslJson: JSON.stringify([item], null, 2),
    apa: apaEtAl(cite.format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }).trim()),
  };
}

/** Google Scholar meta tags (name → content) for a citable page. */
export function scholarMetaTags(item: CslItem): [string, string][] {
  const [[year, month, day]] = item.issued['date-parts'];
  const date = `${year}/${String(month).padStart(2, '0')}/${String(day).padStart(2, '0')}`;
  return [
    ['citation_title', item.title],
    ...item.author
      .filter((author) => author.literal !== 'et al.')
      .map((author): [string, string] => ['citation_author', author.literal]),
    ['citation_publication_date', date],
    ['citation_online_date', date],
    ['citation_publisher', item.publisher],
    ['citation_public_url', item.URL],
    ...(item['container-title'] ? [['citation_journal_title', item['container-title']] as [string, string]] : []),
  ];
}
