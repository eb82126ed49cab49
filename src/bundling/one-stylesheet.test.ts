import { describe, expect, it } from 'vitest';
import { mergeStylesheets } from './one-stylesheet.ts';

const sheets: Record<string, string> = {
  '/styles/math.css': '.m{top:1px}',
  '/_astro/Base.css': 'body{margin:0}\n',
  '/_astro/Figure.css': '.f{color:red}',
};
const read = (href: string) => sheets[href] ?? '';

describe('mergeStylesheets', () => {
  it('links one sheet: the page’s sheets concatenated in their order, named by their content', () => {
    const html =
      '<head><link rel="stylesheet" href="/styles/math.css"><link rel="stylesheet" href="/_astro/Base.css">' +
      '<title>t</title><link rel="stylesheet" href="/_astro/Figure.css"></head>';
    const { html: merged, sheet } = mergeStylesheets(html, read);
    expect(sheet?.path).toMatch(/^\/_astro\/page\.[0-9a-f]{16}\.css$/);
    expect(merged).toBe(`<head><link rel="stylesheet" href="${sheet!.path}"><title>t</title></head>`);
    expect(sheet!.css).toBe(
      '/* /styles/math.css */\n.m{top:1px}\n/* /_astro/Base.css */\nbody{margin:0}\n/* /_astro/Figure.css */\n.f{color:red}\n',
    );
    // The same sheets give the same file, so pages share it.
    expect(mergeStylesheets(html, read).sheet!.path).toBe(sheet!.path);
  });

  it('leaves a page with one sheet, or a sheet with @import, as it is', () => {
    const one = '<link rel="stylesheet" href="/_astro/Base.css">';
    expect(mergeStylesheets(one, read)).toEqual({ html: one });
    const withImport = `${one}<link rel="stylesheet" href="/x.css">`;
    expect(mergeStylesheets(withImport, (href) => (href === '/x.css' ? '@import "y.css";' : ''))).toEqual({
      html: withImport,
    });
  });
});
