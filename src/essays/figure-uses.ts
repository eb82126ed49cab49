/**
 * Where an essay embeds its figures: each `<Figure id="…" label="…">` in MDX
 * source, with the version it pins (none: the latest) and the label that is
 * its anchor on the essay page. A figure's permalink lists these as "Used in",
 * so a reader who arrives from a citation can find the argument around it.
 */

export interface FigureUse {
  /** The figure's id. */
  readonly id: string;
  /** The cross-reference label, which the essay page uses as the figure's anchor (`#fig-gap`). */
  readonly label: string | undefined;
  /** The version the essay pins with `version={N}`; undefined when it shows the latest. */
  readonly version: number | undefined;
}

const FIGURE_TAG = /<Figure\b([^>]*?)\/?>/g;

function attribute(attributes: string, name: string): string | undefined {
  const quoted = new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`).exec(attributes);
  if (quoted) return quoted[1];
  return new RegExp(`\\b${name}\\s*=\\s*\\{\\s*([^}\\s]+)\\s*\\}`).exec(attributes)?.[1];
}

/**
 * Every figure an essay embeds, in order.
 *
 * @example figureUses('<Figure id="meek-loss-gap" label="fig-gap" />') // [{ id: 'meek-loss-gap', label: 'fig-gap', version: undefined }]
 */
export function figureUses(body: string): FigureUse[] {
  const uses: FigureUse[] = [];
  for (const match of body.matchAll(FIGURE_TAG)) {
    const attributes = match[1] ?? '';
    const id = attribute(attributes, 'id');
    if (!id) continue;
    const version = attribute(attributes, 'version');
    uses.push({
      id,
      label: attribute(attributes, 'label'),
      version: version === undefined ? undefined : Number(version),
    });
  }
  return uses;
}
