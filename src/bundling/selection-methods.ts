/**
 * d3-selection in the browser build: Plot is its only user (it draws with select, append, attr, data, join and a
 * few more), and the selection prototype names every method d3 has, so the bundler keeps them all. The methods
 * nothing in the browser build calls become stand-ins that throw, naming this file (event listeners with `on` and
 * `dispatch`, `html`, `raise`, `lower`, `clone`, `selectChild`, `nodes`, `empty`: about 3 KB before minifying).
 * Methods the kept ones call are kept (join calls enter, exit, merge and order; size iterates). A unit test holds
 * Plot's source to it: none of these names is called there, and none is called by the kept methods.
 * Build-time SVGs (Node) and `astro dev` use the real module.
 * @example leaveOutSelectionMethods('  on: selection_on,\n') // '  on: leftOutSelectionMethod("on"),\n'
 */
export const SELECTION_METHODS_LEFT_OUT: readonly string[] = [
  'selectChild',
  'nodes',
  'empty',
  'html',
  'raise',
  'lower',
  'clone',
  'on',
  'dispatch',
];

export function leaveOutSelectionMethods(code: string): string {
  let left = 0;
  const narrowed = code.replace(
    /^ {2}([A-Za-z]+): selection_\1(,?)$/gm,
    (line: string, name: string, comma: string) => {
      if (!SELECTION_METHODS_LEFT_OUT.includes(name)) return line;
      left++;
      return `  ${name}: leftOutSelectionMethod(${JSON.stringify(name)})${comma}`;
    },
  );
  if (left !== SELECTION_METHODS_LEFT_OUT.length)
    throw new Error('d3-selection no longer has the prototype src/bundling/selection-methods.ts expects');
  return [
    narrowed,
    'function leftOutSelectionMethod(name) {',
    '  return function () {',
    '    throw new Error(`d3-selection: selection.${name} is left out of the browser build (src/bundling/selection-methods.ts)`);',
    '  };',
    '}',
    '',
  ].join('\n');
}
