/**
 * KaTeX's faces inside its sheet, cut to the characters the built maths draws (issue 21: LCP). KaTeX's faces are
 * `font-display: block`, and a page's first layout requests every face its maths uses, anywhere on the page: on
 * Lighthouse's simulated phone those requests sat on the path to the first paragraph's paint (meek: 2 to 7 of them
 * in every run). Here each face the maths uses (katex-faces.ts) is cut to its characters with HarfBuzz's subsetter
 * (subset-font, as scripts/subset-fonts.ts cuts the site's faces), outlines, metrics and hinting kept, and written
 * into its @font-face as a data: URL, so no font is requested; a face the maths does not use is left out. The
 * Content-Security-Policy allows fonts from data: URLs for this (src/security/csp.ts).
 *
 * Each subset also keeps the letters FreeType's auto-hinter measures a face by (hinterReference): on Linux and
 * Android, Chromium hints text with it, and it sets each script's heights (its "blue zones") from those letters.
 * Without them the digits and letters a subset keeps were hinted a pixel differently at small sizes (C₀'s 0,
 * frontier's i); with them every equation and inline symbol of the essays draws pixel for pixel as before, at
 * 390 and 1280 px, light and dark, without JavaScript and in print.
 * @example await inlineFaces(css, new Map([['KaTeX_Main-Regular.woff2', new Set('(=)')]]), read)
 *   // '@font-face{font-display:block;font-family:KaTeX_Main;…;src:url(data:font/woff2;base64,d09GMgAB…) format("woff2")}'
 */
import subsetFont from 'subset-font';
import { katexFaces } from './katex-faces.ts';

/**
 * The letters FreeType's auto-hinter reads a script's blue zones from (its afblue.dat: capital tops and bottoms,
 * ascenders, x-height, descenders), Latin always (digits and symbols are hinted as Latin), Greek when the maths
 * uses a Greek letter. A letter of another script stops the build: its reference letters are not listed here.
 */
const HINTER_LATIN = 'THEZOCQSLU' + 'fijkdbh' + 'uvxzoescnr' + 'pqgy';
const HINTER_GREEK = 'ΓΒΕΖΘΟΩΔΞ' + 'βθδζλξ' + 'αειοπστω' + 'γημρφχψ';
export function hinterReference(characters: ReadonlySet<string>): string {
  const letters = [...characters].filter((char) => /\p{L}/u.test(char));
  const other = letters.find((char) => !/\p{Script=Latin}|\p{Script=Greek}/u.test(char));
  if (other) throw new Error(`KaTeX maths: "${other}" is in a script whose auto-hinter letters are not known`);
  return HINTER_LATIN + (letters.some((char) => /\p{Script=Greek}/u.test(char)) ? HINTER_GREEK : '');
}

/** Each face the maths uses, as a data: URL of its subset; the @font-face of every other face removed. */
export async function inlineFaces(
  css: string,
  used: ReadonlyMap<string, ReadonlySet<string>>,
  read: (file: string) => Buffer,
): Promise<string> {
  const known = new Set(katexFaces(css).map((face) => face.file));
  for (const file of used.keys())
    if (!known.has(file)) throw new Error(`KaTeX stylesheet: the maths uses ${file}, which has no @font-face`);
  const subsets = new Map<string, string>();
  for (const [file, characters] of used) {
    const text = [...characters].join('') + hinterReference(characters);
    const subset = await subsetFont(read(file), text, { targetFormat: 'woff2' });
    subsets.set(file, subset.toString('base64'));
  }
  return css.replace(/@font-face\{[^}]*\}/g, (rule) => {
    const [face] = katexFaces(rule);
    const data = subsets.get(face!.file);
    if (data === undefined) return '';
    return rule.replace(/src:[^;}]*/, `src:url(data:font/woff2;base64,${data}) format("woff2")`);
  });
}
