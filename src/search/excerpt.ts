/**
 * Pagefind's excerpts are HTML: the page's text with `<` and `>` escaped and
 * the matched words wrapped in <mark>. The search page builds result nodes
 * from text, never from HTML, so this splits an excerpt into plain runs and
 * marked runs. Pure, for the browser and the tests.
 */

export interface ExcerptPart {
  readonly text: string;
  readonly marked: boolean;
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'" };
const decode = (text: string) => text.replace(/&(?:lt|gt|amp|quot|#39);/g, (e) => ENTITIES[e] ?? e);

export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const pattern = /<mark>(.*?)<\/mark>/gs;
  let last = 0;
  for (const match of excerpt.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: decode(excerpt.slice(last, match.index)), marked: false });
    parts.push({ text: decode(match[1] ?? ''), marked: true });
    last = match.index + match[0].length;
  }
  if (last < excerpt.length) parts.push({ text: decode(excerpt.slice(last)), marked: false });
  // Any other tag is not Pagefind's: show it as the text it was, never as markup.
  return parts.filter((part) => part.text !== '');
}
