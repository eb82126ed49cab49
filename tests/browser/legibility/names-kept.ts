/**
 * A series named in one state is named, or said to be off the plot, in every state (issue 19: with every slider at
 * its minimum over-training v5's chosen model left the axis, and its name went with it, with nothing said; a reader
 * who had followed the orange line and its dot found neither, nor a word of where they went). The rule reads the
 * drawings of every state of a figure together: a colour some state names (a text in a series' colour, as in
 * names-without-marks.ts) must, in each other state, either be named again or the drawing must carry a note that a
 * series is off the axis: a text in the theme's ink or muted ink that starts with one of the shared off-axis
 * helper's arrows (src/figures/layout/off-axis.ts: "▼ 0.4B on 1×10¹¹") or says "off this axis". Pure, as the other
 * rules (names-kept.test.ts).
 *
 * @example
 * namesDropped([{ where: '390 px, start', ...namesIn(start) }, { where: '390 px, all at min', ...namesIn(min) }])
 * // ['no name in rgb(…) ("8B on 1.5×10¹³" elsewhere) and no off-axis note, at 390 px, all at min']
 */
import { OFF_AXIS_ARROWS } from '../../../src/figures/layout/off-axis.ts';
import { quote } from './quote.ts';
import type { Drawing } from './read-drawing.ts';
import { sameColour } from './same-colour.ts';

/** Text this faint is a tint, not a name (as in problems.ts). */
const TINT_OPACITY = 0.5;

/** What one state's drawing names: its series' colours, each with a name it gives it, and whether it has a note. */
export interface StateNames {
  readonly named: readonly { readonly colour: string; readonly text: string }[];
  readonly offAxisNote: boolean;
}

/** Whether a neutral text says a series is off the axis. */
export function isOffAxisNote(text: string): boolean {
  const trimmed = text.trim();
  return OFF_AXIS_ARROWS.some((arrow) => trimmed.startsWith(arrow)) || /\boff this axis\b/.test(trimmed);
}

/** The colours a drawing names and whether it says a series is off the axis. */
export function namesIn(drawing: Pick<Drawing, 'texts' | 'neutralColours'>): StateNames {
  const neutral = [...drawing.texts.filter((t) => t.axis).map((t) => t.fill), ...(drawing.neutralColours ?? [])];
  const named: { colour: string; text: string }[] = [];
  let offAxisNote = false;
  for (const text of drawing.texts) {
    if (text.axis || text.opacity < TINT_OPACITY || text.text.trim() === '') continue;
    if (neutral.some((colour) => sameColour(colour, text.fill))) {
      offAxisNote ||= isOffAxisNote(text.text);
      continue;
    }
    if (!named.some((n) => sameColour(n.colour, text.fill))) named.push({ colour: text.fill, text: text.text });
  }
  return { named, offAxisNote };
}

/** Each state in which a colour named in another state has no name and no off-axis note is said, once a colour. */
export function namesDropped(states: readonly (StateNames & { readonly where: string })[]): string[] {
  const everNamed: { colour: string; text: string }[] = [];
  for (const state of states)
    for (const name of state.named) if (!everNamed.some((n) => sameColour(n.colour, name.colour))) everNamed.push(name);
  const found: string[] = [];
  for (const { colour, text } of everNamed) {
    const dropped = states.filter((s) => !s.offAxisNote && !s.named.some((n) => sameColour(n.colour, colour)));
    if (dropped.length === 0) continue;
    found.push(
      `no name in ${colour} (${quote(text)} elsewhere) and no off-axis note, at ${dropped[0]!.where}` +
        (dropped.length > 1 ? ` and ${dropped.length - 1} more states` : ''),
    );
  }
  return found;
}
