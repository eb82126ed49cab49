/**
 * The site's web fonts (issue 21, type): Source Serif 4 for the text and Source Sans 3, its companion, for the UI,
 * self-hosted from their Fontsource npm packages and subset to the characters the site's text uses
 * (scripts/subset-fonts.ts writes public/fonts/ and src/fonts/fonts.css; a unit test fails when a new character
 * appears that the subsets lack, naming the command). No face is preloaded: in Lighthouse's mobile run on a quiet
 * machine (npm run bench, 2026-12-07) the two preloads (31 KB) competed with the HTML and the stylesheet and held
 * back the first paint: LCP meek 2.42 → 1.66 s, wall 2.26 → 1.11 s, performance 95 → 99 and 97 → 100 without
 * them. A reader's first page does not use them at all: it is set in the system faces, fetches these once it has
 * loaded, and the next page uses them from the cache (src/fonts/web-fonts-script.ts: with a font file finished before
 * the first paint, Lighthouse's LCP was 1.7–2.0 s). Every face has `font-display: optional`: a
 * face that is not there within the first moments is not swapped in later, so text never moves (CLS 0); the
 * system faces take its place until the next page.
 * Figures keep the system sans-serif stack (their SVG says font-family="system-ui, sans-serif"): their label
 * layout is measured for it, the published SVG and PNG files (resvg, with DejaVu) draw with it, and so does print.
 * @example FONT_FACES.filter((face) => face.preload) // the faces Base.astro preloads: none (see above)
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface FontFace {
  /** The Fontsource package and its family name. */
  readonly package: string;
  readonly family: string;
  readonly weight: number;
  readonly style: 'normal' | 'italic';
  /** Preloaded on every page (the first screen's faces). */
  readonly preload: boolean;
}

export const SERIF = 'Source Serif 4';
export const SANS = 'Source Sans 3';

export const FONT_FACES: readonly FontFace[] = [
  { package: '@fontsource/source-serif-4', family: SERIF, weight: 400, style: 'normal', preload: false },
  { package: '@fontsource/source-serif-4', family: SERIF, weight: 400, style: 'italic', preload: false },
  { package: '@fontsource/source-serif-4', family: SERIF, weight: 700, style: 'normal', preload: false },
  { package: '@fontsource/source-sans-3', family: SANS, weight: 400, style: 'normal', preload: false },
  { package: '@fontsource/source-sans-3', family: SANS, weight: 600, style: 'normal', preload: false },
];

/** Where the subset files are served from (public/fonts/). */
export const FONT_DIR = '/fonts/';

/** A subset file's name: Fontsource's name for the face's file of that unicode subset. */
export function fontFile(face: FontFace, subset: string): string {
  const slug = face.package.replace('@fontsource/', '');
  return `${slug}-${subset}-${face.weight}-${face.style}.woff2`;
}

/** The files Base.astro preloads: the preloaded faces' Latin subsets. */
export const PRELOADED_FONTS: readonly string[] = FONT_FACES.filter((face) => face.preload).map(
  (face) => `${FONT_DIR}${fontFile(face, 'latin')}`,
);

/** Sources whose text readers see in the site's own faces: essays, components, figure and parameter text, references. */
const TEXT_SOURCES: readonly { dir: string; pattern: RegExp }[] = [
  { dir: 'src/content', pattern: /\.mdx?$/ },
  { dir: 'src/components', pattern: /\.(astro|ts)$/ },
  { dir: 'src/pages', pattern: /\.(astro|ts)$/ },
  { dir: 'src/layouts', pattern: /\.astro$/ },
  { dir: 'src/figures', pattern: /\.ts$/ },
  { dir: 'src/model/parameters', pattern: /\.ts$/ },
  { dir: 'src/bibliography', pattern: /\.json$/ },
];

const span = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).join('');
/**
 * Always kept, so an essay's next sentence rarely needs a new subset: Basic Latin and Latin-1, the punctuation of
 * English prose (dashes, quotes, ellipsis, primes), super- and subscripts, arrows, the minus sign and Greek letters
 * (a Greek subset loads only on pages that show one). Any other character is kept when the site's text has it.
 */
const ALWAYS =
  span(0x20, 0x7e) +
  span(0xa0, 0xff) +
  span(0x2010, 0x2027) +
  span(0x2030, 0x203a) +
  span(0x2070, 0x209f) +
  span(0x2190, 0x2193) +
  '\u2212' +
  span(0x391, 0x3a9) +
  span(0x3b1, 0x3c9);

/**
 * Every character the site's text can show, sorted, from the sources under `root` (the repository).
 * @example siteCharacters('.').includes('—') // true
 */
export function siteCharacters(root: string): string {
  const seen = new Set<string>(ALWAYS);
  for (const { dir, pattern } of TEXT_SOURCES) {
    for (const file of readdirSync(`${root}/${dir}`, { recursive: true, encoding: 'utf8' })) {
      if (!pattern.test(file) || file.includes('.test.')) continue;
      for (const char of readFileSync(`${root}/${dir}/${file}`, 'utf8')) {
        const code = char.codePointAt(0)!;
        if (code >= 0x20 && !(code >= 0x7f && code < 0xa0) && !(code >= 0xd800 && code < 0xe000)) seen.add(char);
      }
    }
  }
  return [...seen].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join('');
}

/** Parses a CSS unicode-range ("U+0000-00FF, U+0131") into a test for a code point. */
export function unicodeRange(range: string): (code: number) => boolean {
  const spans = range.split(',').map((part) => {
    const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from!, 16), parseInt(to!, 16)] as const;
  });
  return (code) => spans.some(([from, to]) => code >= from && code <= to);
}
