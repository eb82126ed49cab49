/**
 * Direct labels that move or drop rather than overlap one another or leave the plot (issue 19: "gap 0.45 in 203"
 * cut off at the edge, "RTX 3090 4090" piled up on a phone). A Plot render transform: it sees each label's
 * position in pixels at the width the figure is drawn, keeps it inside the plot area, and if it would overlap a
 * label placed before it (this mark's or an earlier mark's of the same layout) tries nearby positions, one line
 * up or down at a time, then the other side of its anchor; a label with no free place is left out. Labels are
 * placed in data order, so put the one that matters most first. Deterministic: text widths are estimated
 * (text-width.ts), never measured, so the build and the browser draw the same picture.
 *
 * @example
 * const labels = new LabelLayout();
 * Plot.text(ends, labels.place({ x: 'year', y: 'value', text: 'name', textAnchor: 'start', dx: 6 }));
 */
import type { TextOptions } from '@observablehq/plot';
import { PAGE_FONT_PX } from '../render.ts';
import {
  avoidedLine,
  avoidedRules,
  isRightmost,
  panelKey,
  panelOf,
  pick,
  type AvoidOptions,
  type Panel,
  type RuleOptions,
  type Scales,
} from './avoided.ts';
import { frameX, frameY } from './frame-anchor.ts';
import { drawLeaders, leaderPlace, type LeaderOptions } from './leader.ts';
import type { Polyline } from './line-obstacles.ts';
import { boxOf, placeLabel, type Box, type LabelShape } from './place-label.ts';
import { RegisteredObstacles } from './registered-obstacles.ts';
import { ruleNamePlace } from './rule-slide.ts';
import type { DotNameRule } from './point-labels.ts';
import { textWidth } from './text-width.ts';

export { boxOf, overlaps, placeLabel, type Box, type LabelShape } from './place-label.ts';
export type { LeaderOptions } from './leader.ts';

/** Weight of a line named by a label of this layout, against 1 for a line no label names (placeLabel's side). */
const NAMED = 10;

interface TextMarkState {
  readonly dx?: number;
  readonly dy?: number;
  readonly textAnchor?: string;
  readonly lineAnchor?: string;
  readonly fontSize?: number | string;
  readonly fontWeight?: number | string;
  readonly frameAnchor?: string;
}

type Channel = ArrayLike<number> | undefined;

/** A label's shape as Plot will draw it: its anchor point moved by the mark's dx and dy, its estimated size. */
function shapeOf(mark: TextMarkState, text: string, x: number, y: number): LabelShape {
  const fontSize = Math.max(PAGE_FONT_PX, Number(mark.fontSize) || 0);
  return {
    x: x + (mark.dx ?? 0),
    y: y + (mark.dy ?? 0),
    width: textWidth(text, fontSize, mark.fontWeight),
    height: text.split('\n').length * fontSize * 1.15,
    textAnchor: (mark.textAnchor as LabelShape['textAnchor']) ?? 'middle',
    lineAnchor: (mark.lineAnchor as LabelShape['lineAnchor']) ?? 'middle',
  };
}

/**
 * Labels of one drawing: each mark placed through the same layout avoids the labels of the marks before it. In a
 * drawing of side-by-side panels (Plot's fx/fy facets) each panel is laid out on its own: its labels stay inside
 * its plot area and avoid only its own labels and the marks registered for it (avoided.ts).
 */
export class LabelLayout {
  readonly #taken = new Map<string, Box[]>();
  /** Leaders drawn so far, by panel: later labels and leaders keep off them (leader.ts). */
  readonly #leaders = new Map<string, Polyline[]>();
  /** The lines, rules and dots its labels keep off, and each in a render's pixels. */
  readonly #obstacles = new RegisteredObstacles();
  readonly #keepSide: boolean;
  readonly #dotNames: DotNameRule;
  readonly #ownLines: boolean;
  /** The colours of the labels placed through this layout: a line of one of them is a named series. */
  readonly #fills = new Set<unknown>();

  /**
   * `keepSide`: a label moved off a line stays on the side of every registered line where it was meant to be
   * (placeLabel's `side`), its own colour's lines too. Off by default, which is how the versions published
   * before it were laid out. `dotNames`: what makes a label its dot's name (DotNameRule, point-labels.ts); 'box'
   * only for device-frontier v3 (published). `ownLines`: labels keep off the lines of their own colour too, for
   * names set beside their lines rather than at their ends (open-bets v6); off by default, as published.
   */
  constructor(
    options: { readonly keepSide?: boolean; readonly dotNames?: DotNameRule; readonly ownLines?: boolean } = {},
  ) {
    this.#keepSide = options.keepSide ?? false;
    this.#dotNames = options.dotNames ?? 'box and middle';
    this.#ownLines = options.ownLines ?? false;
  }

  /**
   * A data line the labels placed after this keep off, except a label in the line's own colour (its name at its
   * end). Its points are the rows' `x` and `y` columns, put through the drawing's scales when labels are placed;
   * `options` names the columns of its series (z) and panels (fx, fy) as the mark that draws it does.
   *
   * @example layout.avoid(rows, 'year', 'frontier_loss', theme.frontier)
   * @example layout.avoid(rows, 'year', 'open', OPEN_COLOR, { fx: 'scenario' })
   */
  avoid<T extends object>(
    rows: readonly T[],
    x: keyof T & string,
    y: keyof T & string,
    stroke: string,
    options: AvoidOptions = {},
  ): this {
    this.#obstacles.lines.push(avoidedLine(rows, x, y, stroke, options));
    return this;
  }

  /**
   * Vertical rules across the plot area at each row's `x` column (what Plot.ruleX draws), kept off as avoid's
   * lines are.
   *
   * @example layout.avoidRuleX(starts, 'year', theme.highlight, { fx: 'scenario' })
   */
  avoidRuleX<T extends object>(
    rows: readonly T[],
    x: keyof T & string,
    stroke: string,
    options: RuleOptions = {},
  ): this {
    this.#obstacles.lines.push(avoidedRules(rows, 'x', x, stroke, options));
    return this;
  }

  /** Horizontal rules across the plot area at each row's `y` column (Plot.ruleY), as avoidRuleX. */
  avoidRuleY<T extends object>(
    rows: readonly T[],
    y: keyof T & string,
    stroke: string,
    options: RuleOptions = {},
  ): this {
    this.#obstacles.lines.push(avoidedRules(rows, 'y', y, stroke, options));
    return this;
  }

  /**
   * Dots no label placed after this may cover, whatever its colour (a label over a dot hides it, its own dot
   * included): the rows' `x` and `y` columns through the drawing's scales, `r` pixels round each (the dot's radius).
   *
   * @example layout.avoidDots(machines, 'year', 'matched_year', 4)
   */
  avoidDots<T extends object>(rows: readonly T[], x: keyof T & string, y: keyof T & string, r: number): this {
    this.#obstacles.dots.push({ rows, x, y, r });
    return this;
  }

  /** Boxes of the labels placed so far, in every panel (for tests and for marks that avoid them). */
  get placed(): readonly Box[] {
    return [...this.#taken.values()].flat();
  }

  /** Leaders drawn so far, in every panel, each from its label's box to its point (leader.ts). */
  get leaders(): readonly Polyline[] {
    return [...this.#leaders.values()].flat();
  }

  /**
   * Text mark options for labels drawn exactly where they are asked to be, whatever lies there, that the labels
   * placed after them keep off: for a label whose place the figure has chosen (open-closed-compute v5's count of
   * unmatched records, over the highest of them and partly in the top margin, where `place` would not put it).
   *
   * @example Plot.text([count], layout.hold({ x: 2026, y: top, dy: -8, lineAnchor: 'bottom', textAnchor: 'end' }))
   */
  hold<T extends TextOptions>(options: T): T {
    const taken = this.#taken;
    return {
      ...options,
      render(index, scales, values, dimensions, context, next) {
        const mark = this as unknown as TextMarkState;
        const channels = values as unknown as Record<string, Channel> & { text?: ArrayLike<unknown> };
        const key = panelKey(panelOf(index));
        const boxes = taken.get(key) ?? [];
        taken.set(key, boxes);
        for (const i of index) {
          const x = channels.x?.[i] ?? frameX(mark, dimensions);
          const y = channels.y?.[i] ?? frameY(mark, dimensions);
          boxes.push(boxOf(shapeOf(mark, String(channels.text?.[i] ?? ''), x, y)));
        }
        return next ? next(index, scales, values, dimensions, context) : null;
      },
    } as T;
  }

  /** Boxes of the labels placed so far in one panel, in that panel's pixels. */
  placedIn(panel: Panel): readonly Box[] {
    return this.#taken.get(panelKey(panel)) ?? [];
  }

  /**
   * Text mark options, as `place`, for labels that each name a horizontal rule at their `y` (a budget, a tier): a
   * label whose place is taken slides along its rule, on its side and then on the other, to the nearest place clear
   * of the labels before it, the dots and the lines it keeps off; failing that, for a label with a halo, to one
   * that lines cross only steeply (rule-slide.ts). Where no place beside its rule is found it is left out: moved
   * one to three lines up or down, as `place` would move it, a tier's name on a phone sat by the rule above or
   * below and read as that rule's.
   *
   * @example Plot.text(tiers, layout.placeAlongRules({ y: 'budget', x: 2010, text: 'label', textAnchor: 'start' }))
   */
  placeAlongRules<T extends TextOptions>(options: T, region: 'frame' | 'frame and right margin' = 'frame'): T {
    return this.place(options, region, undefined, undefined, 'rule');
  }

  /**
   * Text mark options with this layout's render transform added (a spec's own `render` runs after it). `region`
   * is where the labels may go: the plot area ('frame'), or also the right margin ('frame and right margin':
   * labels at the ends of lines), below the top margin, where the y axis's title sits, in either case; or also the
   * top margin ('frame and top margin', over-training v7, which holds its y axis's title as a label, so that labels
   * keep off it), and with it the right margin's width. In a drawing of panels side by side, only the rightmost panel has
   * a right margin; the others keep to their frame.
   * With `reach`, each label names its point (a dot): it stays within `reach` pixels of it or is left out
   * (placeLabel). With `leader` too, a label that finds no such place may stand up to `leader.length` pixels
   * farther off, in clear space, joined to its point by a line in its own colour drawn under it (leader.ts);
   * labels and leaders placed after it keep off that line. With `along: 'rule'`, each label names the rule at its
   * `y` (placeAlongRules).
   *
   * @example layout.place({ x: 'year', y: 'value', text: 'name', fill: theme.open }, 'frame', 8, { length: 60, gap: 7 })
   */
  place<T extends TextOptions>(
    options: T,
    region: 'frame' | 'frame and right margin' | 'frame and top margin' = 'frame',
    reach?: number,
    leader?: LeaderOptions,
    along?: 'rule',
  ): T {
    const takenIn = (key: string) => {
      const boxes = this.#taken.get(key) ?? [];
      this.#taken.set(key, boxes);
      return boxes;
    };
    const leadersIn = (key: string) => {
      const drawn = this.#leaders.get(key) ?? [];
      this.#leaders.set(key, drawn);
      return drawn;
    };
    const obstacles = this.#obstacles;
    const rule = this.#dotNames;
    const keepSide = this.#keepSide;
    const ownLines = this.#ownLines;
    const fills = this.#fills.add(options.fill);
    // A halo: a stroke round the letters (the figures draw theirs in the background colour, theme.ts).
    const haloed = options.stroke !== undefined && Number(options.strokeWidth ?? 0) >= 2;
    return {
      ...options,
      render(index, scales, values, dimensions, context, next) {
        const mark = this as unknown as TextMarkState;
        const channels = values as unknown as Record<string, Channel> & { text?: ArrayLike<unknown> };
        const { width, height, marginLeft, marginRight, marginTop, marginBottom } = dimensions;
        const panel = panelOf(index);
        const frame = { left: marginLeft, right: width - marginRight, top: marginTop, bottom: height - marginBottom };
        const bounds =
          region === 'frame and top margin'
            ? { ...frame, top: 0, right: isRightmost(panel, scales as Scales) ? width : frame.right }
            : region === 'frame' || !isRightmost(panel, scales as Scales)
              ? frame
              : { left: marginLeft, right: width, top: marginTop, bottom: height };
        const taken = takenIn(panelKey(panel));
        const leaders = leadersIn(panelKey(panel));
        const X = Float64Array.from(
          { length: channels.text?.length ?? index.length },
          (_, i) => channels.x?.[i] ?? frameX(mark, dimensions),
        );
        const Y = Float64Array.from({ length: X.length }, (_, i) => channels.y?.[i] ?? frameY(mark, dimensions));
        const drawn = obstacles.drawnIn(scales as Scales, frame, panel);
        // Kept off: lines of another colour. Kept to its point's side of: every line (keepSide), and crossing a
        // named series' line to find room costs more than crossing a line no label names.
        const otherColours = drawn
          .filter(({ mark }) => ownLines || mark.stroke !== options.fill)
          .flatMap(({ lines }) => lines);
        // Leaders, whatever their colour, are kept off as lines are: one through a label would seem to name it.
        const lines = [...otherColours, ...leaders];
        const sideLines = drawn.flatMap(({ lines }) => lines);
        const weights = drawn.flatMap(({ mark, lines }) => lines.map(() => (fills.has(mark.stroke) ? NAMED : 1)));
        const dots = obstacles.dotBoxesIn(scales as Scales);
        const kept: number[] = [];
        const ownLeaders: Polyline[] = [];
        for (const i of index) {
          const shape = shapeOf(mark, String(channels.text?.[i] ?? ''), X[i]!, Y[i]!);
          const near = reach === undefined ? undefined : { x: X[i]!, y: Y[i]!, reach, rule };
          const side = keepSide ? { lines: sideLines, weights } : undefined;
          let at = along
            ? ruleNamePlace(boxOf(shape), Y[i]!, bounds, { taken, lines, dots, height: shape.height, haloed })
            : placeLabel(shape, bounds, taken, lines, dots, near, side);
          if (!at && !along && near && leader) {
            const obstacles = { taken, dots, lines: otherColours, leaders };
            const joined =
              leaderPlace(boxOf(shape), near, leader, bounds, obstacles, shape.height) ??
              (leader.then && leaderPlace(boxOf(shape), near, leader.then, bounds, obstacles, shape.height));
            if (joined) {
              at = joined;
              leaders.push(joined.leader);
              lines.push(joined.leader);
              ownLeaders.push(joined.leader);
            } else if (leader.keep) at = placeLabel(shape, bounds, taken, lines, dots, undefined, side);
          }
          if (!at) continue;
          X[i] = X[i]! + at.dx;
          Y[i] = Y[i]! + at.dy;
          taken.push(boxOf({ ...shape, x: shape.x + at.dx, y: shape.y + at.dy }));
          kept.push(i);
        }
        // Plot's index carries its panel (fx, fy, fi): so must the subset kept.
        const keptIndex = Object.assign(kept, pick(index as unknown as Record<string, unknown>, ['fx', 'fy', 'fi']));
        const text = next
          ? next(keptIndex, scales, { ...values, x: X, y: Y } as unknown as typeof values, dimensions, context)
          : null;
        return ownLeaders.length ? drawLeaders(ownLeaders, options.fill, text, context.document, leader?.dashed) : text;
      },
    } as T;
  }
}
