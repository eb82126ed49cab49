import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { katexFaces } from './katex-faces.ts';
import { hinterReference, inlineFaces } from './katex-subset.ts';

const css = readFileSync('node_modules/katex/dist/katex.min.css', 'utf8');
const read = (file: string) => readFileSync(`node_modules/katex/dist/fonts/${file}`);
/**
 * The tests that subset faces (harfbuzz, WebAssembly) take 1–3 s alone; a clean-clone npm test beside browser tests
 * (load 14) took 26 s, past the unit project's 20 s. The limit stops a hung test; it times nothing.
 */
const SUBSETTING_LIMIT_MS = 60_000;

describe("KaTeX's faces inlined, cut to the maths' characters", () => {
  it(
    'keeps only the faces the maths uses, each as a WOFF2 data: URL smaller than the whole face',
    async () => {
      const used = new Map([
        ['KaTeX_Main-Regular.woff2', new Set('(=)')],
        ['KaTeX_Math-Italic.woff2', new Set('xα')],
      ]);
      const sheet = await inlineFaces(css, used, read);
      expect(katexFaces(sheet).map((face) => face.file)).toEqual([
        'KaTeX_Main-Regular.woff2',
        'KaTeX_Math-Italic.woff2',
      ]);
      expect(sheet).not.toMatch(/url\((?!data:font\/woff2;base64,)/);
      for (const [, data] of sheet.matchAll(/base64,([^)]+)\)/g)) {
        const face = Buffer.from(data!, 'base64');
        expect(face.subarray(0, 4).toString('latin1')).toBe('wOF2');
        expect(face.length).toBeLessThan(read('KaTeX_Main-Regular.woff2').length / 2);
      }
      expect(sheet.replace(/@font-face\{[^}]*\}/g, '')).toBe(css.replace(/@font-face\{[^}]*\}/g, ''));
      expect(sheet).toContain(
        'font-display:block;font-family:KaTeX_Math;font-style:italic;font-weight:400;src:url(data:',
      );
    },
    SUBSETTING_LIMIT_MS,
  );

  it('ships no face when the pages have no maths', async () => {
    expect(await inlineFaces(css, new Map(), read)).not.toContain('@font-face');
  });

  it('stops on a face its sheet does not declare', async () => {
    await expect(inlineFaces(css, new Map([['KaTeX_Other.woff2', new Set('x')]]), read)).rejects.toThrow(
      /no @font-face/,
    );
  });
});

describe("the auto-hinter's reference letters", () => {
  it('are the Latin ones always, the Greek ones too when the maths uses a Greek letter', () => {
    expect(hinterReference(new Set('(0)'))).toBe('THEZOCQSLUfijkdbhuvxzoescnrpqgy');
    expect(hinterReference(new Set('xα'))).toContain('αειοπστω');
    expect(hinterReference(new Set('x'))).not.toMatch(/\p{Script=Greek}/u);
  });

  it('stop the build on a letter of a script whose reference letters are not known', () => {
    expect(() => hinterReference(new Set('xж'))).toThrow(/"ж"/);
  });

  it(
    'are kept in the subset, so a face with them is larger than one without',
    async () => {
      const used = (chars: string) => new Map([['KaTeX_Main-Regular.woff2', new Set(chars)]]);
      const bytes = async (chars: string) => (await inlineFaces(css, used(chars), read)).length;
      expect(await bytes('0')).toBe(await bytes('0o')); // 'o' is a reference letter already
      expect(await bytes('0')).toBeLessThan(await bytes('0+'));
    },
    SUBSETTING_LIMIT_MS,
  );
});
