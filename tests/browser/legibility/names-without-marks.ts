/**
 * Names with nothing to name (issue 19: "marks vanish"). A text in a series' colour names that series: a line's
 * name at its end, a key ("● NVIDIA"), a value beside its marker. Moved to the end of its range, a slider can push
 * every mark of a series off the axis (below a fixed floor, past the last year): the drawing still names it, in
 * its colour, and the reader looks for a line or dots that are nowhere on show. Pure: it reads a Drawing
 * (read-drawing.ts), so the rule is tested without a browser (names-without-marks.test.ts). The rule:
 *  - text in the axes' colour or the theme's ink or muted ink (tick labels, axis titles, notes, a reference
 *    line's name: "same year", "Start-up $100M") names no series;
 *  - text fainter than a tint (opacity under 0.5) is left out, as in problems.ts;
 *  - any other text needs a data mark in its colour, outline or fill, some part of which is on show.
 * A figure whose series leaves the axis says so in text of the axes' colour, or draws the marks at the edge.
 *
 * @example
 * namesWithoutMarks(drawing) // ['text "● NVIDIA" names marks in rgb(…), but none is on show']
 */
import { quote } from './quote.ts';
import type { Drawing } from './read-drawing.ts';
import { sameColour } from './same-colour.ts';

/** Text this faint is a tint, not a name (as in problems.ts). */
const TINT_OPACITY = 0.5;

/** Each text in a series' colour with no mark of that colour on show, once. */
export function namesWithoutMarks(drawing: Pick<Drawing, 'texts' | 'shownColours' | 'neutralColours'>): string[] {
  const axisColours = [...drawing.texts.filter((t) => t.axis).map((t) => t.fill), ...(drawing.neutralColours ?? [])];
  const shown = drawing.shownColours ?? [];
  const found = new Set<string>();
  for (const text of drawing.texts) {
    if (text.axis || text.opacity < TINT_OPACITY || text.text.trim() === '') continue;
    if (axisColours.some((colour) => sameColour(colour, text.fill))) continue;
    if (shown.some((colour) => sameColour(colour, text.fill))) continue;
    found.add(`text ${quote(text.text)} names marks in ${text.fill}, but none is on show`);
  }
  return [...found];
}
