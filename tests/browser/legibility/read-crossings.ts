/**
 * Where a figure's texts sit on its data marks (lines, areas, dots, rules), read from the page: for each text and
 * each mark shape that reaches into the text's ink, how long a stretch of the shape's outline runs inside it and
 * how much of it a filled shape covers. Geometry only; whether a crossing is legible is decided in over-marks.ts.
 *
 * A text's ink box is its layout box less the font's spare ascent and descent (about a fifth of the box at each
 * edge): a line that passes above a label's capitals or below its baseline does not touch a glyph.
 *
 * @example
 * const crossings = await readCrossings(page); // after readState(page, …) has put the figure in a state
 */
import type { Page } from 'playwright-core';

export interface Crossing {
  readonly text: string;
  /** The text's computed fill and its halo (paint-order stroke: its colour and width in px), or 'none'. */
  readonly fill: string;
  readonly halo: string;
  readonly haloWidth: number;
  /** Height of the text's ink box, in CSS pixels. */
  readonly inkHeight: number;
  /** Plot's mark name of the shape (data-mark), e.g. "line", "area", "dot", "rule". */
  readonly mark: string;
  /** The shape's stroke and fill as computed, each with its opacity (the product up to the SVG); 'none' if unpainted. */
  readonly stroke: string;
  readonly strokeOpacity: number;
  readonly fillColour: string;
  readonly fillOpacity: number;
  /** Length of the stroked outline inside the text's ink box, in CSS pixels (0 when the shape is not stroked). */
  readonly length: number;
  /** Share of the ink box inside the shape's fill (0 to 1; 0 when the shape is not filled). */
  readonly covered: number;
  /**
   * For a dot (a circle): how far its disc reaches into the text's ink box, in CSS pixels (its radius less the
   * distance from its centre to the box; the radius and more when the centre is inside). `covered` samples the
   * ink on a grid of 8 × 3 points, 25 px apart across a 200 px label, between which a dot 8 px across is missed.
   */
  readonly into?: number;
  /** True when the shape comes after the text in the drawing, so it is painted over the text. */
  readonly above: boolean;
}

/** Reads the crossings of the first live figure's drawing as it is on show, in the page's current theme. */
export function readCrossings(page: Page): Promise<{ background: string; crossings: Crossing[] }> {
  return page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>('live-figure [data-plot] svg')!;
    const opacityUp = (element: Element, own: string) => {
      let opacity = Number(own);
      for (let e: Element | null = element; e && e !== svg.parentElement; e = e.parentElement)
        opacity *= Number(getComputedStyle(e).opacity);
      return opacity;
    };
    let background = 'rgba(0, 0, 0, 0)';
    for (let e: Element | null = svg; e; e = e.parentElement) {
      const colour = getComputedStyle(e).backgroundColor;
      if (!/rgba\(.*,\s*0\)$/.test(colour) && colour !== 'transparent') {
        background = colour;
        break;
      }
    }
    const texts = [...svg.querySelectorAll('text')]
      .filter((text) => (text.textContent ?? '').trim() !== '')
      .map((element) => {
        const box = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        const h = box.bottom - box.top;
        const haloed = style.paintOrder.startsWith('stroke') && style.stroke !== 'none';
        return {
          element,
          text: element.textContent ?? '',
          fill: style.fill,
          halo: haloed ? style.stroke : 'none',
          haloWidth: haloed ? parseFloat(style.strokeWidth) : 0,
          ink: { left: box.left + 1, right: box.right - 1, top: box.top + 0.18 * h, bottom: box.bottom - 0.2 * h },
        };
      });
    const crossings = [];
    for (const group of svg.querySelectorAll('g[data-mark]')) {
      const mark = group.getAttribute('data-mark') ?? '';
      if (/grid|axis|tick|frame|text/.test(mark)) continue;
      for (const shape of group.querySelectorAll<SVGGeometryElement>('path, line, circle, rect, polyline, ellipse')) {
        const bounds = shape.getBoundingClientRect();
        const style = getComputedStyle(shape);
        const strokeWidth = parseFloat(style.strokeWidth) || 0;
        const slack = strokeWidth / 2;
        const near = texts.filter(
          ({ ink }) =>
            bounds.left - slack < ink.right &&
            ink.left < bounds.right + slack &&
            bounds.top - slack < ink.bottom &&
            ink.top < bounds.bottom + slack,
        );
        if (near.length === 0) continue;
        const matrix = shape.getScreenCTM();
        if (!matrix) continue;
        const stroked = style.stroke !== 'none' && strokeWidth > 0;
        const filled = style.fill !== 'none';
        // The outline, sampled about every pixel on screen.
        const scale = Math.hypot(matrix.a, matrix.b) || 1;
        const points: { x: number; y: number }[] = [];
        let stepPx = 0;
        if (stroked) {
          const total = shape.getTotalLength();
          const count = Math.max(1, Math.ceil(total * scale));
          stepPx = (total * scale) / count;
          for (let i = 0; i <= count; i++) {
            const p = shape.getPointAtLength((total * i) / count).matrixTransform(matrix);
            points.push({ x: p.x, y: p.y });
          }
        }
        const inverse = matrix.inverse();
        for (const text of near) {
          const { ink } = text;
          // A stroke reaches half its width past its path: a thick line just outside the box still covers glyphs.
          const inside = points.filter(
            (p) =>
              p.x >= ink.left - slack &&
              p.x <= ink.right + slack &&
              p.y >= ink.top - slack &&
              p.y <= ink.bottom + slack,
          );
          let covered = 0;
          if (filled) {
            const [columns, rows] = [8, 3];
            let hits = 0;
            for (let c = 0; c < columns; c++)
              for (let r = 0; r < rows; r++) {
                const x = ink.left + ((c + 0.5) / columns) * (ink.right - ink.left);
                const y = ink.top + ((r + 0.5) / rows) * (ink.bottom - ink.top);
                if (shape.isPointInFill(new DOMPoint(x, y).matrixTransform(inverse))) hits++;
              }
            covered = hits / (columns * rows);
          }
          let into: number | undefined;
          if (shape instanceof SVGCircleElement) {
            const centre = new DOMPoint(shape.cx.baseVal.value, shape.cy.baseVal.value).matrixTransform(matrix);
            const dx = Math.max(ink.left - centre.x, 0, centre.x - ink.right);
            const dy = Math.max(ink.top - centre.y, 0, centre.y - ink.bottom);
            into = shape.r.baseVal.value * scale - Math.hypot(dx, dy);
          }
          if (inside.length < 2 && covered === 0 && !(into !== undefined && into > 0)) continue;
          crossings.push({
            text: text.text,
            fill: text.fill,
            halo: text.halo,
            haloWidth: text.haloWidth,
            inkHeight: ink.bottom - ink.top,
            mark,
            stroke: stroked ? style.stroke : 'none',
            strokeOpacity: opacityUp(shape, style.strokeOpacity),
            fillColour: filled ? style.fill : 'none',
            fillOpacity: opacityUp(shape, style.fillOpacity),
            length: inside.length * stepPx,
            covered,
            ...(into !== undefined && { into }),
            above: (text.element.compareDocumentPosition(shape) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
          });
        }
      }
    }
    return { background, crossings };
  });
}
