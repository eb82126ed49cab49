/**
 * Every named dot keeps a name of its own, next to a mark of its own colour (session 8: on a phone in device-fit v3
 * the AMD machine's red dot lay over the DGX Spark's green one, "DGX Spark" stood beside the red dot and the AMD
 * machine was named nowhere; at 16 bits the RTX 4090's and 3090's names went with nothing said). names-kept.ts
 * follows a series by its colour, which one name of a colour satisfies; these rules follow single dots:
 *  - dotsHidden: a dot that dots of another colour drawn after it cover (half its area or more) is not on show to
 *    a reader, who sees their colour in its place. Coinciding points must be drawn so both show. Dots in the
 *    theme's ink or muted ink are left out: they name nothing.
 *  - namesBesideOthers: a name in a dot colour whose nearest dot on show is another colour's, nearer than every dot
 *    of its own colour, reads as that dot's name.
 *  - dotNamesIn / dotNamesLost: a dot (its place in drawing order, `id`: the same data point while a figure draws
 *    the same rows) named in one state must be named in every other state where it is on show, unless that
 *    drawing says names are left out (a note in the theme's ink that says "not named", or an off-axis note).
 * A text names the dot of its colour nearest it, within DOT_NAME_PX (dot-names.ts), or the dot its leader ends at;
 * within DOT_NAME_PX of a line of its colour it is the line's name, as dot-names.ts reads it, and names no dot.
 * Left out as in dot-names.ts: axis text, faint text, notes in the theme's ink, a key's entries, and scatters
 * (more than SCATTER dots of one colour), whose dots are not named one by one. Pure (dots-named.test.ts).
 *
 * @example
 * dotNamesLost([{ where: '390 px, start', ...dotNamesIn(a) }, { where: '390 px, all at max', ...dotNamesIn(b) }])
 * // ['dot 3 of 9 in rgb(…) is named "RTX 4090" at 390 px, start, and has no name at 390 px, all at max']
 */
import { isOffAxisNote } from './names-kept.ts';
import { DOT_NAME_PX, SCATTER } from './dot-names.ts';
import { quote } from './quote.ts';
import type { DotMark, Drawing, TextBox } from './read-drawing.ts';
import { sameColour } from './same-colour.ts';

/** Text this faint is a tint, not a name (as in problems.ts). */
const TINT_OPACITY = 0.5;
/** A key's glyph: an entry of a key names a colour, not a dot (as in dot-names.ts). */
const KEY_GLYPH = /^[●○■□◆◇]/;
/** Gaps this close, in pixels, are a tie: a name between two dots of different colours is not put on either. */
const TIE_PX = 2;
/** A drawing's own word that it leaves names out (device-fit v4's note, should a name find no place). */
const NOT_NAMED = /\bnot named\b/i;

type Reading = Pick<Drawing, 'texts' | 'neutralColours' | 'dots'>;

const gapTo = (dot: { x: number; y: number; r?: number }, t: TextBox) =>
  Math.max(
    0,
    Math.hypot(Math.max(t.left - dot.x, 0, dot.x - t.right), Math.max(t.top - dot.y, 0, dot.y - t.bottom)) -
      (dot.r ?? 0),
  );

/** Dots of colours that are no scatter: the ones named one by one. */
function namedKind(dots: readonly DotMark[]): DotMark[] {
  return dots.filter((d) => dots.filter((o) => sameColour(o.colour, d.colour)).length <= SCATTER);
}

/** Texts that may name a dot: in a colour, not faint, not an axis's, not a note, not a key's entry. */
function nameTexts(drawing: Reading): TextBox[] {
  const neutral = drawing.neutralColours ?? [];
  return drawing.texts.filter(
    (t) =>
      !t.axis &&
      t.opacity >= TINT_OPACITY &&
      t.text.trim() !== '' &&
      !KEY_GLYPH.test(t.text.trim()) &&
      !neutral.some((colour) => sameColour(colour, t.fill)),
  );
}

/** Each dot of another colour's dots that covers it, once. */
export function dotsHidden(drawing: Reading): string[] {
  const neutral = drawing.neutralColours ?? [];
  const hidden = namedKind(drawing.dots ?? []).filter(
    (d) => d.hidden && !neutral.some((colour) => sameColour(colour, d.colour)),
  );
  return [...new Set(hidden.map((d) => `a dot in ${d.colour} is hidden under a dot of another colour`))];
}

/** The dot a text names: the leader's, or the nearest on show of its colour within DOT_NAME_PX. */
function namedDot(text: TextBox, dots: readonly DotMark[]): DotMark | undefined {
  // Within DOT_NAME_PX of a line of its colour, a text is the line's name (as in dot-names.ts).
  if (text.near?.line !== undefined && text.near.line <= DOT_NAME_PX) return undefined;
  const own = dots.filter((d) => !d.hidden && sameColour(d.colour, text.fill));
  const to = text.near?.leaderTo;
  if (to)
    return own.reduce<DotMark | undefined>(
      (a, d) => (!a || Math.hypot(d.x - to.x, d.y - to.y) < Math.hypot(a.x - to.x, a.y - to.y) ? d : a),
      undefined,
    );
  const nearest = own.reduce<DotMark | undefined>((a, d) => (!a || gapTo(d, text) < gapTo(a, text) ? d : a), undefined);
  return nearest && gapTo(nearest, text) <= DOT_NAME_PX ? nearest : undefined;
}

/** Each name that stands nearer a dot of another colour than every dot of its own, once. */
export function namesBesideOthers(drawing: Reading): string[] {
  const dots = namedKind(drawing.dots ?? []).filter((d) => !d.hidden);
  const found = new Set<string>();
  for (const text of nameTexts(drawing)) {
    if (text.near?.leaderTo || (text.near?.line !== undefined && text.near.line <= DOT_NAME_PX)) continue;
    const own = dots.filter((d) => sameColour(d.colour, text.fill));
    if (own.length === 0) continue;
    const nearestOwn = Math.min(...own.map((d) => gapTo(d, text)));
    const other = dots.filter((d) => !sameColour(d.colour, text.fill) && gapTo(d, text) <= DOT_NAME_PX);
    const nearestOther = other.reduce<DotMark | undefined>(
      (a, d) => (!a || gapTo(d, text) < gapTo(a, text) ? d : a),
      undefined,
    );
    if (!nearestOther || gapTo(nearestOther, text) + TIE_PX >= nearestOwn) continue;
    found.add(
      `text ${quote(text.text)} stands by a dot in ${nearestOther.colour}, nearer it than any dot of its colour`,
    );
  }
  return [...found];
}

/** What one state names: each dot on show (by id) with its name, if it has one, and whether names are said left out. */
export interface StateDotNames {
  /** `id` is the dot's place and how many dots the drawing has ("3 of 9"): the same data point in each state. */
  readonly dots: readonly { readonly id: string; readonly colour: string; readonly name?: string }[];
  readonly saysLeftOut: boolean;
}

export function dotNamesIn(drawing: Reading): StateDotNames {
  const dots = namedKind(drawing.dots ?? []);
  const names = new Map<number, string>();
  for (const text of nameTexts(drawing)) {
    const dot = namedDot(text, dots);
    if (dot && !names.has(dot.id)) names.set(dot.id, text.text);
  }
  const neutral = drawing.neutralColours ?? [];
  const saysLeftOut = drawing.texts.some(
    (t) =>
      !t.axis &&
      neutral.some((colour) => sameColour(colour, t.fill)) &&
      (NOT_NAMED.test(t.text) || isOffAxisNote(t.text)),
  );
  return {
    dots: dots
      .filter((d) => !d.hidden)
      .map((d) => ({ id: `${d.id + 1} of ${d.of}`, colour: d.colour, name: names.get(d.id) })),
    saysLeftOut,
  };
}

/** Each dot named in some state that another state shows without a name and without a word, once a dot. */
export function dotNamesLost(states: readonly (StateDotNames & { readonly where: string })[]): string[] {
  const found: string[] = [];
  const ids = [...new Set(states.flatMap((s) => s.dots.map((d) => d.id)))];
  for (const id of ids) {
    const namedAt = states.find((s) => s.dots.some((d) => d.id === id && d.name !== undefined));
    if (!namedAt) continue;
    const named = namedAt.dots.find((d) => d.id === id)!;
    const lost = states.filter((s) => !s.saysLeftOut && s.dots.some((d) => d.id === id && d.name === undefined));
    if (lost.length === 0) continue;
    found.push(
      `dot ${id} in ${named.colour} is named ${quote(named.name!)} at ${namedAt.where}, and has no name at ` +
        `${lost[0]!.where}` +
        (lost.length > 1 ? ` and ${lost.length - 1} more states` : ''),
    );
  }
  return found;
}
