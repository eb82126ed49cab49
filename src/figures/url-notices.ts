/**
 * The page's notices about a link, each said once: figures that share a key (`g_h` is read by four figures on the
 * meek essay) each clamp it and each report the same sentence, which the reader should meet once, with the figures
 * it applied to. A sentence the page itself says (a limit on the whole query) is said once, naming no figure.
 *
 * @example
 * pageNoticeLines([], [
 *   { figure: 'Figure 1', notices: ['“g_h” = 999 is above the maximum; using 3.'] },
 *   { figure: 'Figure 2', notices: ['“g_h” = 999 is above the maximum; using 3.'] },
 * ]) // ['Figures 1 and 2: “g_h” = 999 is above the maximum; using 3.']
 */

/** What one figure said about the link: its label as the page shows it ("Figure 2"), and its notices. */
export interface FigureNotices {
  readonly figure: string;
  readonly notices: readonly string[];
}

/** "a", "a and b", "a, b and c". */
function listed(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? '');
}

/**
 * The figures a sentence applied to, as a reader names them: "Figures 1, 2, 4 and 5" when each is numbered,
 * otherwise their labels listed.
 *
 * @example figureNames(['Figure 1', 'Figure 4']) // 'Figures 1 and 4'
 */
export function figureNames(labels: readonly string[]): string {
  const numbers = labels.map((label) => /^Figure (\S+)$/.exec(label)?.[1]);
  if (labels.length > 1 && numbers.every((n) => n !== undefined)) return `Figures ${listed(numbers as string[])}`;
  return listed(labels);
}

/**
 * The page's lines, each sentence once: the page's own first, then each figure's in page order. A figure's
 * sentence names the figures that said it, unless the page has a single figure (nothing to tell apart), or the
 * sentence is one the page says itself (it applies to the whole link), or no figure has a label.
 */
export function pageNoticeLines(
  pageNotices: readonly string[],
  figures: readonly FigureNotices[],
  figuresOnPage = figures.length,
): string[] {
  const own = new Set(pageNotices);
  const saidBy = new Map<string, string[]>();
  for (const { figure, notices } of figures) {
    for (const notice of new Set(notices)) {
      if (own.has(notice)) continue;
      const labels = saidBy.get(notice) ?? [];
      if (figure) labels.push(figure);
      saidBy.set(notice, labels);
    }
  }
  const lines = [...own];
  for (const [notice, labels] of saidBy) {
    lines.push(figuresOnPage > 1 && labels.length > 0 ? `${figureNames(labels)}: ${notice}` : notice);
  }
  return lines;
}
