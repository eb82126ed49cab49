/**
 * Writes the site's web fonts (src/fonts/site-fonts.ts): for each face, each unicode subset of its Fontsource
 * package that the site's text uses is cut down to the characters the site uses (subset-font, HarfBuzz's subsetter
 * compiled to WebAssembly: no binary download) and written to public/fonts/; src/fonts/fonts.css gets one
 * @font-face per file with Fontsource's unicode-range (so a page fetches a subset only when it shows one of its
 * characters), and src/fonts/characters.txt records the characters kept. Run it again when the unit test
 * src/fonts/site-fonts.test.ts says the text uses a character the subsets lack:
 *
 *   npm exec -- node scripts/subset-fonts.ts
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { format, resolveConfig } from 'prettier';
import subsetFont from 'subset-font';
import {
  FONT_DIR,
  FONT_FACES,
  fontFile,
  siteCharacters,
  unicodeRange,
  type FontFace,
} from '../src/fonts/site-fonts.ts';

const require = createRequire(import.meta.url);
const characters = siteCharacters('.');

/** Fontsource's @font-face blocks for a face: subset name → unicode-range. */
function subsetsOf(face: FontFace): Map<string, string> {
  const css = readFileSync(
    require.resolve(`${face.package}/${face.weight}${face.style === 'italic' ? '-italic' : ''}.css`),
    'utf8',
  );
  const subsets = new Map<string, string>();
  for (const block of css.split('@font-face').slice(1)) {
    const file = /files\/[a-z0-9-]+?-([a-z-]+)-\d+-(?:normal|italic)\.woff2/.exec(block);
    const range = /unicode-range:\s*([^;]+);/.exec(block);
    if (file && range) subsets.set(file[1]!, range[1]!.trim());
  }
  if (subsets.size === 0) throw new Error(`${face.package}: no @font-face with a unicode-range found`);
  return subsets;
}

const faces: string[] = [];
const out = 'public/fonts';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
let bytes = 0;
for (const face of FONT_FACES) {
  for (const [subset, range] of subsetsOf(face)) {
    const inRange = unicodeRange(range);
    const text = [...characters].filter((char) => inRange(char.codePointAt(0)!)).join('');
    if (text.length === 0) continue;
    const name = fontFile(face, subset);
    const source = readFileSync(require.resolve(`${face.package}/files/${name}`));
    const subsetBytes = await subsetFont(source, text, { targetFormat: 'woff2' });
    writeFileSync(`${out}/${name}`, subsetBytes);
    bytes += subsetBytes.length;
    console.log(`${name}: ${text.length} characters, ${source.length} → ${subsetBytes.length} bytes`);
    faces.push(
      [
        '@font-face {',
        `  font-family: '${face.family}';`,
        `  font-style: ${face.style};`,
        `  font-weight: ${face.weight};`,
        '  font-display: optional;',
        `  src: url('${FONT_DIR}${name}') format('woff2');`,
        `  unicode-range: ${range};`,
        '}',
      ].join('\n'),
    );
  }
}
const header =
  '/* Written by scripts/subset-fonts.ts from the Fontsource packages (SIL Open Font License 1.1): do not edit.\n' +
  '   font-display: optional, so a late face is never swapped in and text never moves (src/fonts/site-fonts.ts). */';
mkdirSync(dirname('src/fonts/fonts.css'), { recursive: true });
const cssFile = 'src/fonts/fonts.css';
const css = `${header}\n${faces.join('\n')}\n`;
writeFileSync(cssFile, await format(css, { ...(await resolveConfig(cssFile)), filepath: cssFile }));
writeFileSync('src/fonts/characters.txt', `${characters}\n`);
console.log(`${faces.length} font files, ${bytes} bytes in all; ${[...characters].length} characters`);
