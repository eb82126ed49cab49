/** The citation of a figure version (build time), shared by its page and cite.* files. */
import type { AnyFigureSpec } from '../figures/spec.ts';
import { SITE } from '../site.ts';
import { figurePath } from '../figures/paths.ts';
import { figureCsl, formatCitation, type CslItem, type FormattedCitation } from './formats.ts';

export function figureVersionCsl(spec: AnyFigureSpec): CslItem {
  const url = new URL(figurePath(spec), SITE.url).href;
  return figureCsl({ id: spec.id, version: spec.version, title: spec.title, date: spec.date, url });
}

const cache = new Map<string, FormattedCitation>();

export function figureVersionCitation(spec: AnyFigureSpec): FormattedCitation {
  const key = `${spec.id}/v${spec.version}`;
  let citation = cache.get(key);
  if (!citation) {
    citation = formatCitation(figureVersionCsl(spec));
    cache.set(key, citation);
  }
  return citation;
}
