/**
 * "Cite this view" without shipping a citation formatter. A view's citation
 * differs from its version's only in its URL, a note naming the settings and
 * the access date, so the build formats it once with sentinel values
 * (citation-js, src/citations/formats.ts) and turns the sentinels into
 * placeholders; the browser fills them in (components/view-citation.ts).
 * Served as /figures/<id>/v<N>/cite-view.json. A test checks that filled
 * templates equal citation-js's own output for random views.
 */
import { figureCsl, formatCitation, type CslItem } from '../citations/formats.ts';
import { SITE } from '../site.ts';
import { figurePath } from './paths.ts';
import { defaultParams, type AnyFigureSpec, type ParamDefinition, type Params } from './spec.ts';
import { choiceSetting } from './claim-words.ts';
import { writeUrlState } from './url-state.ts';
import { symbolPlain } from '../notation/symbol-text.ts';

export const TEXT_FORMATS = ['bibtex', 'ris', 'apa'] as const;
export type TextFormat = (typeof TEXT_FORMATS)[number];

export interface ViewCitationTemplate {
  /** The version's permalink; a view's URL is this plus its query. */
  readonly url: string;
  /** Each format with {{query}}, {{note}}, {{Y}} {{M}} {{D}} {{MM}} {{DD}} {{Month}} placeholders. */
  readonly templates: Record<TextFormat, string>;
  /**
   * Each parameter's symbol, by key, as each format writes it inside the note (BibTeX escapes what LaTeX would
   * read as markup). A note names settings by symbol, "gₕ = 1", never by key: readers of a citation never see
   * parameter keys (issue 19: a BibTeX note read "g\\textunderscore{}h = 1").
   */
  readonly keys: Record<TextFormat, Record<string, string>>;
  /** Each parameter's symbol by key, as the CSL-JSON note writes it. */
  readonly symbols: Record<string, string>;
  /**
   * A parameter with choices at each of its values, by key and by the value as the query writes it, as the note
   * says it: "price the compute at: cloud rental rates", not "k = 1" (choiceSetting). `csl` is the CSL-JSON note's
   * text; each text format's is escaped as that format writes it.
   */
  readonly named: Record<TextFormat | 'csl', Record<string, Record<string, string>>>;
  /** The CSL-JSON item with sentinel URL, note and access date; the browser sets them. */
  readonly csl: CslItem;
}

const QUERY = '?zzqueryzz';
const NOTE = 'zznotezz';
const ACCESSED = '1901-02-03';
const DATE_FORMS: [string, string][] = [
  ['1901-02-03', '{{Y}}-{{MM}}-{{DD}}'],
  ['1901/2/3', '{{Y}}/{{M}}/{{D}}'],
  ['1901/02/03', '{{Y}}/{{MM}}/{{DD}}'],
  ['February 3, 1901', '{{Month}} {{D}}, {{Y}}'],
  ['3 February 1901', '{{D}} {{Month}} {{Y}}'],
];

/** A parameter's symbol (what the essay and the controls call it), or its key for a key the spec lacks. */
export function symbolOf(spec: AnyFigureSpec, key: string): string {
  const symbol = (spec.params as Record<string, { symbol?: string }>)[key]?.symbol;
  return symbol ? symbolPlain(symbol) : key;
}

/** Each value of each parameter with choices, by key and by the value as a query writes it: its words in a note. */
function namedSettings(spec: AnyFigureSpec): Record<string, Record<string, string>> {
  const named: Record<string, Record<string, string>> = {};
  for (const [key, def] of Object.entries<ParamDefinition>(spec.params)) {
    for (const choice of def.choices ?? []) {
      (named[key] ??= {})[String(choice.value)] = choiceSetting(def, choice.value)!;
    }
  }
  return named;
}

/**
 * The settings of a view as its note says them: "gᵢ = 4, α = 0.16", a parameter with choices by its chosen name
 * ("price the compute at: cloud rental rates"; the URL keeps the number), or the default settings when none differ.
 */
export function viewNote(spec: AnyFigureSpec, query: string): string {
  const named = namedSettings(spec);
  const pairs = [...new URLSearchParams(query)].map(
    ([key, value]) => named[key]?.[value] ?? `${symbolOf(spec, key)} = ${value}`,
  );
  return pairs.length > 0 ? pairs.join(', ') : 'the default settings';
}

/** The CSL item of one view, as citation-js would be given it (the reference the templates must match). */
export function viewCsl(spec: AnyFigureSpec, params: Params, today: string): CslItem {
  const query = writeUrlState(spec, params, '', defaultParams(spec));
  const url = new URL(`${figurePath(spec)}${query ? `?${query}` : ''}`, SITE.url).href;
  return figureCsl({
    id: spec.id,
    version: spec.version,
    title: spec.title,
    date: spec.date,
    url,
    view: viewNote(spec, query),
    accessed: today,
  });
}

function formatted(spec: AnyFigureSpec, note: string) {
  const url = `${new URL(figurePath(spec), SITE.url).href}${QUERY}`;
  const item = figureCsl({
    id: spec.id,
    version: spec.version,
    title: spec.title,
    date: spec.date,
    url,
    view: note,
    accessed: ACCESSED,
  });
  return { item, text: formatCitation(item) };
}

/** RIS as citation-js writes it wraps each value every 70 characters; the template keeps values whole. */
export const RIS_TAG_LINE = /^[A-Z][A-Z0-9] {2}-(?: |$)/;
function unwrapRis(ris: string): string {
  const lines: string[] = [];
  for (const line of ris.split('\n')) {
    if (RIS_TAG_LINE.test(line) || lines.length === 0) lines.push(line);
    else lines[lines.length - 1] += line;
  }
  return lines.join('\n');
}

export function viewCitationTemplate(spec: AnyFigureSpec): ViewCitationTemplate {
  const { item, text } = formatted(spec, NOTE);
  const templates = {} as Record<TextFormat, string>;
  for (const format of TEXT_FORMATS) {
    let template = (format === 'ris' ? unwrapRis(text.ris) : text[format])
      .split(QUERY)
      .join('{{query}}')
      .split(NOTE)
      .join('{{note}}');
    for (const [form, placeholder] of DATE_FORMS) template = template.split(form).join(placeholder);
    if (/zz(query|note)zz|1901/.test(template)) {
      throw new Error(
        `cite-view template for ${spec.id} v${spec.version} (${format}): a sentinel survived formatting; update DATE_FORMS or the escaping`,
      );
    }
    templates[format] = template;
  }
  const keys = Object.fromEntries(
    TEXT_FORMATS.map((format) => [format, {} as Record<string, string>]),
  ) as ViewCitationTemplate['keys'];
  for (const key of Object.keys(spec.params)) {
    const marked = formatted(spec, `zzkzz${symbolOf(spec, key)}zzkzz`).text;
    for (const format of TEXT_FORMATS) {
      const match = (format === 'ris' ? unwrapRis(marked.ris) : marked[format]).match(/zzkzz(.*?)zzkzz/);
      keys[format][key] = match?.[1] ?? symbolOf(spec, key);
    }
  }
  const symbols = Object.fromEntries(Object.keys(spec.params).map((key) => [key, symbolOf(spec, key)]));
  const csl = namedSettings(spec);
  const named = { csl } as ViewCitationTemplate['named'];
  for (const format of TEXT_FORMATS) named[format] = {};
  for (const [key, values] of Object.entries(csl)) {
    for (const [value, words] of Object.entries(values)) {
      const marked = formatted(spec, `zzkzz${words}zzkzz`).text;
      for (const format of TEXT_FORMATS) {
        const match = (format === 'ris' ? unwrapRis(marked.ris) : marked[format]).match(/zzkzz(.*?)zzkzz/);
        (named[format][key] ??= {})[value] = match?.[1] ?? words;
      }
    }
  }
  return { url: new URL(figurePath(spec), SITE.url).href, templates, keys, symbols, named, csl: item };
}
