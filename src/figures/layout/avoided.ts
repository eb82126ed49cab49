/**
 * Marks a LabelLayout's labels keep off (LabelLayout.avoid, avoidRuleX, avoidRuleY), and the panel each is drawn
 * in. A figure of side-by-side panels (Plot's fx/fy facets; issue 19: wall-glut's two races) draws each panel's
 * labels in that panel's own coordinates, so a line registered with `fx: 'scenario'` is an obstacle only in the
 * panel whose `fx` value its rows carry, as Plot draws it; a line registered without one is in every panel, as
 * Plot repeats a mark that is not faceted. `z` splits the rows into one line per series, as Plot's z channel does
 * (otherwise the last point of one series would be joined to the first of the next).
 *
 * @example
 * const line = avoidedLine(rows, 'year', 'frontier', theme.frontier, { fx: 'scenario' });
 * line.polylines(scales, frame, panelOf(index)) // the frontier in this render call's panel, in its pixels
 */
import type { Polyline } from './line-obstacles.ts';

/** Options of a registered mark: its series and its panel channels, named as in the Plot mark that draws it. */
export interface AvoidOptions {
  /** Column that splits the rows into separate lines (Plot's z). */
  readonly z?: string;
  /** Columns whose values name the panel the rows are drawn in (Plot's fx and fy). */
  readonly fx?: string;
  readonly fy?: string;
}

/** Options of registered rules: as AvoidOptions, and the rule's insets from the plot area's edges in px (Plot's). */
export interface RuleOptions extends AvoidOptions {
  readonly insetTop?: number;
  readonly insetBottom?: number;
  readonly insetLeft?: number;
  readonly insetRight?: number;
}

/** The panel a render call draws: Plot sets `fx` and `fy` on a faceted mark's index; both undefined otherwise. */
export interface Panel {
  readonly fx?: unknown;
  readonly fy?: unknown;
}

/** The panel of a render call's index. */
export function panelOf(index: unknown): Panel {
  const faceted = index as { fx?: unknown; fy?: unknown } | null;
  return { fx: faceted?.fx, fy: faceted?.fy };
}

/** A key that is the same for every render call of one panel (and '' for a drawing without panels). */
export function panelKey(panel: Panel): string {
  return panel.fx === undefined && panel.fy === undefined ? '' : JSON.stringify([panel.fx ?? null, panel.fy ?? null]);
}

/** A render call's scales, as far as placing labels needs them (fx: the panels' band scale, when faceted). */
export interface Scales {
  readonly x?: (value: unknown) => unknown;
  readonly y?: (value: unknown) => unknown;
  readonly fx?: { domain?: () => readonly unknown[] };
}

/** Whether a panel is the rightmost of its row, or the drawing has no panels side by side. */
export function isRightmost(panel: Panel, scales: Scales): boolean {
  const columns = scales.fx?.domain?.() ?? [];
  return panel.fx === undefined || columns.length === 0 || panel.fx === columns[columns.length - 1];
}

/** The named properties an object has, e.g. the panel Plot sets on a faceted mark's index. */
export function pick(from: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((key) => key in from).map((key) => [key, from[key]]));
}

/** The plot area of a render call, in its pixels. */
export interface Frame {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** A registered mark: its stroke (a label of that colour may sit on it) and its lines in one panel's pixels. */
export interface Avoided {
  readonly stroke: string;
  polylines(scales: Scales, frame: Frame, panel: Panel): Polyline[];
}

type Row = Record<string, unknown>;

/** Whether a row is drawn in the panel: each panel channel it was registered with holds the panel's value. */
function inPanel(row: Row, options: AvoidOptions, panel: Panel): boolean {
  return (
    (options.fx === undefined || panel.fx === undefined || row[options.fx] === panel.fx) &&
    (options.fy === undefined || panel.fy === undefined || row[options.fy] === panel.fy)
  );
}

/** The rows of the panel, split into series by `z`, each in the rows' order. */
function seriesIn(rows: readonly object[], options: AvoidOptions, panel: Panel): Row[][] {
  const series = new Map<unknown, Row[]>();
  for (const row of rows as readonly Row[]) {
    if (!inPanel(row, options, panel)) continue;
    const key = options.z === undefined ? undefined : row[options.z];
    const list = series.get(key) ?? [];
    list.push(row);
    series.set(key, list);
  }
  return [...series.values()];
}

/** A data line through the rows' `x` and `y` columns; rows the scales cannot place are left out. */
export function avoidedLine(
  rows: readonly object[],
  x: string,
  y: string,
  stroke: string,
  options: AvoidOptions = {},
): Avoided {
  return {
    stroke,
    polylines(scales, _frame, panel) {
      return seriesIn(rows, options, panel).map((series) => {
        const points: { x: number; y: number }[] = [];
        for (const row of series) {
          const [px, py] = [Number(scales.x?.(row[x])), Number(scales.y?.(row[y]))];
          if (Number.isFinite(px) && Number.isFinite(py)) points.push({ x: px, y: py });
        }
        return points;
      });
    },
  };
}

/**
 * Rules across the whole plot area at each row's `value` column, drawn along `axis` (Plot's ruleX is at an x and
 * runs top to bottom; ruleY at a y, left to right), less its insets. A rule the scale cannot place is left out.
 */
export function avoidedRules(
  rows: readonly object[],
  axis: 'x' | 'y',
  value: string,
  stroke: string,
  options: RuleOptions = {},
): Avoided {
  const { insetTop = 0, insetBottom = 0, insetLeft = 0, insetRight = 0 } = options;
  return {
    stroke,
    polylines(scales, frame, panel) {
      const rules: Polyline[] = [];
      for (const row of seriesIn(rows, { ...options, z: undefined }, panel).flat()) {
        const at = Number(scales[axis]?.(row[value]));
        if (!Number.isFinite(at)) continue;
        rules.push(
          axis === 'x'
            ? [
                { x: at, y: frame.top + insetTop },
                { x: at, y: frame.bottom - insetBottom },
              ]
            : [
                { x: frame.left + insetLeft, y: at },
                { x: frame.right - insetRight, y: at },
              ],
        );
      }
      return rules;
    },
  };
}
