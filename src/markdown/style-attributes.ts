/**
 * Inline `style="…"` attributes in rendered Markdown (KaTeX writes hundreds:
 * struts, vlist offsets, kerns) become classes backed by one stylesheet, so
 * the Content-Security-Policy needs no 'unsafe-inline' for styles.
 *
 * - rehypeStyleToClass (last rehype plugin) replaces each style attribute
 *   with a class named for the sha256 of its text and remembers the rule;
 * - styleAttributeSheet (an Astro integration) writes the remembered rules
 *   to /styles/math.css when the build is done, and serves them in dev.
 * Rules carry !important so they win over KaTeX's own stylesheet exactly as
 * the inline attributes did. The sheet is sorted, so builds are byte-identical.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
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
      'astro:build:done': ({ dir }) => {
        const file = new URL(`.${STYLE_SHEET_PATH}`, dir);
        mkdirSync(new URL('./', file), { recursive: true });
        writeFileSync(fileURLToPath(file), styleSheet());
      },
    },
  };
}
