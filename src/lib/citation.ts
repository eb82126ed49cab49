/**
 * BibTeX for a figure version. A later issue moves citations to a maintained
 * library with CSL-JSON and RIS; the fields here are the ones it will need.
 */
import type { AnyFigureSpec } from '../figures/spec.ts';
import { SITE } from '../site.ts';

/** Escapes the characters BibTeX treats specially inside a braced field. */
function bibtexText(text: string): string {
  return text.replace(/[\\{}]/g, (c) => `\\${c}`).replace(/[&%$#_]/g, (c) => `\\${c}`);
}

export function figureBibtex(spec: AnyFigureSpec, url: string): string {
  const year = spec.date.slice(0, 4);
  const key = `openclosed-${spec.id}-v${spec.version}`.replace(/[^A-Za-z0-9-]/g, '');
  return [
    `@misc{${key},`,
    `  title = {${bibtexText(spec.title)} (figure ${bibtexText(spec.id)}, version ${spec.version})},`,
    `  author = {{${bibtexText(SITE.publisher)}}},`,
    `  year = {${year}},`,
    `  date = {${spec.date}},`,
    `  howpublished = {\\url{${url}}},`,
    `  note = {Interactive figure, version ${spec.version}}`,
    `}`,
  ].join('\n');
}
