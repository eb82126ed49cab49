import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { morph, showDrawing } from './morph.ts';

const { document } = parseHTML('<!doctype html><html><body></body></html>');

function svg(markup: string): Element {
  const holder = document.createElement('div');
  holder.innerHTML = `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="200">${markup}</svg>`;
  return holder.firstElementChild!;
}

const axis = (ticks: number[]) =>
  `<g data-mark="x-axis tick label">${ticks.map((t) => `<text transform="translate(${t * 10},180)">${t}</text>`).join('')}</g>`;
const dots = (xs: number[]) => `<g data-mark="dot">${xs.map((x) => `<circle cx="${x}" cy="5" r="2.5"/>`).join('')}</g>`;

describe('morph', () => {
  it('keeps the text nodes that did not change and ends equal to the new drawing', () => {
    const current = svg(axis([1, 2, 3]) + '<text x="4">Gap 1.2 points</text>');
    const keptLabel = current.querySelector('g text');
    const next = svg(axis([1, 2, 3]) + '<text x="4">Gap 3.4 points</text>');
    const expected = next.outerHTML;
    morph(current, next);
    expect(current.outerHTML).toBe(expected);
    expect(current.querySelector('g text')).toBe(keptLabel);
  });

  it('updates a changed text in place instead of making a new element', () => {
    const current = svg('<text x="4" y="2">Gap 1.2</text>');
    const label = current.querySelector('text');
    const next = svg('<text x="9" y="2">Gap 3.4</text>');
    const expected = next.outerHTML;
    morph(current, next);
    expect(current.outerHTML).toBe(expected);
    expect(current.querySelector('text')).toBe(label);
  });

  it('replaces a group of shapes whole, and handles more or fewer children', () => {
    const current = svg(dots([1, 2, 3]) + axis([1, 2]));
    const oldDots = current.querySelector('[data-mark="dot"]');
    const next = svg(dots([2, 3]) + axis([1, 2, 3, 4]));
    const expected = next.outerHTML;
    morph(current, next);
    expect(current.outerHTML).toBe(expected);
    expect(current.querySelector('[data-mark="dot"]')).not.toBe(oldDots);

    const fewer = svg(dots([2]));
    const fewerMarkup = fewer.outerHTML;
    morph(current, fewer);
    expect(current.outerHTML).toBe(fewerMarkup);
  });

  it('replaces an element whose attributes differ in names or order, so the markup keeps the new order', () => {
    const current = svg('<text x="1" y="2">a</text>');
    const next = svg('<text y="2" x="1" font-weight="600">a</text>');
    const expected = next.outerHTML;
    morph(current, next);
    expect(current.outerHTML).toBe(expected);
  });
});

describe('showDrawing', () => {
  it('replaces the build-time drawings the first time, then morphs the drawing on show', () => {
    const container = document.createElement('div');
    container.innerHTML = '<div data-width="320"><svg></svg></div><div data-width="640"><svg></svg></div>';
    const first = svg(axis([1, 2]));
    expect(showDrawing(container, first)).toBe(first);
    expect(container.children.length).toBe(1);
    const second = svg(axis([1, 2, 3]));
    const expected = second.outerHTML;
    expect(showDrawing(container, second)).toBe(first);
    expect(container.innerHTML).toBe(expected);
  });

  it('replaces a drawing with different attributes on its root (another width)', () => {
    const container = document.createElement('div');
    const first = svg('');
    showDrawing(container, first);
    const holder = document.createElement('div');
    holder.innerHTML = '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="400" class="wide"></svg>';
    const wide = holder.firstElementChild!;
    expect(showDrawing(container, wide)).toBe(wide);
  });
});
