/**
 * A drawn wall-glut SVG read back for its tests (a test helper, no figure uses it): the figure's texts (the marks'
 * texts, not the axes') as estimated boxes and its rules as vertical segments, in the SVG's pixels with each
 * panel's offset added, and the faults a reader saw in v4 on a phone: a rule through a text, a rule's name no
 * nearer its own rule than another, two texts that meet.
 *
 * @example ruleFaults(renderFigureSvg(spec, params, {}, { width: 338 }), params.glut_delay)
 */
import { parseHTML } from 'linkedom';
import { overlaps, type Box } from '../layout/place-label.ts';
import { textWidth } from '../layout/text-width.ts';
import { PAGE_FONT_PX } from '../render.ts';
import { boxToRule } from './rule-names.ts';

export interface DrawnText {
  readonly text: string;
  readonly box: Box;
}
export interface DrawnRule {
  readonly x: number;
  readonly top: number;
  readonly bottom: number;
}

const translateOf = (el: Element) => {
  const m = /translate\(([-\d.e]+),\s*([-\d.e]+)\)/.exec(el.getAttribute('transform') ?? '');
  return m ? { x: Number(m[1]), y: Number(m[2]) } : { x: 0, y: 0 };
};

/** The attribute an element has or inherits from its nearest ancestor that sets it. */
function inherited(el: Element | null, name: string): string | undefined {
  for (let at = el; at; at = at.parentElement) if (at.hasAttribute(name)) return at.getAttribute(name)!;
  return undefined;
}

/** Sum of the translations of an element and its ancestors. */
function offsetOf(el: Element | null) {
  let x = 0;
  let y = 0;
  for (let at = el; at; at = at.parentElement) {
    const t = translateOf(at);
    x += t.x;
    y += t.y;
  }
  return { x, y };
}

/** The figure's texts and rules as drawn. */
export function readDrawing(svg: string): { texts: DrawnText[]; rules: DrawnRule[] } {
  const { document } = parseHTML(`<html><body>${svg}</body></html>`);
  const texts = [...document.querySelectorAll('g[data-mark="text"] text')].map((el) => {
    const { x, y } = offsetOf(el as unknown as Element);
    const text = el.textContent ?? '';
    const size = Math.max(PAGE_FONT_PX, Number(inherited(el as unknown as Element, 'font-size') ?? 10));
    const width = textWidth(text, size, inherited(el as unknown as Element, 'font-weight') ?? 400);
    const anchor = inherited(el as unknown as Element, 'text-anchor') ?? 'start';
    const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
    // Plot's texts on a line's middle are shifted 0.32 em down; at the top, 0.71 em.
    const dy = el.getAttribute('y') === '0.71em' ? size * 0.575 : 0;
    const height = size * 1.15;
    return { text, box: { left, right: left + width, top: y + dy - height / 2, bottom: y + dy + height / 2 } };
  });
  const rules = [...document.querySelectorAll('g[data-mark="rule"] line')].map((el) => {
    const { x, y } = offsetOf(el.parentElement as unknown as Element);
    const [y1, y2] = [Number(el.getAttribute('y1')) + y, Number(el.getAttribute('y2')) + y];
    return { x: Number(el.getAttribute('x1')) + x, top: Math.min(y1, y2), bottom: Math.max(y1, y2) };
  });
  return { texts, rules };
}

/**
 * What a reader would see wrong with the rules and texts: a rule through a text's box (to a pixel), a rule's name
 * ("glut, leader", "glut, open", "glut, both") no nearer its own rule than another, two texts' boxes that meet.
 * The leader's rule is the left one when open models get the glut later (`delay` > 0), the right one when earlier.
 */
export function ruleFaults(svg: string, delay: number): string[] {
  const { texts, rules } = readDrawing(svg);
  const faults: string[] = [];
  for (const r of rules)
    for (const t of texts)
      if (r.x > t.box.left - 1 && r.x < t.box.right + 1 && r.top < t.box.bottom && r.bottom > t.box.top)
        faults.push(`a rule runs through “${t.text}”`);
  const sorted = [...rules].sort((a, b) => a.x - b.x);
  const own = (name: string) => {
    if (sorted.length === 1) return sorted[0];
    if (name.endsWith('leader')) return delay >= 0 ? sorted[0] : sorted[sorted.length - 1];
    if (name.endsWith('open')) return delay >= 0 ? sorted[sorted.length - 1] : sorted[0];
    return undefined;
  };
  // v5 drops "glut, " from the names when they have no room on a phone.
  for (const t of texts.filter((t) => /^(glut, )?(leader|open|both)$/.test(t.text))) {
    const mine = own(t.text);
    if (!mine) continue;
    const near = boxToRule(t.box, mine.x, mine.top, mine.bottom);
    for (const r of rules)
      if (r !== mine && boxToRule(t.box, r.x, r.top, r.bottom) <= near)
        faults.push(`“${t.text}” is as near another rule as its own`);
  }
  for (let a = 0; a < texts.length; a++)
    for (let b = a + 1; b < texts.length; b++)
      if (overlaps(texts[a]!.box, texts[b]!.box)) faults.push(`“${texts[a]!.text}” meets “${texts[b]!.text}”`);
  return faults;
}
