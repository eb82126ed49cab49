/**
 * A Vite plugin for the browser build only: Plot imports every feature it has,
 * and some are dead weight for our figures. The island's JavaScript budget
 * (100 KB gzip once figures are live) has no room for them:
 *  - d3-geo: map projections (no figure has a projection);
 *  - d3-scale-chromatic: colour schemes (no figure has a colour scale; every mark states its colours);
 *  - d3-time-format and d3-time: calendar dates and intervals (no figure has a date: years are decimal numbers;
 *    Plot's time module only tags d3-time's intervals when it loads, which the stand-ins allow);
 *  - d3-scale, all but the scale types figures use: Plot names every type it knows, and figures use linear and
 *    log scales, band and point scales for facets and categories, and the identity, ordinal and pow scales Plot
 *    may make by itself (SCALES_KEPT; a unit test checks every scale type a figure names is kept);
 *  - d3-shape, all but the shapes figures draw: Plot names every curve and symbol it knows (so none can be
 *    dropped by the bundler), and figures use lines and areas, the linear, monotone-x and step-after curves and
 *    the circle (SHAPES_KEPT; a unit test checks every curve a figure names is kept);
 *  - Plot's tip mark and pointer interaction: tooltips (no figure has one);
 *  - Plot's diverging scales (no figure has a colour scale, the only kind Plot makes diverging by itself; d3-scale's
 *    scaleDiverging above is left out already);
 *  - Plot's ramp and swatch legends: legends drawn by Plot are HTML outside the
 *    SVG, so figures draw their own legends as marks;
 *  - d3-interpolate's and d3-color's colour spaces but rgb and hsl (no figure has a colour scale to interpolate in
 *    lab, hcl or cubehelix; INTERPOLATE_KEPT, COLORS_KEPT), and the values of d3-color's colour names (no figure
 *    gives d3-color a colour name: namedColoursWithoutValues);
 *  - Plot's time module: time intervals and formats (no figure has a date or an interval; it tagged d3-time's
 *    intervals when it loaded, so without it d3-time's stand-ins go too);
 *  - d3-selection's methods nothing calls (selection-methods.ts);
 *  - Plot's text wrapping and clipping (no figure gives a text a lineWidth: plot-text-unwrapped.ts);
 *  - the words of Plot's console warnings, which fire only on a misused option (plot-warnings.ts);
 *  - Plot's bin, group and stack transforms, its projections, markers and legends, but for the path figures take
 *    without them (no figure bins, groups, stacks, projects, draws a marker or asks Plot for a legend:
 *    plot-narrowed.ts, with the test that holds every figure to it).
 * In the browser bundle each export of these modules becomes a stand-in that
 * throws the moment anything uses it (a function or class when called, a value
 * such as a colour scheme when read), so a figure that ever needs one fails
 * loudly in the browser tests (tests/browser/live-figure-data.test.ts opens
 * every figure) instead of drawing something else; put the module back here
 * then. The export names are read from the real modules when the site builds.
 * Build-time SVGs (Node) and `astro dev` use the real modules.
 */
import { pathToFileURL } from 'node:url';
import { dirname } from 'node:path';
import type { Plugin } from 'vite';
import { PLOT_NARROWED, type Narrowed } from './plot-narrowed.ts';
import { plotSourceFile, shortPlotWarnings } from './plot-warnings.ts';
import { leaveOutSelectionMethods } from './selection-methods.ts';
import { isPlotText, textWithoutWrapping } from './plot-text-unwrapped.ts';

interface LeftOut {
  /** Where the module lives, as a path under node_modules. */
  readonly path: string;
  /** Exports Plot calls whatever the figure: these stay real (the bundler drops the rest of the module). */
  readonly kept?: readonly string[];
  /** Exports replaced by narrowed versions of the real ones (plot-narrowed.ts). */
  readonly narrowed?: Narrowed;
}

/** The d3-shape exports figures draw with (Plot's curve names map to these: 'monotone-x' → curveMonotoneX). */
export const SHAPES_KEPT: readonly string[] = [
  'area',
  'line',
  'curveLinear',
  'curveMonotoneX',
  'curveStepAfter',
  'symbolCircle',
];

/** The d3-scale exports kept: the scale types figures name ('linear', 'log') and those Plot makes itself. */
export const SCALES_KEPT: readonly string[] = [
  'scaleBand',
  'scaleIdentity',
  'scaleImplicit',
  'scaleLinear',
  'scaleLog',
  'scaleOrdinal',
  'scalePoint',
  'scalePow',
  'tickFormat',
];

/**
 * The d3-interpolate exports kept: all but the colour-space, zoom and transform interpolators. Plot names the
 * hsl, hcl and lab interpolators for colour scales' `interpolate` option, and figures have no colour scale; numbers,
 * and colours in rgb (d3-scale's default for a string), interpolate as before.
 */
export const INTERPOLATE_KEPT: readonly string[] = [
  'interpolate',
  'interpolateArray',
  'interpolateBasis',
  'interpolateBasisClosed',
  'interpolateDate',
  'interpolateDiscrete',
  'interpolateHue',
  'interpolateNumber',
  'interpolateNumberArray',
  'interpolateObject',
  'interpolateRgb',
  'interpolateRound',
  'interpolateString',
  'piecewise',
  'quantize',
];

/** The d3-color exports kept: what parsing a colour string and rgb interpolation make (no lab, hcl or cubehelix). */
export const COLORS_KEPT: readonly string[] = ['color', 'hsl', 'rgb'];

export const LEFT_OUT: readonly LeftOut[] = [
  // Plot's projection module built a reflecting transform with geoTransform when it loaded (now narrowed).
  { path: '/node_modules/d3-geo/' },
  { path: '/node_modules/d3-scale-chromatic/' },
  { path: '/node_modules/d3-time-format/' },
  { path: '/node_modules/d3-time/' },
  { path: '/node_modules/d3-scale/', kept: SCALES_KEPT },
  { path: '/node_modules/d3-shape/', kept: SHAPES_KEPT },
  { path: '/node_modules/d3-interpolate/', kept: INTERPOLATE_KEPT },
  { path: '/node_modules/d3-color/', kept: COLORS_KEPT },
  { path: '/node_modules/@observablehq/plot/src/marks/tip.js' },
  { path: '/node_modules/@observablehq/plot/src/interactions/pointer.js' },
  { path: '/node_modules/@observablehq/plot/src/legends/ramp.js' },
  { path: '/node_modules/@observablehq/plot/src/legends/swatches.js' },
  { path: '/node_modules/@observablehq/plot/src/time.js' },
  // Plot makes a diverging scale only for a colour scale or a type naming one; d3-scale's scaleDiverging is left out.
  { path: '/node_modules/@observablehq/plot/src/scales/diverging.js' },
  ...Object.entries(PLOT_NARROWED).map(([path, narrowed]) => ({ path, narrowed })),
];
const PREFIX = '\0left-out-of-browser:';

/**
 * Source of the stand-in module for `name`: the same export names, each throwing on use, except
 * `kept`, re-exported from `realId` (the real module's resolved id).
 */
export function standInModule(
  name: string,
  exports: Readonly<Record<string, unknown>>,
  kept: readonly string[] = [],
  realId = name,
  narrowed?: Narrowed,
): string {
  const lines = Object.keys(exports)
    .sort()
    .filter((key) => !kept.includes(key) && !narrowed?.exports.includes(key))
    .map((key) =>
      typeof exports[key] === 'function'
        ? `export function ${key}() { fail(${JSON.stringify(`${name}: ${key}`)}); }`
        : `export const ${key} = leftOut(${JSON.stringify(`${name}: ${key}`)});`,
    );
  return [
    `const fail = (what) => { throw new Error(\`\${what} is left out of the browser build (src/bundling/left-out-of-browser.ts)\`); };`,
    '// A value (a colour scheme) that throws on any read.',
    'const leftOut = (what) => new Proxy([], { get: () => fail(what), has: () => fail(what), ownKeys: () => fail(what) });',
    ...(kept.length > 0 ? [`export { ${kept.join(', ')} } from ${JSON.stringify(realId)};`] : []),
    ...lines,
    ...(narrowed ? [narrowed.source(dirname(dirname(realId)))] : []),
  ].join('\n');
}

/**
 * d3-shape's one-file bundle makes its curves and constants with calls when it loads (`var bundle = (function
 * custom(beta) {…})(0.85)`, `sqrt(3)`): a bundler must keep a call it cannot prove pure, so the curves left out
 * above stayed in the browser build through these (14 KB before minifying). Marking the calls pure lets it drop
 * those no kept export reads. Each is pure: it builds a function or a number and touches nothing else.
 * @example markLoadTimeCallsPure('var x = (function custom(a) {') // 'var x = /*#__PURE__*\/(function custom(a) {'
 */
export function markLoadTimeCallsPure(code: string): string {
  return code.replace(
    /^((?:var|const) [A-Za-z0-9_$]+ = )(\(function custom\(|curveRadial\(|sqrt\(|sin\()/gm,
    '$1/*#__PURE__*/$2',
  );
}

/**
 * The same for d3-interpolate, whose left-out interpolators are made by calls when it loads (`var hclLong =
 * hcl(nogamma)`, the zoom's IIFE), and d3-color, whose lab, hcl and cubehelix colours get their methods by a call
 * (`define(Lab, lab, extend(Color, …))`). Without them the classes those calls build stay in the bundle (about 4 KB before
 * minifying). Dropping a `define` is safe only because lab, hcl, gray, lch and cubehelix are stand-ins above: no
 * code in the browser build can make such a colour.
 * @example markColourCallsPure('define(Lab, lab, extend(Color, {') // '/*#__PURE__*\/define(Lab, lab, /*#__PURE__*\/extend(Color, {'
 */
export function markColourCallsPure(code: string): string {
  return code
    .replace(/^define\((Lab|Hcl|Cubehelix), (\w+), extend\(/gm, '/*#__PURE__*/define($1, $2, /*#__PURE__*/extend(')
    .replace(
      /^(var (?:hsl_default|hslLong|hcl_default|hclLong|cubehelix_default|cubehelixLong|zoom|interpolateTransformCss|interpolateTransformSvg|rgbBasis|rgbBasisClosed) = )/gm,
      '$1/*#__PURE__*/',
    );
}

/**
 * d3-color keeps the browser's CSS colour names with the value of each (148 numbers, about 0.9 KB gzip), read only
 * when a string names a colour. No figure gives d3-color such a name: marks are coloured by theme tokens
 * (`var(--…)`, which d3-color does not parse; colour-literals.test.ts forbids literals), Plot tells a colour from a
 * field name with its own list (options.js isColor), and d3-color parses a string only where a scale interpolates
 * colours, which no figure has. So the browser build keeps the names without their values: every other string parses
 * as before (a field name to null, '#fff' and 'rgb(…)' to their colour), and a name throws, naming this file, where
 * it would have returned its colour. Throws at build time if d3-color's lines change.
 * @example namedColoursWithoutValues('var named = {\n  red: 0xff0000\n};') // 'var named = Object.fromEntries("red"…'
 */
export function namedColoursWithoutValues(code: string): string {
  const table = /^var named = \{\n([^}]*)\n\};$/m.exec(code);
  const lookup = 'named.hasOwnProperty(format) ? rgbn(named[format])';
  if (!table?.[1] || !code.includes(lookup))
    throw new Error('d3-color no longer has its named-colour table as src/bundling/left-out-of-browser.ts expects');
  const names = [...table[1].matchAll(/^ {2}([a-z]+): 0x[0-9a-f]{6},?$/gm)].map((match) => match[1]!);
  if (names.length !== table[1].split('\n').length)
    throw new Error('d3-color has a colour name src/bundling/left-out-of-browser.ts cannot read');
  return [
    code
      .replace(
        table[0],
        `var named = Object.fromEntries(${JSON.stringify(names.join(','))}.split(",").map((n) => [n, 1]));`,
      )
      .replace(lookup, 'named.hasOwnProperty(format) ? colourNameLeftOut(format)'),
    'function colourNameLeftOut(name) {',
    '  throw new Error(`d3-color: the colour name "${name}" is left out of the browser build (src/bundling/left-out-of-browser.ts)`);',
    '}',
    '',
  ].join('\n');
}

/** The left-out module a resolved file belongs to, if any. */
const leftOutFor = (file: string) => LEFT_OUT.find((m) => file.replaceAll('\\', '/').includes(m.path));

/** Bare and relative imports that can name a left-out module (everything else resolves untouched, quickly). */
const MAY_BE_LEFT_OUT =
  /^d3-(geo|scale-chromatic|scale|time|time-format|shape|color|interpolate)$|\/(tip|pointer|ramp|swatches|bin|group|stack|time|projection|schemes|diverging|marker|legends)\.js$/;

export function leftOutOfBrowser(): Plugin {
  return {
    name: 'open-closed:left-out-of-browser',
    apply: 'build',
    enforce: 'pre',
    applyToEnvironment: (environment) => environment.name === 'client',
    async resolveId(id, importer, options) {
      if (!MAY_BE_LEFT_OUT.test(id) || importer?.startsWith(PREFIX)) return undefined;
      const real = await this.resolve(id, importer, { ...options, skipSelf: true });
      return real && leftOutFor(real.id) ? `${PREFIX}${real.id}` : undefined;
    },
    transform(code, id) {
      // A stand-in's id ends with its real module's path: it is generated here, and has none of these lines.
      if (id.startsWith(PREFIX)) return undefined;
      const file = id.replaceAll('\\', '/');
      if (/\/node_modules\/d3-shape\/dist\/d3-shape\.mjs$/.test(file))
        return { code: markLoadTimeCallsPure(code), map: null };
      if (/\/node_modules\/d3-color\/dist\/d3-color\.mjs$/.test(file))
        return { code: namedColoursWithoutValues(markColourCallsPure(code)), map: null };
      if (/\/node_modules\/d3-interpolate\/dist\/d3-interpolate\.mjs$/.test(file))
        return { code: markColourCallsPure(code), map: null };
      if (/\/node_modules\/d3-selection\/dist\/d3-selection\.mjs$/.test(file))
        return { code: leaveOutSelectionMethods(code), map: null };
      if (isPlotText(file)) return { code: textWithoutWrapping(code), map: null };
      const plotFile = plotSourceFile(file);
      if (plotFile && code.includes('`Warning: ')) return { code: shortPlotWarnings(code, plotFile), map: null };
      return undefined;
    },
    async load(id) {
      if (!id.startsWith(PREFIX)) return undefined;
      const realId = id.slice(PREFIX.length);
      const module = leftOutFor(realId)!;
      const exports = (await import(pathToFileURL(realId).href)) as Record<string, unknown>;
      const name = module.path.replace(/^\/node_modules\//, '').replace(/\/$/, '');
      return standInModule(name, exports, module.kept, realId, module.narrowed);
    },
  };
}
