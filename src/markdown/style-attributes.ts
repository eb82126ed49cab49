/**
 * Inline `style="…"` attributes in rendered Markdown (KaTeX writes hundreds:
 * struts, vlist offsets, kerns) become classes backed by one stylesheet, so
 * the Content-Security-Policy needs no 'unsafe-inline' for styles.
 *
 * - rehypeStyleToClass (last rehype plugin) replaces each style attribute
 *   with a class named for the sha256 of its text and remembers the rule;
 * - styleAttributeSheet (an Astro integration) serves the remembered rules
 *   in dev at /styles/math.css; when the build is done it gives each page
 *   that links that sheet the rules its own classes use (styleSheetFor), in
 *   a file named by their hash (pages with the same rules share it), and
 *   links that instead. The wall used 21 of the 77 rules, meek 68 (issue 21:
 *   LCP; every byte of the one stylesheet is before the first paint).
 * Rules carry !important so they win over KaTeX's own stylesheet exactly as
 * the inline attributes did. The sheet is sorted, so builds are byte-identical.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Where the sheet is served; pages with rendered Markdown link it. */
export const STYLE_SHEET_PATH = '/styles/math.css';

const rules = new Map<string, string>();

interface HastNode {
  type: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** The class standing for one style attribute's text. */
export function styleClass(style: string): string {
  return `s-${createHash('sha256').update(style).digest('hex').slice(0, 10)}`;
}

/** One CSS rule from a style attribute: each declaration made !important. */
export function styleRule(className: string, style: string): string {
  const declarations = style
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => `${d.replace(/\s*!important$/, '')} !important`);
  return `.${className}{${declarations.join(';')}}`;
}

function walk(node: HastNode): void {
  const style = node.properties?.style;
  if (typeof style === 'string' && style.trim() !== '') {
    const className = styleClass(style);
    rules.set(className, styleRule(className, style));
    const existing = node.properties!.className;
    node.properties!.className = [...(Array.isArray(existing) ? existing : existing ? [existing] : []), className];
    delete node.properties!.style;
  }
  for (const child of node.children ?? []) walk(child);
}

/** The rehype plugin. Put it after every plugin that writes style attributes. */
export function rehypeStyleToClass() {
  return (tree: HastNode) => walk(tree);
}

/** Every rule seen so far, sorted. */
export function styleSheet(): string {
  return `${[...rules.keys()]
    .sort()
    .map((key) => rules.get(key))
    .join('\n')}\n`;
}

/**
 * The rules of a sheet whose class a page's HTML uses, in the sheet's order.
 * @example styleSheetFor('<span class="strut s-0123456789">', '.s-0123456789{top:0 !important}\n.s-abcdefabcd{…}\n')
 *   // '.s-0123456789{top:0 !important}\n'
 */
export function styleSheetFor(html: string, sheet: string = styleSheet()): string {
  const used = new Set(html.match(/\bs-[0-9a-f]{10}\b/g));
  return sheet
    .split('\n')
    .filter((rule) => used.has(/^\.(s-[0-9a-f]{10})\{/.exec(rule)?.[1] ?? ''))
    .map((rule) => `${rule}\n`)
    .join('');
}

/** Where a page's own rules are written, named by their hash. */
export function styleSheetPathFor(css: string): string {
  return `/styles/math.${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
}

export function styleAttributeSheet(): AstroIntegration {
  return {
    name: 'open-closed:style-attribute-sheet',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          if (request.url?.split('?')[0] !== STYLE_SHEET_PATH) return next();
          response.setHeader('Content-Type', 'text/css; charset=utf-8');
          response.end(styleSheet());
        });
      },
      // Before one-stylesheet merges it (astro.config.mjs lists this integration before it).
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const link = `href="${STYLE_SHEET_PATH}"`;
        const sheet = styleSheet();
        mkdirSync(join(root, 'styles'), { recursive: true });
        const written = new Set<string>();
        for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
          if (!file.endsWith('.html')) continue;
          const html = readFileSync(join(root, file), 'utf8');
          if (!html.includes(link)) continue;
          const css = styleSheetFor(html, sheet);
          const path = styleSheetPathFor(css);
          if (!written.has(path)) writeFileSync(join(root, path), css);
          written.add(path);
          writeFileSync(join(root, file), html.replaceAll(link, `href="${path}"`));
        }
      },
    },
  };
}
