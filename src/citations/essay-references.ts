/**
 * In-text citations and reference lists for essays, formatted at build time
 * by citation-js (citeproc, APA) from the one bibliography,
 * src/bibliography/references.json. Never shipped to the browser: the essay
 * page receives plain HTML.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { CSL_REFERENCES, type CslReference } from '../model/bibliography.ts';
import { SITE } from '../site.ts';
import { apaEtAl } from './et-al.ts';

/** One work cited in a cluster: `see @key, p. 4` → prefix "see", key, locator "4", label "page". */
export interface CitedWork {
  readonly key: string;
  readonly prefix?: string;
  readonly locator?: string;
  readonly label?: string;
  /** Text after the key that is not a recognised locator. */
  readonly suffix?: string;
}

const STYLE = { template: 'apa', lang: 'en-US' } as const;

/** CSL locator labels for the abbreviations authors type after the key. */
const LOCATOR_LABELS: Readonly<Record<string, string>> = {
  'p.': 'page',
  'pp.': 'page',
  page: 'page',
  pages: 'page',
  'ch.': 'chapter',
  chapter: 'chapter',
  'sec.': 'section',
  section: 'section',
  '§': 'section',
  '§§': 'section',
  'fig.': 'figure',
  figure: 'figure',
  'tbl.': 'table',
  table: 'table',
  'eq.': 'equation',
  equation: 'equation',
  'para.': 'paragraph',
  'app.': 'appendix',
  appendix: 'appendix',
};

/** Splits "p. 4" into a CSL locator; anything else stays a suffix. */
export function parseLocator(text: string): Pick<CitedWork, 'locator' | 'label' | 'suffix'> {
  const trimmed = text.trim();
  if (!trimmed) return {};
  const match = /^(\S+)\s*(.+)$/.exec(trimmed);
  const label = match ? LOCATOR_LABELS[match[1]!.toLowerCase()] : undefined;
  if (match && label) return { label, locator: match[2]!.trim() };
  return { suffix: trimmed };
}

/** A reference's URL made absolute (the bibliography holds the site's own pages as paths). */
function absolute(item: CslReference): CslReference {
  return item.URL.startsWith('/') ? { ...item, URL: new URL(item.URL, SITE.url).href } : item;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** Turns the bare URLs and DOIs citeproc prints into links. */
function linkUrls(html: string): string {
  return html.replace(/https?:\/\/[^\s<]+[^\s<.,;)]/g, (url) => `<a href="${url}">${url}</a>`);
}

/** The citations of one essay: labels that disambiguate across the essay, and its reference list. */
export class EssayBibliography {
  private readonly cite: Cite;
  private readonly keys: readonly string[];

  /** `keys`: every key the essay cites (each known to the bibliography). */
  constructor(keys: Iterable<string>) {
    this.keys = [...new Set(keys)];
    const items = this.keys.map((key) => CSL_REFERENCES.find((r) => r.id === key)).filter((r) => r !== undefined);
    this.cite = new Cite(items.map(absolute));
  }

  /** "Gundlach et al., 2025, p. 4" (no parentheses), disambiguated against the essay's other works. */
  label(work: CitedWork): string {
    const others = this.keys.filter((k) => k !== work.key);
    const text = this.cite.format('citation', {
      ...STYLE,
      format: 'text',
      entry: [{ id: work.key, ...(work.locator ? { locator: work.locator, label: work.label ?? 'page' } : {}) }],
      citationsPre: others,
    });
    const inner = apaEtAl(text.trim()).replace(/^\((.*)\)$/s, '$1');
    return [work.prefix, inner].filter(Boolean).join(' ') + (work.suffix ? `, ${work.suffix}` : '');
  }

  /** One work's reference as plain text, for the hover preview. */
  previewText(key: string): string {
    return apaEtAl(this.cite.format('bibliography', { ...STYLE, format: 'text', entry: key }).trim());
  }

  /** Every cited work as `{ key, html }`, in the style's order, with URLs and DOIs linked. */
  entries(): { key: string; html: string }[] {
    if (this.keys.length === 0) return [];
    const html = this.cite.format('bibliography', { ...STYLE, format: 'html' });
    return [...html.matchAll(/<div data-csl-entry-id="([^"]+)" class="csl-entry">([\s\S]*?)<\/div>/g)].map((m) => ({
      key: m[1]!,
      html: linkUrls(apaEtAl(m[2]!.trim())),
    }));
  }
}
