/**
 * A Vite plugin for the browser build only: Plot imports every d3 module, and
 * three of them are dead weight for our figures. d3-geo serves map projections,
 * d3-scale-chromatic colour schemes and d3-time-format calendar dates; no figure
 * has a projection, a colour scale (every mark states its colours) or a date
 * (years are decimal numbers), yet the three are a fifth of the island's gzip
 * bytes because Plot's projection, scheme and time tables name them.
 *
 * In the browser bundle each of their exports becomes a stand-in that throws
 * the moment anything uses it (a function when called, a scheme array when
 * read), so a figure that ever needs them fails loudly in the browser tests
 * instead of drawing something else. The build-time SVGs (Node) use the real
 * modules. The export names come from the installed packages, so the stand-ins
 * follow d3 upgrades. Dev (`astro dev`) serves the real modules.
 */
import * as d3Geo from 'd3-geo';
import * as d3ScaleChromatic from 'd3-scale-chromatic';
import * as d3TimeFormat from 'd3-time-format';
import type { Plugin } from 'vite';

const LEFT_OUT: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  'd3-geo': d3Geo,
  'd3-scale-chromatic': d3ScaleChromatic,
  'd3-time-format': d3TimeFormat,
};
const PREFIX = '\0left-out-of-browser:';

/** Source of the stand-in module for `name`: the same export names, each throwing on use. */
export function standInModule(name: string, exports: Readonly<Record<string, unknown>>): string {
  const lines = Object.keys(exports)
    .sort()
    .map((key) =>
      typeof exports[key] === 'function'
        ? `export function ${key}() { fail(${JSON.stringify(`${name}.${key}`)}); }`
        : `export const ${key} = leftOut(${JSON.stringify(`${name}.${key}`)});`,
    );
  return [
    `const fail = (what) => { throw new Error(\`\${what} is left out of the browser build (src/bundling/browser-without-unused-d3.ts)\`); };`,
    '// A value (a colour scheme) that throws on any read.',
    'const leftOut = (what) => new Proxy([], { get: () => fail(what), has: () => fail(what), ownKeys: () => fail(what) });',
    ...lines,
  ].join('\n');
}

export function browserWithoutUnusedD3(): Plugin {
  return {
    name: 'open-closed:browser-without-unused-d3',
    apply: 'build',
    enforce: 'pre',
    applyToEnvironment: (environment) => environment.name === 'client',
    resolveId(id) {
      return id in LEFT_OUT ? `${PREFIX}${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return undefined;
      const name = id.slice(PREFIX.length);
      return standInModule(name, LEFT_OUT[name]!);
    },
  };
}
