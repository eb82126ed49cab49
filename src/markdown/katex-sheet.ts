/**
 * KaTeX's stylesheet, only on the pages that show maths (issue 21: LCP). Imported by the essay template it was
 * bundled into every essay's one stylesheet, 23.8 KB raw before the first paint of essays without a formula
 * (edge, incentives). Now the build writes it to /styles/katex.css, with its fonts beside it, and an essay links it
 * only when its text has maths (remark-has-maths.ts); the one-stylesheet step then merges it into that page's sheet,
 * before the essay's and the site's rules as before (src/bundling/one-stylesheet.ts keeps the links' order).
 *
 * Its font URLs become absolute (the merged sheet lives in /_astro/, so a relative URL would miss) and name the
 * WOFF2 file only: every browser the site supports reads WOFF2, and the WOFF and TTF copies were never fetched.
 * @example katexSheetCss('@font-face{src:url(fonts/A.woff2) format("woff2"),url(fonts/A.woff) format("woff")}')
 *   // '@font-face{src:url(/styles/katex-fonts/A.woff2) format("woff2")}'
 */
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Where the sheet and its fonts are served. */
export const KATEX_SHEET_PATH = '/styles/katex.css';
export const KATEX_FONT_DIR = '/styles/katex-fonts/';

const KATEX_DIST = dirname(createRequire(import.meta.url).resolve('katex/dist/katex.min.css'));

/** KaTeX's CSS with each font source list cut to its WOFF2 file, at an absolute URL. */
export function katexSheetCss(css: string): string {
  const rewritten = css.replace(/src:([^;}]*)/g, (declaration, list: string) => {
    const woff2 = /url\(fonts\/([^)]+\.woff2)\) format\("woff2"\)/.exec(list);
    if (!woff2) throw new Error(`KaTeX stylesheet: a font without a WOFF2 file: ${declaration}`);
    return `src:url(${KATEX_FONT_DIR}${woff2[1]}) format("woff2")`;
  });
  if (/url\(fonts\//.test(rewritten)) throw new Error('KaTeX stylesheet: a relative font URL outside a src list');
  return rewritten;
}

/** The font files the sheet names. */
export function katexFontFiles(css: string): string[] {
  return [...css.matchAll(new RegExp(`url\\(${KATEX_FONT_DIR}([^)]+)\\)`, 'g'))].map((match) => match[1]!);
}

const sheet = () => katexSheetCss(readFileSync(join(KATEX_DIST, 'katex.min.css'), 'utf8'));

/** The integration: serves the sheet and its fonts in dev, writes them when the build is done. */
export function katexStylesheet(): AstroIntegration {
  return {
    name: 'open-closed:katex-stylesheet',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const path = request.url?.split('?')[0] ?? '';
          if (path === KATEX_SHEET_PATH) {
            response.setHeader('Content-Type', 'text/css; charset=utf-8');
            response.end(sheet());
          } else if (
            path.startsWith(KATEX_FONT_DIR) &&
            readdirSync(join(KATEX_DIST, 'fonts')).includes(path.slice(KATEX_FONT_DIR.length))
          ) {
            response.setHeader('Content-Type', 'font/woff2');
            response.end(readFileSync(join(KATEX_DIST, 'fonts', path.slice(KATEX_FONT_DIR.length))));
          } else next();
        });
      },
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const css = sheet();
        mkdirSync(join(root, KATEX_FONT_DIR), { recursive: true });
        writeFileSync(join(root, KATEX_SHEET_PATH), css);
        for (const file of katexFontFiles(css))
          copyFileSync(join(KATEX_DIST, 'fonts', file), join(root, KATEX_FONT_DIR, file));
      },
    },
  };
}
