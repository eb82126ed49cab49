/**
 * One stylesheet per page: Astro links each component's CSS as its own file (an essay had six: the base, the
 * essay's, the figure's, the parameter values', the claims', and /styles/math.css), and each is a request that
 * holds up the first paint (issue 21: LCP). When the build is done, every page's stylesheet links are replaced by
 * one link to their concatenation, in the same order (so the cascade is unchanged), named by a hash of its content:
 * pages with the same set share one cached file. `astro dev` keeps Astro's separate files.
 * @example mergeStylesheets('<link rel="stylesheet" href="/a.css"><link rel="stylesheet" href="/b.css">', read)
 *   // { html: '<link rel="stylesheet" href="/_astro/page.1a2b3c4d5e6f7a8b.css">', sheet: { path, css } }
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const LINK = /<link rel="stylesheet" href="([^"]+)"\s*\/?>/g;

export interface MergedPage {
  html: string;
  /** The merged sheet, when the page linked more than one. */
  sheet?: { path: string; css: string };
}

/**
 * Replaces a page's stylesheet links with one link to their concatenation. `read(href)` returns a sheet's CSS.
 * A sheet with `@import` cannot be concatenated after other rules, so such a page is left as it is.
 */
export function mergeStylesheets(html: string, read: (href: string) => string): MergedPage {
  const hrefs = [...html.matchAll(LINK)].map((match) => match[1]!);
  if (hrefs.length < 2) return { html };
  const sheets = hrefs.map((href) => read(href));
  if (sheets.some((css) => /@import\b/.test(css))) return { html };
  const css = sheets.map((sheet, i) => `/* ${hrefs[i]} */\n${sheet.trim()}\n`).join('');
  const path = `/_astro/page.${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
  let first = true;
  const merged = html.replace(LINK, () => {
    if (!first) return '';
    first = false;
    return `<link rel="stylesheet" href="${path}">`;
  });
  return { html: merged, sheet: { path, css } };
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => `${dir}/${file}`);
}

/** The integration: runs last, after the integrations that write stylesheets when the build is done (math.css). */
export function oneStylesheet(): AstroIntegration {
  return {
    name: 'open-closed:one-stylesheet',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir).replace(/\/$/, '');
        const read = (href: string) => readFileSync(`${root}${new URL(href, 'http://site').pathname}`, 'utf8');
        const written = new Set<string>();
        let pages = 0;
        for (const file of htmlFiles(root)) {
          const { html, sheet } = mergeStylesheets(readFileSync(file, 'utf8'), read);
          if (!sheet) continue;
          if (!written.has(sheet.path)) writeFileSync(`${root}${sheet.path}`, sheet.css);
          written.add(sheet.path);
          writeFileSync(file, html);
          pages++;
        }
        logger.info(`${pages} pages link one stylesheet (${written.size} distinct)`);
      },
    },
  };
}
