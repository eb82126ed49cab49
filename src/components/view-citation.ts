/**
 * "Cite this view": the citation of one reader state of a figure version,
 * formatted in the browser by the same code that formats citations at build
 * time. Loaded only when a reader asks for it (citation-js is large).
 */
import type { AnyFigureSpec, Params } from '../figures/spec.ts';
import { writeUrlState } from '../figures/url-state.ts';
import { figurePath } from '../figures/paths.ts';
import { figureCsl, formatCitation, type FormattedCitation } from '../citations/formats.ts';
import { SITE } from '../site.ts';

export interface ViewCitation extends FormattedCitation {
  /** The permanent address of this view: the version's permalink with the state in its query. */
  readonly url: string;
}

export function citeView(spec: AnyFigureSpec, params: Params, today: string): ViewCitation {
  const query = writeUrlState(spec, params);
  const url = new URL(`${figurePath(spec)}${query ? `?${query}` : ''}`, SITE.url).href;
  const view = [...new URLSearchParams(query)].map(([key, value]) => `${key} = ${value}`).join(', ');
  const item = figureCsl({
    id: spec.id,
    version: spec.version,
    title: spec.title,
    date: spec.date,
    url,
    ...(view ? { view, accessed: today } : {}),
  });
  return { url, ...formatCitation(item) };
}
