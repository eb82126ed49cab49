import { describe, expect, it } from 'vitest';
import {
  rehypeStyleToClass,
  styleClass,
  styleRule,
  styleSheet,
  styleSheetFor,
  styleSheetPathFor,
} from './style-attributes.ts';

describe('style attributes as classes', () => {
  it('moves a style attribute into a class with an !important rule', () => {
    const node = {
      type: 'element',
      properties: { className: ['strut'], style: 'height:1em;vertical-align:-0.25em' },
      children: [],
    };
    rehypeStyleToClass()({ type: 'root', children: [node] } as never);
    const name = styleClass('height:1em;vertical-align:-0.25em');
    expect(node.properties).toEqual({ className: ['strut', name] });
    expect(styleSheet()).toContain(`.${name}{height:1em !important;vertical-align:-0.25em !important}`);
  });
  it('names a style by its text, so the same style gives the same class in every build', () => {
    expect(styleClass('top:-2.55em')).toBe(styleClass('top:-2.55em'));
    expect(styleClass('top:-2.55em')).not.toBe(styleClass('top:-2.5em'));
    expect(styleRule('s-x', 'color: red !important; ')).toBe('.s-x{color: red !important}');
  });
  it("gives a page the rules its own classes use, in the sheet's order, under a name of their hash", () => {
    const [a, b, c] = ['top:1em', 'top:2em', 'top:3em'].map((style) => styleClass(style));
    const sheet = [a, b, c].map((name, i) => `${styleRule(name!, `top:${i + 1}em`)}\n`).join('');
    const html = `<span class="vlist ${c}"></span><span class="${a}"></span><p>not a class: s-${'0'.repeat(9)}</p>`;
    expect(styleSheetFor(html, sheet)).toBe(`.${a}{top:1em !important}\n.${c}{top:3em !important}\n`);
    expect(styleSheetFor('<p>no maths</p>', sheet)).toBe('');
    expect(styleSheetPathFor('.a{}')).toMatch(/^\/styles\/math\.[0-9a-f]{16}\.css$/);
    expect(styleSheetPathFor('.a{}')).not.toBe(styleSheetPathFor('.b{}'));
  });
});
