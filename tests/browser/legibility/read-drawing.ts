/**
 * What a reader sees of a live figure, read from the page's DOM: each text's box and colour, each mark's colour,
 * the drawing's box and the background behind it, and the reader-facing text around the drawing (description,
 * readouts, caption, preset labels). Colours are the computed ones, so CSS (the theme) is taken into account.
 */
import type { Page } from 'playwright-core';

export interface TextBox {
  readonly text: string;
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  /** Computed fill, e.g. "rgb(27, 27, 31)", and the product of fill-opacity and every opacity up to the SVG. */
  readonly fill: string;
  readonly opacity: number;
  /** Computed stroke of a halo drawn under the text (paint-order stroke), or "none". */
  readonly halo: string;
  /** True for an axis's tick label or title: text in the axes' colour names no series. */
  readonly axis?: boolean;
  /**
   * Where the text stands against the marks of its own colour on show (read in the first theme only: geometry):
   * the gap in pixels from its box to the nearest dot's edge and to the nearest point of a line, and whether a
   * leader line (LabelLayout's, leader.ts) starts at its box. Undefined where no mark of its colour is on show.
   */
  readonly near?: {
    readonly dot?: number;
    readonly line?: number;
    readonly leader: boolean;
    readonly dots: number;
    /** The far end of the leader that joins the text to its point, in the page's pixels. */
    readonly leaderTo?: { readonly x: number; readonly y: number };
  };
}

/** A dot on show, in the page's pixels (Drawing.dots). */
export interface DotMark {
  readonly id: number;
  /** How many dots the drawing has, on show or not: ids name the same points only between drawings of as many. */
  readonly of: number;
  readonly x: number;
  readonly y: number;
  readonly r: number;
  readonly colour: string;
  readonly hidden: boolean;
}

export interface MarkColour {
  /** Plot's mark name (data-mark), e.g. "line", "dot", "rule". */
  readonly mark: string;
  readonly colour: string;
  readonly opacity: number;
}

export interface Drawing {
  readonly texts: TextBox[];
  readonly marks: MarkColour[];
  readonly svg: { left: number; top: number; right: number; bottom: number };
  readonly background: string;
  /**
   * Colours of the data marks (outline or fill) some part of which is on show: inside the drawing and inside the
   * clip Plot gives a clipped mark. A line pushed off its axis is drawn, but nowhere a reader can see it.
   */
  readonly shownColours?: readonly string[];
  /**
   * Every dot (a circle of a data mark) on show, read in the first theme only (geometry; the colour is that
   * theme's): `id` is its place among all the drawing's dots in drawing order, which names one data point across
   * states while the figure draws the same rows; `hidden` when later dots of another colour cover half of it or
   * more, so that a reader sees theirs and not its own (dots-named.ts).
   */
  readonly dots?: readonly DotMark[];
  /** The theme's text colours, ink and muted ink (--fig-ink, --fig-muted-ink), as computed: notes, not names. */
  readonly neutralColours?: readonly string[];
  /** Text a reader reads around the drawing: description, slider readouts, caption, presets. */
  readonly prose: string[];
}

/**
 * Moves the first live figure's sliders to `sliders` (input id → slider position) as a reader would, an input
 * event each, and reads the drawing on show in each theme (data-theme on <html>, as the toggle sets it). One
 * round trip per state: the theme changes colours only, so one drawing is read twice.
 */
export function readState(page: Page, sliders: Record<string, string>): Promise<{ light: Drawing; dark: Drawing }> {
  return page.evaluate((values) => {
    for (const [id, value] of Object.entries(values)) {
      const input = document.getElementById(id) as HTMLInputElement | null;
      if (!input || input.value === value) continue;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    // Which shapes are on show is geometry, the same in both themes: worked out in the first reading only.
    const onShowOf = new WeakMap<Element, boolean>();
    const read = (first: boolean) => {
      const host = document.querySelector('live-figure')!;
      const svg = host.querySelector<SVGSVGElement>('[data-plot] svg')!;
      const opacityUp = (element: Element, property: 'fill-opacity' | 'stroke-opacity') => {
        let opacity = Number(getComputedStyle(element)[property === 'fill-opacity' ? 'fillOpacity' : 'strokeOpacity']);
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
      const textElements = [...svg.querySelectorAll('text')].filter((text) => (text.textContent ?? '').trim() !== '');
      const texts = textElements.map((text) => {
        const box = text.getBoundingClientRect();
        const style = getComputedStyle(text);
        return {
          text: text.textContent ?? '',
          left: box.left,
          top: box.top,
          right: box.right,
          bottom: box.bottom,
          fill: style.fill,
          opacity: opacityUp(text, 'fill-opacity'),
          halo: style.paintOrder.startsWith('stroke') ? style.stroke : 'none',
          axis: /axis|tick/i.test(text.closest('g[data-mark]')?.getAttribute('data-mark') ?? ''),
        };
      });
      // The region a shape can show in: the drawing, and the clip Plot gives a mark drawn with clip: true.
      const svgBox = svg.getBoundingClientRect();
      const regionOf = (shape: SVGGraphicsElement) => {
        const region = { left: svgBox.left, top: svgBox.top, right: svgBox.right, bottom: svgBox.bottom };
        const clipped = shape.closest('[clip-path]');
        const id = /url\("?#([^")]+)"?\)/.exec(clipped?.getAttribute('clip-path') ?? '')?.[1];
        const clip = id ? document.getElementById(id)?.firstElementChild : null;
        const matrix = clipped instanceof SVGGraphicsElement ? clipped.getScreenCTM() : null;
        if (clip instanceof SVGGraphicsElement && matrix) {
          const b = clip.getBBox();
          const [a, c] = [new DOMPoint(b.x, b.y), new DOMPoint(b.x + b.width, b.y + b.height)].map((p) =>
            p.matrixTransform(matrix),
          ) as [DOMPoint, DOMPoint];
          region.left = Math.max(region.left, Math.min(a.x, c.x));
          region.right = Math.min(region.right, Math.max(a.x, c.x));
          region.top = Math.max(region.top, Math.min(a.y, c.y));
          region.bottom = Math.min(region.bottom, Math.max(a.y, c.y));
        }
        return region;
      };
      /** Whether some point of the shape (its outline sampled, or its box's middle) lies in its region. */
      const onShow = (shape: SVGGeometryElement) => {
        const known = onShowOf.get(shape);
        if (known !== undefined) return known;
        const shown = sampledOnShow(shape);
        onShowOf.set(shape, shown);
        return shown;
      };
      const sampledOnShow = (shape: SVGGeometryElement) => {
        const region = regionOf(shape);
        const inside = (x: number, y: number) =>
          x >= region.left - 0.5 && x <= region.right + 0.5 && y >= region.top - 0.5 && y <= region.bottom + 0.5;
        const matrix = shape.getScreenCTM();
        const total = typeof shape.getTotalLength === 'function' ? shape.getTotalLength() : 0;
        if (matrix && total > 0) {
          const count = Math.min(200, Math.max(2, Math.ceil(total)));
          for (let i = 0; i <= count; i++) {
            const p = shape.getPointAtLength((total * i) / count).matrixTransform(matrix);
            if (inside(p.x, p.y)) return true;
          }
          return false;
        }
        const box = shape.getBoundingClientRect();
        return inside((box.left + box.right) / 2, (box.top + box.bottom) / 2);
      };
      // Dots, line points and leaders on show, by colour, for each text's `near` (first reading only: geometry).
      const dots: { x: number; y: number; r: number; colour: string }[] = [];
      const linePoints = new Map<string, { x: number; y: number }[]>();
      const sample = (shape: SVGGeometryElement, colour: string) => {
        const matrix = shape.getScreenCTM();
        const total = typeof shape.getTotalLength === 'function' ? shape.getTotalLength() : 0;
        if (!matrix || !(total > 0)) return;
        const points = linePoints.get(colour) ?? [];
        linePoints.set(colour, points);
        const count = Math.min(400, Math.max(2, Math.ceil(total / 2)));
        for (let i = 0; i <= count; i++)
          points.push(shape.getPointAtLength((total * i) / count).matrixTransform(matrix));
      };
      const marks: { mark: string; colour: string; opacity: number }[] = [];
      const shown = new Set<string>();
      // Every dot in drawing order, on show or not (its place is its identity), with whether it is filled.
      const circles: { id: number; x: number; y: number; r: number; colour: string; filled: boolean; on: boolean }[] =
        [];
      // Dots on show, each hidden when filled dots of another colour drawn after it cover half its sample points or
      // more (its middle and eight points round it at 0.7 of its radius, or on its ring for an unfilled one).
      const dotsOnShow = (all: typeof circles) =>
        all
          .filter((c) => c.on)
          .map((c) => {
            const k = c.filled ? 0.7 : 1;
            const points = [
              ...(c.filled ? [{ x: c.x, y: c.y }] : []),
              ...Array.from({ length: 8 }, (_, i) => ({
                x: c.x + k * c.r * Math.cos((i * Math.PI) / 4),
                y: c.y + k * c.r * Math.sin((i * Math.PI) / 4),
              })),
            ];
            const over = all.filter((o) => o.id > c.id && o.on && o.filled && o.colour !== c.colour);
            const covered = points.filter((p) => over.some((o) => Math.hypot(p.x - o.x, p.y - o.y) <= o.r)).length;
            const hidden = covered * 2 >= points.length;
            return { id: c.id, of: all.length, x: c.x, y: c.y, r: c.r, colour: c.colour, hidden };
          });
      for (const group of svg.querySelectorAll('g[data-mark]')) {
        const mark = group.getAttribute('data-mark') ?? '';
        if (/grid|axis|tick|frame/.test(mark)) continue;
        for (const shape of group.querySelectorAll<SVGGeometryElement>('path, line, circle, rect, polyline')) {
          const style = getComputedStyle(shape);
          const stroked = style.stroke !== 'none' && Number(style.strokeWidth.replace('px', '')) > 0;
          if (stroked) marks.push({ mark, colour: style.stroke, opacity: opacityUp(shape, 'stroke-opacity') });
          else if (style.fill !== 'none')
            marks.push({ mark, colour: style.fill, opacity: opacityUp(shape, 'fill-opacity') });
          if (first && shape instanceof SVGCircleElement && !/text|leader/.test(mark)) {
            const box = shape.getBoundingClientRect();
            const filled = style.fill !== 'none' && opacityUp(shape, 'fill-opacity') > 0;
            const r = box.width / 2;
            const at = { x: box.left + r, y: box.top + box.height / 2, r };
            circles.push({ id: circles.length, ...at, colour: filled ? style.fill : style.stroke, filled, on: false });
          }
          // Colours on show, outline and fill alike (a ringed dot shows both), for names-without-marks.ts.
          if (/text/.test(mark) || !onShow(shape)) continue;
          if (first && shape instanceof SVGCircleElement && !/leader/.test(mark)) circles.at(-1)!.on = true;
          if (stroked && opacityUp(shape, 'stroke-opacity') > 0) shown.add(style.stroke);
          if (style.fill !== 'none' && opacityUp(shape, 'fill-opacity') > 0) shown.add(style.fill);
          if (!first) continue;
          if (shape instanceof SVGCircleElement) {
            const box = shape.getBoundingClientRect();
            const colour = style.fill !== 'none' && opacityUp(shape, 'fill-opacity') > 0 ? style.fill : style.stroke;
            const r = box.width / 2;
            dots.push({ x: box.left + r, y: box.top + box.height / 2, r, colour });
          } else if (stroked && mark !== 'leader' && shape.tagName !== 'rect') sample(shape, style.stroke);
        }
      }
      // A leader starts at its label's padded box (2 px), placed by the layout's estimate of the text's width: the
      // browser's text may be narrower, by up to a few characters for a long bold name.
      const LEADER_SLACK = 24;
      // A leader is drawn in one group with its text mark (leader.ts drawLeaders): a text is joined to its point
      // when a leader of its own mark starts at its box.
      // The leader's far end, where one joins the text; undefined where none does.
      const joined = (element: Element, box: { left: number; top: number; right: number; bottom: number }) => {
        const group = element.closest('g[data-mark="text"]')?.parentElement;
        const lines = group ? [...group.querySelectorAll<SVGLineElement>(':scope > g[data-mark="leader"] line')] : [];
        for (const line of lines) {
          const matrix = line.getScreenCTM();
          if (!matrix) continue;
          const [a, b] = [
            new DOMPoint(line.x1.baseVal.value, line.y1.baseVal.value),
            new DOMPoint(line.x2.baseVal.value, line.y2.baseVal.value),
          ].map((p) => p.matrixTransform(matrix)) as [DOMPoint, DOMPoint];
          const [near, far] = gapTo(a, box) <= gapTo(b, box) ? [a, b] : [b, a];
          if (gapTo(near, box) <= LEADER_SLACK) return { x: far.x, y: far.y };
        }
        return undefined;
      };
      const gapTo = (p: { x: number; y: number }, t: { left: number; top: number; right: number; bottom: number }) =>
        Math.hypot(Math.max(t.left - p.x, 0, p.x - t.right), Math.max(t.top - p.y, 0, p.y - t.bottom));
      if (first)
        for (const [i, text] of (texts as ((typeof texts)[number] & { near?: unknown })[]).entries()) {
          const element = textElements[i]!;
          if (text.axis) continue;
          const own = dots.filter((d) => d.colour === text.fill).map((d) => Math.max(0, gapTo(d, text) - d.r));
          const points = linePoints.get(text.fill) ?? [];
          const line = points.length ? Math.min(...points.map((p) => gapTo(p, text))) : undefined;
          const dot = own.length ? Math.min(...own) : undefined;
          if (dot === undefined && line === undefined) continue;
          const leaderTo = joined(element, text);
          text.near = { dot, line, leader: leaderTo !== undefined, dots: own.length, ...(leaderTo && { leaderTo }) };
        }
      const box = svg.getBoundingClientRect();
      const prose = [
        ...host.querySelectorAll(
          '[data-alt], output, figcaption, .figure-caption, .figure-title, a.figure-preset, .control-label',
        ),
      ].map((e) => e.textContent ?? '');
      return {
        texts,
        marks,
        svg: { left: box.left, top: box.top, right: box.right, bottom: box.bottom },
        background,
        shownColours: [...shown],
        ...(first && { dots: dotsOnShow(circles) }),
        neutralColours: ['--fig-ink', '--fig-muted-ink'].map((property) => {
          const probe = document.createElementNS('http://www.w3.org/2000/svg', 'g');
          probe.style.fill = `var(${property})`;
          svg.append(probe);
          const colour = getComputedStyle(probe).fill;
          probe.remove();
          return colour;
        }),
        prose,
      };
    };
    document.documentElement.setAttribute('data-theme', 'light');
    const light = read(true);
    document.documentElement.setAttribute('data-theme', 'dark');
    const dark = read(false);
    return { light, dark };
  }, sliders);
}

/** The on-screen font size of every text on show in a superseded figure version's drawing, in CSS pixels. */
export function readFrozenText(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.figure-plot svg text')]
      // A drawing CSS hides (the other build-time width of a version whose code still draws it) is not on show.
      .filter(
        (text) => (text.textContent ?? '').trim() !== '' && text.closest('svg')!.getBoundingClientRect().width > 0,
      )
      .map((text) => {
        const svg = text.closest('svg')!;
        const viewBox = svg.viewBox.baseVal;
        const scale = viewBox && viewBox.width > 0 ? svg.getBoundingClientRect().width / viewBox.width : 1;
        return parseFloat(getComputedStyle(text).fontSize) * scale;
      }),
  );
}
