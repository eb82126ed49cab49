import { describe, expect, it } from 'vitest';
import { rehypeStyleToClass, styleClass, styleRule, styleSheet } from './style-attributes.ts';

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
});
