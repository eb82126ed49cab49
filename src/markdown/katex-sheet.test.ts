import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KATEX_FONT_DIR, katexFontFiles, katexSheetCss, katexSheetPathFor } from './katex-sheet.ts';

describe("KaTeX's stylesheet as its own file", () => {
  const original = readFileSync('node_modules/katex/dist/katex.min.css', 'utf8');
  const css = katexSheetCss(original);

  it('names each font by an absolute URL to its WOFF2 file, so it still resolves once merged into /_astro/', () => {
    const faces = original.match(/@font-face\{/g)!.length;
    expect(katexFontFiles(css)).toHaveLength(faces);
    expect(katexFontFiles(css)).toContain('KaTeX_Main-Regular.woff2');
    for (const url of css.match(/url\([^)]*\)/g)!)
      expect(url).toMatch(new RegExp(`^url\\(${KATEX_FONT_DIR}KaTeX_[\\w-]+\\.woff2\\)$`));
  });

  it('changes nothing but the font sources', () => {
    const withoutSources = (text: string) => text.replace(/src:[^;}]*/g, 'src:');
    expect(withoutSources(css)).toBe(withoutSources(original));
  });

  it('stops the build on a font it cannot serve as WOFF2', () => {
    expect(() => katexSheetCss('@font-face{src:url(fonts/A.ttf) format("truetype")}')).toThrow(/without a WOFF2/);
  });
});

describe('katexSheetPathFor', () => {
  it("names a page's own sheet by its content: the same maths shares one file, other maths gets another", () => {
    expect(katexSheetPathFor('.katex{a}')).toMatch(/^\/styles\/katex\.[0-9a-f]{16}\.css$/);
    expect(katexSheetPathFor('.katex{a}')).toBe(katexSheetPathFor('.katex{a}'));
    expect(katexSheetPathFor('.katex{a}')).not.toBe(katexSheetPathFor('.katex{b}'));
  });
});
