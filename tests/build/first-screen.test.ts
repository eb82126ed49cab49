/**
 * What an essay's first screen waits for, in the built pages (issue 21: LCP): KaTeX's stylesheet only where the
 * page shows maths (src/markdown/katex-sheet.ts), with the faces its maths draws with inside it and no font file to
 * request (src/markdown/katex-subset.ts), and the web faces only once cached (src/fonts/web-fonts-script.ts):
 * the one inline script that chooses them, applies the stored theme and starts the module scripts after the first
 * paint (src/layouts/head-script.ts) is in every page's <head>, before the stylesheet, allowed by the page's
 * Content-Security-Policy; embeds, which promise no inline script, keep the web faces in their markup. No module
 * script of the page's own waits in the way: the page's one module script is a placeholder that the head script
 * starts after the first paint (src/layouts/after-paint.ts).
 * The timings are the bench's (npm run bench), not this file's.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WEB_FONTS_CLASS } from '../../src/fonts/web-fonts-script.ts';
import { AFTER_PAINT_ATTRIBUTE, AFTER_PAINT_TYPE } from '../../src/layouts/after-paint-script.ts';
import { AFTER_PAINT } from '../../src/layouts/after-paint.ts';
import { HEAD_SCRIPT, HEAD_SCRIPT_HASH } from '../../src/layouts/head-script.ts';
import { facesInMaths, katexFaces } from '../../src/markdown/katex-faces.ts';
import { KATEX_FONT_DIR, KATEX_SHEET_PATH, katexSheetPathFor } from '../../src/markdown/katex-sheet.ts';
import { essayPaths } from '../support/site-pages.ts';

const dist = new URL('../../dist/', import.meta.url).pathname;
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
const stylesheetOf = (html: string) => /<link rel="stylesheet" href="([^"]+)"/.exec(html)?.[1];
const isEmbed = (page: string) => /\/embed\//.test(page);

describe.each(essayPaths())('%s', (path) => {
  const html = read(join(path, 'index.html'));
  const css = read(stylesheetOf(html)!);

  it("links KaTeX's stylesheet if and only if it shows maths, and the fonts it names are served", () => {
    const hasMaths = html.includes('class="katex"');
    expect(css.includes('.katex{'), path).toBe(hasMaths);
    expect(css.includes('KaTeX_Main'), path).toBe(hasMaths);
    for (const [, file] of css.matchAll(/url\((\/[^)]+)\)/g)) expect(existsSync(join(dist, file!)), file).toBe(true);
  });
});

it('the essays with maths and those without are both still here (meek-models has maths, the edge has none)', () => {
  expect(read('essays/meek-models/index.html')).toContain('class="katex"');
  expect(read('essays/the-edge/index.html')).not.toContain('class="katex"');
});

describe.each(essayPaths().filter((path) => read(join(path, 'index.html')).includes('class="katex"')))(
  "%s: KaTeX's sheet, its own",
  (path) => {
    const html = read(join(path, 'index.html'));
    // The page's one stylesheet names the sheets it merged (src/bundling/one-stylesheet.ts); KaTeX's is the page's own.
    const merged = read(stylesheetOf(html)!);
    const sheetPath = /^\/\* (\/styles\/katex\.[0-9a-f]{16}\.css) \*\/$/m.exec(merged)?.[1];
    const css = sheetPath ? read(sheetPath) : '';
    const faces = katexFaces(css).map((face) => face.file);
    const original = readFileSync('node_modules/katex/dist/katex.min.css', 'utf8');

    it("is merged into the page's stylesheet under a name of its own content", () => {
      expect(sheetPath, 'a per-page KaTeX sheet in the merged stylesheet').toBeDefined();
      expect(sheetPath).toBe(katexSheetPathFor(css));
      expect(merged).toContain(css.trim());
      expect(existsSync(join(dist, KATEX_SHEET_PATH)), 'no sheet for all pages is written').toBe(false);
    });

    it("carries exactly the faces this page's maths draws with, and no font file is written beside it", () => {
      expect([...facesInMaths([html], original).keys()].sort()).toEqual([...faces].sort());
      expect(faces).toContain('KaTeX_Main-Regular.woff2');
      expect(faces, 'no essay writes Fraktur or bold maths').not.toContain('KaTeX_Fraktur-Regular.woff2');
      expect(faces).not.toContain('KaTeX_Main-Bold.woff2');
      expect(existsSync(join(dist, KATEX_FONT_DIR))).toBe(false);
    });

    it('carries each face as a WOFF2 data: URL, and names no font file', () => {
      expect(css.match(/url\(/g)).toHaveLength(faces.length);
      expect(css).not.toMatch(/url\((?!data:font\/woff2;base64,)/);
    });

    it("keeps KaTeX's rules for what this page's maths uses, and not those for what it does not (\\cancel, arrays)", () => {
      // Fractions: meek has them, the wall has none (the test after these checks both are still so).
      expect(css.includes('.katex .mfrac .frac-line{'), 'fraction rules').toBe(/class="[^"]*\bmfrac\b/.test(html));
      expect(css).not.toContain('.cancel-pad');
      expect(original).toContain('.katex .mtable .vertical-separator{');
      expect(css).not.toContain('.mtable');
    });
  },
);

it('meek draws fractions and no Size2 delimiter, the wall the reverse: each sheet carries what its page draws', () => {
  const sheetOf = (path: string) => {
    const merged = read(stylesheetOf(read(join(path, 'index.html')))!);
    return read(/^\/\* (\/styles\/katex\.[0-9a-f]{16}\.css) \*\/$/m.exec(merged)![1]!);
  };
  expect(sheetOf('essays/meek-models/')).not.toContain('KaTeX_Size2');
  expect(sheetOf('essays/meek-models/')).toContain('.katex .mfrac .frac-line{');
  expect(sheetOf('essays/peak-capabilities-wall/')).toContain('KaTeX_Size2');
  expect(sheetOf('essays/peak-capabilities-wall/')).not.toContain('.katex .mfrac');
});

describe('the web faces', () => {
  it('are chosen by the one inline head script, in <head> before the stylesheet, on every page but embeds', () => {
    for (const page of pages.filter((p) => !isEmbed(p))) {
      const html = read(page);
      const head = html.slice(0, html.indexOf('</head>'));
      const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
      expect(scripts, page).toEqual([HEAD_SCRIPT]);
      const stylesheet = head.indexOf('<link rel="stylesheet"');
      if (stylesheet >= 0) expect(head.indexOf(`<script>${HEAD_SCRIPT}`), page).toBeLessThan(stylesheet);
      expect(head, page).toContain(HEAD_SCRIPT_HASH);
      expect(html, `${page}: the web faces wait for the script`).toMatch(/^<!DOCTYPE html><html lang="en">/);
    }
  });

  it('are set in the markup of embeds, which carry no inline script', () => {
    const embeds = pages.filter(isEmbed);
    expect(embeds.length).toBeGreaterThan(0);
    for (const page of embeds) {
      const html = read(page);
      expect(html, page).toMatch(new RegExp(`^<!DOCTYPE html><html lang="en" class="${WEB_FONTS_CLASS}">`));
      expect(html, page).not.toContain(HEAD_SCRIPT);
    }
  });

  it('are named only under the class in the stylesheets', () => {
    let named = 0;
    for (const sheet of readdirSync(join(dist, '_astro')).filter((file) => file.endsWith('.css'))) {
      const css = read(`_astro/${sheet}`);
      for (const [rule] of css.matchAll(/[^{}]*\{[^{}]*["']Source (?:Serif 4|Sans 3)["'][^{}]*\}/g)) {
        if (rule.includes('@font-face')) continue;
        named++;
        expect(rule.trim(), sheet).toMatch(/^(?:\/\*[^*]*\*\/\s*)?:root\.web-fonts\s*\{/);
      }
    }
    expect(named, 'the pattern finds the rule that names them').toBeGreaterThan(0);
  });
});

describe('the module scripts', () => {
  const moduleScripts = (html: string) =>
    [...html.matchAll(/<script type="module" src="\/_astro\/([^".]+)\.astro_astro_type_script_[^"]+"><\/script>/g)].map(
      (match) => match[1],
    );
  const placeholders = (html: string) =>
    [
      ...html.matchAll(
        new RegExp(`<script type="${AFTER_PAINT_TYPE}" ${AFTER_PAINT_ATTRIBUTE}="([^"]+)"></script>`, 'g'),
      ),
    ].map((match) => match[1]!);

  it('wait for the first paint on every page with the site chrome: one page script, no listed module left', () => {
    for (const page of pages.filter((p) => !isEmbed(p))) {
      const html = read(page);
      for (const component of moduleScripts(html))
        expect(AFTER_PAINT, `${page}: ${component}`).not.toContain(component);
      const deferred = placeholders(html);
      expect(
        deferred.filter((src) => src.includes('/PageScript.astro_')),
        page,
      ).toHaveLength(1);
      for (const src of deferred) expect(existsSync(join(dist, src)), `${page}: ${src}`).toBe(true);
    }
  });

  it('stay as Astro wrote them on embeds: the page script on live ones, none on static ones', () => {
    const embeds = pages.filter(isEmbed);
    for (const page of embeds) {
      const html = read(page);
      expect(placeholders(html), page).toEqual([]);
      if (/\/embed\/static\//.test(page)) expect(html, page).not.toContain('<script');
    }
    const live = embeds.filter((page) => read(page).includes('<live-figure'));
    expect(live.length).toBeGreaterThan(0);
    for (const page of live) expect(moduleScripts(read(page)), page).toEqual(['PageScript']);
  });
});
