/**
 * A dot's name stands by its dot (issue 19: on a phone over-training v5 set the chosen model's name 76 px from its
 * dot, with no line to it, where it read as nothing's or a neighbour's). A text in a series' colour with a dot of
 * that colour on show must stand within DOT_NAME_PX of such a dot, or be joined to it by a leader line
 * (LabelLayout's, layout/leader.ts), or stand within DOT_NAME_PX of a line of its colour (a line's name, or a
 * dot's name beside the line through its dot). Farther than LEGEND_PX from every mark of its colour, a text is a key or a title, not a name;
 * and in a scatter of more than SCATTER dots of one colour a text in that colour names the kind, not one dot
 * (open-closed-compute's "Open record" in its corner, among hundreds of open models' dots). The rule cannot tell
 * those from names by geometry alone, and leaves them out. Pure: it reads the `near` of
 * each text (read-drawing.ts), so the rule is tested without a browser (dot-names.test.ts). Left out, as the other
 * rules leave them: axis text, text in the theme's ink or muted ink (notes), faint text, and a key's entries,
 * which start with the key's glyph ("● NVIDIA") and stand in a corner on purpose.
 *
 * @example
 * dotNamesAway(drawing) // ['text "400B on 1×10¹⁵" stands 52 px from the nearest dot of its colour, with no leader']
 */
import { quote } from './quote.ts';
import type { Drawing } from './read-drawing.ts';
import { sameColour } from './same-colour.ts';

/**
 * The farthest a dot's name may stand from its dot with no leader, in pixels: two text lines. LabelLayout keeps a
 * name within 6 to 10 px of its dot (DOT_REACH), and device-frontier's projected machine within 32 of its own
 * (on a phone the diagonal and the frontier's rule leave no room nearer), which reads as its name; at 50 px
 * over-training's did not.
 */
export const DOT_NAME_PX = 32;
/** Farther than this from every mark of its colour, a text is a key or a title (module doc): about eight lines. */
export const LEGEND_PX = 100;
/** More dots of one colour than this are a scatter: a text in its colour names the kind (module doc). */
export const SCATTER = 12;
/** Text this faint is a tint, not a name (as in problems.ts). */
const TINT_OPACITY = 0.5;
/** A key's glyph: an entry of a key names a colour, not a dot. */
const KEY_GLYPH = /^[●○■□◆◇]/;

/** Each dot's name that stands farther than DOT_NAME_PX from every dot of its colour, with no leader, once. */
export function dotNamesAway(drawing: Pick<Drawing, 'texts' | 'neutralColours'>): string[] {
  const neutral = drawing.neutralColours ?? [];
  const found = new Set<string>();
  for (const text of drawing.texts) {
    const near = text.near;
    if (!near || near.dot === undefined || text.axis || text.opacity < TINT_OPACITY) continue;
    if (KEY_GLYPH.test(text.text.trim()) || neutral.some((colour) => sameColour(colour, text.fill))) continue;
    if (near.dots > SCATTER || (near.line !== undefined && near.line <= DOT_NAME_PX)) continue;
    if (near.dot <= DOT_NAME_PX || near.dot > LEGEND_PX || near.leader) continue;
    found.add(
      `text ${quote(text.text)} stands ${Math.round(near.dot)} px from the nearest dot of its colour, with no leader`,
    );
  }
  return [...found];
}
