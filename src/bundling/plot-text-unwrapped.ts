/**
 * Plot's text mark in the browser build, without line wrapping and clipping. Plot wraps a text to a `lineWidth`
 * (in ems, measured with a table of character widths) and clips it with `textOverflow`; a text with neither is
 * split at its newlines only. No figure gives either option (they place and measure their labels themselves:
 * src/figures/layout/text-width.ts), and Plot's axes make text marks without them. Yet the Text constructor
 * always calls splitter() and clipper(), so the wrapping code, the width table and the grapheme helpers shipped
 * to every reader (about 1 KB gzip).
 * In the browser build splitter() and clipper() keep the path taken when the text has no finite lineWidth (the
 * same functions Plot returns there) and throw where Plot would wrap or clip, naming this file; with them the
 * bundler drops the rest. plot-narrowed.test.ts holds every figure version, in the states a reader can reach, to
 * text marks without a lineWidth. Throws at build time if Plot's text.js no longer has these two functions as
 * written (Plot 0.6.17).
 * @example textWithoutWrapping(plotTextSource) // splitter and clipper without lineWrap, cut or the width table
 */

/** Plot 0.6.17's splitter and clipper, up to the line where each starts measuring. */
const SPLITTER = [
  'export function splitter({monospace, lineWidth, textOverflow}) {',
  '  if (textOverflow != null || lineWidth == Infinity) return (text) => text.split(/\\r\\n?|\\n/g);',
  '  const widthof = monospace ? monospaceWidth : defaultWidth;',
].join('\n');
const CLIPPER = [
  'export function clipper({monospace, lineWidth, textOverflow}) {',
  '  if (textOverflow == null || lineWidth == Infinity) return (text) => text;',
  '  const widthof = monospace ? monospaceWidth : defaultWidth;',
].join('\n');

const leftOut = (what: string) =>
  `  throw new Error(${JSON.stringify(`@observablehq/plot: ${what} is left out of the browser build (src/bundling/plot-text-unwrapped.ts)`)});`;

/**
 * `name`() keeps its first path and throws with `failure` past it; the rest of Plot's function stays in the source,
 * renamed `<name>Measuring` and called by nothing, so the bundler drops it and what only it reads.
 */
function narrow(code: string, head: string, name: string, failure: string): string {
  if (!code.includes(head))
    throw new Error(`Plot's text.js no longer has ${name}() as src/bundling/plot-text-unwrapped.ts expects`);
  const [signature, keptPath, measuring] = head.split('\n');
  const unused = signature!.replace(`export function ${name}(`, `function ${name}Measuring(`);
  return code.replace(head, [signature, keptPath, failure, '}', unused, measuring].join('\n'));
}

export function textWithoutWrapping(code: string): string {
  const split = narrow(code, SPLITTER, 'splitter', leftOut('text wrapped to a lineWidth'));
  return narrow(split, CLIPPER, 'clipper', leftOut('text clipped by textOverflow'));
}

/** Whether a resolved module id is Plot's text mark. */
export const isPlotText = (id: string) =>
  /\/node_modules\/@observablehq\/plot\/src\/marks\/text\.js$/.test(id.replaceAll('\\', '/'));
