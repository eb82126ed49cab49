/**
 * Where wall-glut v5 writes the names of its dotted rules ("glut, leader", "glut, open") and the note of a rule past
 * the panel's right edge, in pixels: each name hangs from its own rule, at the rule's top, and the rule starts
 * below it. v4's names stood in fixed rows with rules through them: on a phone at λ = 1 both rules crossed
 * "glut, open", "glut, leader" stood by the open side's rule, and at T = 2044 the leader's rule ran through the
 * note. Every side (right of the rule, left of it, or centred over it) and row of every name and row of the note is
 * tried, a few dozen combinations, and the best one kept where no rule crosses a text, no two texts meet and each
 * name is nearer its own rule than any other; among those, higher rows (longer rules) and fewer data lines through
 * a name win.
 *
 * @example placeRuleNames([{ x: 120, text: 'glut, leader' }], undefined, frame, [], 46)
 */
import { overlaps, type Box } from '../layout/place-label.ts';
import { crossesLine, type Polyline } from '../layout/line-obstacles.ts';
import { textWidth } from '../layout/text-width.ts';
import { PAGE_FONT_PX } from '../render.ts';

export type Anchor = 'start' | 'middle' | 'end';
/** A text placed: its anchor point (x, and y at its middle), its anchoring, and its estimated box. */
export interface Spot {
  readonly x: number;
  readonly y: number;
  readonly anchor: Anchor;
  readonly box: Box;
}
export interface Placement {
  /** One per rule, in the rules' order. */
  readonly names: readonly Spot[];
  /** Where each rule starts: just under its name. */
  readonly ruleTops: readonly number[];
  readonly note?: Spot;
}

/** Estimated height of a line of text: the page never draws a figure's text under 12 px (render.ts). */
const LINE = PAGE_FONT_PX * 1.15;
/** Rows a name or the note may take, from the first under the panel's name down. */
const ROWS = 4;
const ROW_PITCH = LINE + 3;
/** From a rule to its name beside it, and from a name's box down to its rule's top. */
const DX = 3;
const GAP = 2;
/** Air a rule keeps from a text's box, and two texts from each other: more than a word space (legibility/spacing.ts). */
const CLEAR = 2;
const TEXT_GAP = 4;
const SIDES: readonly Anchor[] = ['start', 'end', 'middle'];
/** Cost of a data line through a name against one row lower: the halo keeps it legible, but barely. */
const LINE_COST = 6;
/** A centred name reads as its rule's as well as one beside it, but it sits over the top of the line it names. */
const SIDE_COST: Record<Anchor, number> = { start: 0, end: 0.2, middle: 0.5 };
/** A name farther from the other rule is better, up to this many pixels farther than from its own, worth this much. */
const NEARNESS_PX = 20;
const NEARNESS_SHARE = 0.5;

function spot(x: number, row: number, anchor: Anchor, width: number, firstRow: number): Spot {
  const y = firstRow + row * ROW_PITCH;
  const at = anchor === 'start' ? x + DX : anchor === 'end' ? x - DX : x;
  const left = anchor === 'start' ? at : anchor === 'end' ? at - width : at - width / 2;
  return { x: at, y, anchor, box: { left, right: left + width, top: y - LINE / 2, bottom: y + LINE / 2 } };
}

/** Distance from a box to a vertical segment at x from `top` down to `bottom`. */
export function boxToRule(box: Box, x: number, top: number, bottom: number): number {
  const dx = Math.max(0, box.left - x, x - box.right);
  const dy = Math.max(0, top - box.bottom, box.top - bottom);
  return Math.hypot(dx, dy);
}

/** Whether a vertical rule at x from `top` down passes through (or within CLEAR of) a box. */
function ruleThrough(box: Box, x: number, top: number): boolean {
  return x > box.left - CLEAR && x < box.right + CLEAR && top < box.bottom;
}

const widen = (b: Box, by: number): Box => ({
  left: b.left - by,
  right: b.right + by,
  top: b.top,
  bottom: b.bottom,
});

/**
 * The best placement of the rules' names (and of the note, at the frame's right edge), or of the fewest faults
 * when none is clear (none was, over the figure's reachable states at 338 and 640 px: v5.test.ts).
 * `rules` are in pixels; `lines` are the panel's data lines in pixels; `firstRow` is the first row's middle.
 */
export function placeRuleNames(
  rules: readonly { readonly x: number; readonly text: string; readonly short?: string }[],
  note: string | undefined,
  frame: Box,
  lines: readonly Polyline[],
  firstRow: number,
  fontSize = PAGE_FONT_PX,
): Placement & { readonly short: boolean } {
  // On a phone two rules near the panel's middle can leave no room for "glut, leader" beside its rule on the side
  // away from the other: the names then drop "glut, " (the panel is the glut's; its name says so).
  const full = searchRuleNames(rules, note, frame, lines, firstRow, fontSize);
  if (full.faults === 0 || rules.every((r) => r.short === undefined)) return { ...full.placement, short: false };
  const shortened = rules.map((r) => ({ x: r.x, text: r.short ?? r.text }));
  const short = searchRuleNames(shortened, note, frame, lines, firstRow, fontSize);
  return short.faults < full.faults ? { ...short.placement, short: true } : { ...full.placement, short: false };
}

function searchRuleNames(
  rules: readonly { readonly x: number; readonly text: string }[],
  note: string | undefined,
  frame: Box,
  lines: readonly Polyline[],
  firstRow: number,
  fontSize: number,
): { placement: Placement; faults: number } {
  const size = Math.max(PAGE_FONT_PX, fontSize);
  const widths = rules.map((r) => textWidth(r.text, size));
  const noteWidth = note === undefined ? 0 : textWidth(note, size);
  const choices = rules.map((r, i) =>
    SIDES.flatMap((side) =>
      Array.from({ length: ROWS }, (_, row) => ({ row, spot: spot(r.x, row, side, widths[i]!, firstRow) })),
    )
      .filter(({ spot: s }) => s.box.left >= frame.left && s.box.right <= frame.right)
      // Cheapest first, so the best is found early and the rest cut short (consider).
      .sort((a, b) => a.row + SIDE_COST[a.spot.anchor] - b.row - SIDE_COST[b.spot.anchor]),
  );
  const noteChoices =
    note === undefined
      ? [undefined]
      : Array.from({ length: ROWS }, (_, row) => ({
          row,
          spot: spot(frame.right + DX, row, 'end', noteWidth, firstRow),
        }));
  // Whether a data line runs through a text, once a place: the combinations share their places.
  const crossings = new Map<Spot, boolean>();
  const crossed = (t: Spot) => {
    let through = crossings.get(t);
    if (through === undefined) crossings.set(t, (through = lines.some((line) => crossesLine(t.box, line))));
    return through;
  };
  let best: { cost: number; faults: number; placement: Placement } | undefined;
  const consider = (picked: readonly { row: number; spot: Spot }[], noted: { row: number; spot: Spot } | undefined) => {
    const names = picked.map((c) => c.spot);
    const rows = picked.reduce((sum, c) => sum + c.row, noted?.row ?? 0);
    const sides = names.reduce((sum, s) => sum + SIDE_COST[s.anchor], 0);
    // The rest of the cost is faults and crossings, which only add, less the names' distance to the other rules,
    // at most NEARNESS_SHARE a pair: a combination this far behind the best cannot overtake it.
    const pairs = names.length * (names.length - 1);
    if (best && rows + sides - pairs * NEARNESS_SHARE >= best.cost) return;
    const tops = names.map((s) => s.box.bottom + GAP);
    const texts = noted ? [...names, noted.spot] : names;
    let faults = 0;
    for (let a = 0; a < texts.length; a++)
      for (let b = a + 1; b < texts.length; b++)
        if (overlaps(widen(texts[a]!.box, TEXT_GAP / 2), widen(texts[b]!.box, TEXT_GAP / 2))) faults++;
    rules.forEach((r, i) => {
      for (const t of texts) if (t !== names[i] && ruleThrough(t.box, r.x, tops[i]!)) faults++;
    });
    let nearness = 0;
    names.forEach((s, i) => {
      const own = boxToRule(s.box, rules[i]!.x, tops[i]!, frame.bottom);
      rules.forEach((r, j) => {
        if (j === i) return;
        const other = boxToRule(s.box, r.x, tops[j]!, frame.bottom);
        if (other <= own) faults++;
        nearness += Math.min(other - own, NEARNESS_PX);
      });
    });
    const crossings = texts.filter(crossed).length;
    const cost = faults * 1000 + crossings * LINE_COST + rows + sides - (nearness / NEARNESS_PX) * NEARNESS_SHARE;
    if (!best || cost < best.cost) best = { cost, faults, placement: { names, ruleTops: tops, note: noted?.spot } };
  };
  const walk = (i: number, picked: { row: number; spot: Spot }[]) => {
    if (i === rules.length) {
      for (const n of noteChoices) consider(picked, n);
      return;
    }
    for (const c of choices[i]!) walk(i + 1, [...picked, c]);
  };
  walk(0, []);
  return best ?? { faults: Infinity, placement: { names: [], ruleTops: [] } };
}
