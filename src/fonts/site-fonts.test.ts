/** The web fonts as written by scripts/subset-fonts.ts: present, optional, and covering the site's text. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FONT_DIR, FONT_FACES, PRELOADED_FONTS, fontFile, siteCharacters, unicodeRange } from './site-fonts.ts';

const css = readFileSync('src/fonts/fonts.css', 'utf8');
const kept = readFileSync('src/fonts/characters.txt', 'utf8').replace(/\n$/, '');
const files = readdirSync('public/fonts');

describe('the site fonts', () => {
  it('subset the characters the site uses: a new one means running the subsetter again', () => {
    const missing = [...siteCharacters('.')].filter((char) => !kept.includes(char));
    expect(
      missing,
      `characters the fonts were not subset for: run \`npm exec -- node scripts/subset-fonts.ts\``,
    ).toEqual([]);
  });

  it('declare one optional face per file, each file served from public/fonts', () => {
    const sources = [...css.matchAll(/src: url\('([^']+)'\) format\('woff2'\);/g)].map((match) => match[1]!);
    expect(sources.map((src) => src.replace(FONT_DIR, '')).sort()).toEqual([...files].sort());
    expect(css.match(/font-display: optional;/g)).toHaveLength(sources.length);
    expect(css).not.toMatch(/font-display: (swap|block|fallback)/);
  });

  it('have a Latin file for every face, and preload none (preloads held back the first paint: see site-fonts.ts)', () => {
    for (const face of FONT_FACES) expect(files).toContain(fontFile(face, 'latin'));
    expect(PRELOADED_FONTS).toEqual([]);
  });

  it('read unicode ranges as CSS does', () => {
    const latin = unicodeRange('U+0000-00FF, U+0131, U+2000-206F');
    expect([0x41, 0xe9, 0x131, 0x2014].map(latin)).toEqual([true, true, true, true]);
    expect([0x100, 0x3c3].map(latin)).toEqual([false, false]);
  });
});
