/**
 * KaTeX's stylesheet, only on the pages that show maths (issue 21: LCP). Imported by the essay template it was
 * bundled into every essay's one stylesheet, 23.8 KB raw before the first paint of essays without a formula
 * (edge, incentives). Now an essay links it only when its text has maths (remark-has-maths.ts); the
 * one-stylesheet step then merges it into that page's sheet, before the essay's and the site's rules as before
 * (src/bundling/one-stylesheet.ts keeps the links' order).
 *
 * In dev its font URLs become absolute (the merged sheet lives in /_astro/, so a relative URL would miss) and name
 * the WOFF2 file only: every browser the site supports reads WOFF2, and the WOFF and TTF copies were never fetched.
 * The built sheet (builtKatexSheet) keeps only the rules the built maths can match (katex-rules.ts) and carries the
 * faces it draws with, cut to its characters, as data: URLs (katex-faces.ts, katex-subset.ts): a page with maths
 * requests no font, so none waits in front of its first paint. Each page gets the sheet of its own maths
 * (katexSheetPathFor: pages with the same maths share a file), not one for all: meek drew no Size2 delimiter but
 * carried that face, and the wall carried meek's letters; on Lighthouse's simulated phone the merged sheet
 * (30.1 KB gzip) needed a second round trip that a sheet under 29.2 KB does not (scripts/bench/lcp-path.ts).
 * @example katexSheetCss('@font-face{src:url(fonts/A.woff2) format("woff2"),url(fonts/A.woff) format("woff")}')
 *   // '@font-face{src:url(/styles/katex-fonts/A.woff2) format("woff2")}'
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { facesInMaths, katexFaces } from './katex-faces.ts';
import { classesIn, usedRules } from './katex-rules.ts';
import { inlineFaces } from './katex-subset.ts';

/** Where the sheet is served in dev, and the name the pages link it by until the build gives each page its own. */
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

const original = () => readFileSync(join(KATEX_DIST, 'katex.min.css'), 'utf8');
const sheet = () => katexSheetCss(original());

/**
 * The sheet the build writes, for the pages that link it: the rules their maths can match, and the faces it draws
 * with as data: URLs of their subsets.
 */
export async function builtKatexSheet(css: string, pages: readonly string[]): Promise<string> {
  const faces = facesInMaths(pages, css);
  const rules = usedRules(katexSheetCss(css), classesIn(pages));
  return inlineFaces(rules, faces, (file) => readFileSync(join(KATEX_DIST, 'fonts', file)));
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => join(dir, file));
}

/**
 * Where a page's own sheet is written: named by a hash of its content, so pages whose maths needs the same sheet
 * share one cached file.
 * @example katexSheetPathFor('.katex{…}') // '/styles/katex.3f2a9c0b1d4e5f60.css'
 */
export function katexSheetPathFor(css: string): string {
  return `/styles/katex.${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
}

/** The integration: serves the sheet and its fonts in dev, writes them when the build is done. */
export function katexStylesheet(): AstroIntegration {
  return {
    name: 'open-closed:katex-stylesheet',
    // Before one-stylesheet merges it: the pages still link KATEX_SHEET_PATH by name.
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
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const link = `href="${KATEX_SHEET_PATH}"`;
        const source = original();
        mkdirSync(join(root, dirname(KATEX_SHEET_PATH)), { recursive: true });
        const written = new Map<string, string[]>();
        let pages = 0;
        for (const file of htmlFiles(root)) {
          const html = readFileSync(file, 'utf8');
          if (!html.includes(link)) continue;
          pages++;
          const css = await builtKatexSheet(source, [html]);
          const path = katexSheetPathFor(css);
          if (!written.has(path)) {
            writeFileSync(join(root, path), css);
            written.set(
              path,
              katexFaces(css).map((face) => face.file.replace(/\.woff2$/, '')),
            );
          }
          writeFileSync(file, html.replaceAll(link, `href="${path}"`));
        }
        logger.info(
          `${pages} pages with maths, ${written.size} distinct sheets, faces inlined: ` +
            [...new Set([...written.values()].flat())].join(', '),
        );
      },
    },
  };
}
