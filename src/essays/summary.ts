/** Pure helpers that summarise an essay for lists: its lead figure and its thesis. */

/** The id of the first `<Figure id="…">` in MDX source. */
export function leadFigureId(body: string): string | undefined {
  return /<Figure\b[^>]*?\bid\s*=\s*["']([^"']+)["']/.exec(body)?.[1];
}

/** The first sentence of a description: up to the first full stop followed by a space (or the end). */
export function firstSentence(text: string): string {
  const match = /^.*?[.!?](?=\s|$)/s.exec(text.trim());
  return (match ? match[0] : text).replace(/\s+/g, ' ').trim();
}
