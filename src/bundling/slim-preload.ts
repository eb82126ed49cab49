/**
 * A Vite plugin for the browser build only: a small stand-in for Vite's preload helper (`vite/preload-helper.js`).
 * Each `import()` the bundler splits off goes through the helper, which adds a `<link rel="modulepreload">` for every
 * file the imported chunk imports in turn, so they download side by side rather than one after another (the island
 * and its shared chunks; a figure's chunk and its model code). Vite's helper also handles CSS chunks (it waits for
 * their stylesheets), CSP nonces, a detection of `modulepreload` support, the links already in the page and a
 * `vite:preloadError` event: 3.4 KB before minifying, about 1 KB of the page script's gzip, where it sits because
 * the page script is the first to import anything (issue 21: read JS ≤ 5 KB; the island imports it from there).
 * None of that applies here: no browser chunk imports CSS (the build fails if one does: cssDependencies), the
 * Content-Security-Policy allows scripts by hash and origin, not by nonce, and a failed import rejects as before
 * (live-figure.ts then keeps the static figure and says so). So the stand-in keeps what the site uses: one
 * modulepreload link per file, once, then the import. Browsers without modulepreload ignore the link, as Vite's
 * `modulePreload.polyfill: true` does.
 * @example slimPreloadSource('/') // 'const seen = new Set(); export const __vitePreload = …'
 */
import type { Plugin } from 'vite';

/** Vite's id for its helper (vite/dist/node: preloadHelperId). */
export const PRELOAD_HELPER_ID = '\0vite/preload-helper.js';

/**
 * The helper's source: `__vitePreload(load, deps)` adds a modulepreload link for each file in `deps` (paths from
 * the site's base, as Vite writes them) not linked before, then calls `load` (the `import()`) and returns its
 * promise. Vite passes a third argument (the importer's URL) only for relative bases; this site's base is absolute.
 */
export function slimPreloadSource(base: string): string {
  return [
    'const seen = new Set();',
    'export const __vitePreload = (load, deps) => {',
    '  for (const dep of deps ?? []) {',
    '    if (seen.has(dep)) continue;',
    '    seen.add(dep);',
    "    const link = document.createElement('link');",
    "    link.rel = 'modulepreload';",
    `    link.href = ${JSON.stringify(base)} + dep;`,
    '    document.head.append(link);',
    '  }',
    '  return load();',
    '};',
    '',
  ].join('\n');
}

/**
 * The stylesheets a built chunk's preload lists name (`const __vite__mapDeps=(…m.f=[…])…`): the slim helper only
 * links scripts, so a CSS file there would never load.
 * @example cssDependencies('const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/a.js","_astro/b.css"])))=>i.map(i=>d[i]);') // ['_astro/b.css']
 */
export function cssDependencies(code: string): string[] {
  const list = /^const __vite__mapDeps=\(i,m=__vite__mapDeps,d=\(m\.f\|\|\(m\.f=(\[[^\]]*\])\)\)\)/.exec(code)?.[1];
  return list ? (JSON.parse(list) as string[]).filter((file) => /\.css(?:$|\?)/.test(file)) : [];
}

export function slimPreload(): Plugin {
  let base = '/';
  return {
    name: 'open-closed:slim-preload',
    apply: 'build',
    enforce: 'pre',
    applyToEnvironment: (environment) => environment.name === 'client',
    configResolved(config) {
      if (!config.base.startsWith('/'))
        throw new Error(`slim-preload.ts expects an absolute base, not "${config.base}"`);
      base = config.base;
    },
    load(id) {
      return id === PRELOAD_HELPER_ID ? slimPreloadSource(base) : undefined;
    },
    // Once every plugin has written the chunks (Vite fills in the preload lists as it generates the bundle).
    writeBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const css = cssDependencies(file.code);
        if (css.length > 0)
          this.error(
            `${file.fileName} preloads ${css.join(', ')}: the slim preload helper (src/bundling/slim-preload.ts) links scripts only`,
          );
      }
    },
  };
}
