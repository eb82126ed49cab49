/**
 * What a LabelLayout's labels keep off, as registered (its lines and rules, avoided.ts, and its dots), and the
 * same in one render's pixels. Every text mark of a drawing is rendered with the same scales, so each panel's lines
 * and the dots are put through them once per drawing, not once per mark (wall-glut v4 places seven text marks in
 * two panels: issue 21, redraw). The same arrays each time, so line-obstacles.ts's bounds, cached by line, hold
 * across marks too.
 *
 * @example
 * const obstacles = new RegisteredObstacles();
 * obstacles.lines.push(avoidedLine(rows, 'year', 'open', OPEN_COLOR, { fx: 'scenario' }));
 * obstacles.drawnIn(scales, frame, panel) // [{ mark, lines }] in this panel's pixels, made once per scales
 */
import { panelKey, type Avoided, type Frame, type Panel, type Scales } from './avoided.ts';
import { pixelsOf, type Polyline } from './line-obstacles.ts';
import type { Box } from './place-label.ts';
import { dotBox } from './point-labels.ts';

/** Dots registered to be kept clear: the rows' `x` and `y` columns, `r` pixels round each. */
export interface RegisteredDots {
  readonly rows: readonly object[];
  readonly x: string;
  readonly y: string;
  readonly r: number;
}

/** A registered line or rule and its polylines in one panel's pixels. */
export interface DrawnObstacle {
  readonly mark: Avoided;
  readonly lines: Polyline[];
}

export class RegisteredObstacles {
  /** Lines and rules, in the order registered. */
  readonly lines: Avoided[] = [];
  readonly dots: RegisteredDots[] = [];
  readonly #drawn = new WeakMap<object, Map<string, DrawnObstacle[]>>();
  readonly #dotBoxes = new WeakMap<object, { count: number; boxes: Box[] }>();

  /** Each registered line and rule in the panel's pixels under these scales (made once per scales, panel and frame). */
  drawnIn(scales: Scales, frame: Frame, panel: Panel): DrawnObstacle[] {
    const byPlace = this.#drawn.get(scales) ?? new Map<string, DrawnObstacle[]>();
    this.#drawn.set(scales, byPlace);
    // The count too: a line registered after a first render (no figure does) is not missed.
    const key = `${panelKey(panel)} ${frame.left} ${frame.top} ${frame.right} ${frame.bottom} ${this.lines.length}`;
    let drawn = byPlace.get(key);
    if (!drawn) {
      drawn = this.lines.map((mark) => ({ mark, lines: mark.polylines(scales, frame, panel) }));
      byPlace.set(key, drawn);
    }
    return drawn;
  }

  /** The boxes of every registered dot under these scales (made once per scales). */
  dotBoxesIn(scales: Scales): Box[] {
    let made = this.#dotBoxes.get(scales);
    if (!made || made.count !== this.dots.length) {
      const boxes = this.dots.flatMap((dot) => pixelsOf(dot, scales).map((p) => dotBox(p.x, p.y, dot.r)));
      made = { count: this.dots.length, boxes };
      this.#dotBoxes.set(scales, made);
    }
    return made.boxes;
  }
}
