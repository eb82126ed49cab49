/**
 * Plot's console warnings in the browser build: each check stays and still warns, but with the place in Plot's
 * source where its words are, not the words (a paragraph of advice each, about 0.7 KB gzip of the island). They
 * fire only on a misused option (faceted-looking data, dates on an ordinal scale, ticks off the domain, …), which
 * shows at build time: the build renders every figure in Node with the real Plot, which prints the whole warning.
 * Plot's errors keep their words: an error stops a figure, and its message is what the reader's report carries.
 * A template with `${…}` loses its values too; Plot's warn() skips a message equal to the one before, so two
 * warnings of one place in a row print once.
 * @example shortPlotWarnings('  warn(`Warning: the ${k}-axis ticks …`);', 'marks/axis.js')
 * // '  warn("Plot warning, marks/axis.js:1 (src/bundling/plot-warnings.ts)");'
 */
export function shortPlotWarnings(code: string, file: string): string {
  return code.replace(/\bwarn\(\s*`Warning: [^`]*`\s*\)/g, (call: string, offset: number) => {
    const line = code.slice(0, offset).split('\n').length;
    return `warn(${JSON.stringify(`Plot warning, ${file}:${line} (src/bundling/plot-warnings.ts)`)})`;
  });
}

/** Plot's source file for a resolved module id, relative to its src/ folder ('marks/axis.js'), if it is one. */
export function plotSourceFile(id: string): string | undefined {
  return /\/node_modules\/@observablehq\/plot\/src\/(.+\.js)$/.exec(id.replaceAll('\\', '/'))?.[1];
}
