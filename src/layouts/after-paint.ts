/**
 * The build's half of ./after-paint-script.ts: in every built page that carries the inline head script, the module
 * scripts of the components listed in AFTER_PAINT become inert placeholders that the head script turns back into
 * module scripts once the first frame is painted. Pages without the head script (embeds) keep their module scripts
 * as Astro wrote them, and so do the components not listed: their first run changes what the first screen shows
 * (FrozenViewScript's notice, the 404 page's suggestion), so they must run as soon as they can. `astro dev` is
 * left as it is. Astro names a component's bundled script after the component (`PageScript.astro_astro_type_script_…`).
 * @example deferModuleScripts('<script type="module" src="/_astro/PageScript.astro_….js"></script>')
 *   // '<script type="text/x-after-paint" data-after-paint="/_astro/PageScript.astro_….js"></script>'
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AFTER_PAINT_ATTRIBUTE, AFTER_PAINT_SCRIPT, AFTER_PAINT_TYPE } from './after-paint-script.ts';

/** The components whose scripts wait for the first paint: nothing they do at start moves what is laid out. */
export const AFTER_PAINT: readonly string[] = [
  // The theme button, the contents' progress, the essay's notes and <live-figure>'s loader (./page-script.ts).
  'PageScript',
  // Unconfigured builds only: rewrites the placeholder domain in citations, below the first screen.
  'ServedOrigin',
];

const MODULE = /<script type="module" src="(\/_astro\/([^/"]+?)\.astro_astro_type_script_[^"]*)"><\/script>/g;

/** A page's HTML with the listed components' module scripts as placeholders; unchanged without the head script. */
export function deferModuleScripts(html: string, components: readonly string[] = AFTER_PAINT): string {
  if (!html.includes(AFTER_PAINT_SCRIPT)) return html;
  return html.replace(MODULE, (tag, src: string, component: string) =>
    components.includes(component)
      ? `<script type="${AFTER_PAINT_TYPE}" ${AFTER_PAINT_ATTRIBUTE}="${src}"></script>`
      : tag,
  );
}

/** The integration: rewrites the built pages when the build is done. */
export function modulesAfterPaint(): AstroIntegration {
  return {
    name: 'open-closed:modules-after-paint',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir).replace(/\/$/, '');
        let pages = 0;
        for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
          if (!file.endsWith('.html')) continue;
          const html = readFileSync(`${root}/${file}`, 'utf8');
          const deferred = deferModuleScripts(html);
          if (deferred === html) continue;
          writeFileSync(`${root}/${file}`, deferred);
          pages++;
        }
        logger.info(`${pages} pages start their module scripts after the first paint`);
      },
    },
  };
}
