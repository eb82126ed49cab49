/**
 * Plot's bin, group and stack transforms, its projections, markers and legends, narrowed for the browser build to the one path
 * figures take.
 * lineY and areaY always pass their options through the bin transform's dense-interval step (for the `interval`
 * option) and areaY through the stack transform (for an area given without y1 and y2); a channel `sort` reaches the
 * group transform's reducers. No figure passes `interval`, draws an area without both ends, or sorts a scale by a
 * channel, and each of those paths would cost the browser the whole transform (about 12 KB before minifying):
 *  - bin.js: maybeDenseIntervalX/Y return the options as Plot does without an interval, and throw with one;
 *  - stack.js: maybeStackX/Y keep the options' two ends as Plot does when one is given, and throw without both;
 *  - group.js: every export is a stand-in (left-out-of-browser.ts), so a channel sort throws;
 *  - projection.js: no figure has a projection (a map): createProjection, hasProjection and projectionAspectRatio
 *    do what Plot's do without one and throw with one; the rest (projecting, geometry) are stand-ins, and d3-geo
 *    goes with them;
 *  - scales/schemes.js: no figure has a colour scheme (nor a colour scale): a scale's type is inferred as without
 *    one, and the scheme tables (which read d3-scale-chromatic, already left out) are stand-ins;
 *  - marker.js: no figure draws a marker at a line's ends: the options are read, and any marker throws;
 *  - legends.js: no figure asks Plot for a legend (they draw their keys as marks): asking for one throws.
 * Each narrowed function does what Plot's does on the path it keeps (the source below is Plot 0.6.17's), and fails
 * loudly where Plot's would bin, stack or reduce. plot-narrowed.test.ts draws every figure version's states through
 * these checks, so a figure that ever takes one of those paths fails the unit tests before it fails in a browser.
 * Build-time SVGs (Node) and `astro dev` use Plot as it is.
 */

/** What the stand-in module of a narrowed file adds: its narrowed exports (names) and their source. */
export interface Narrowed {
  readonly exports: readonly string[];
  /** Source of the narrowed exports; `plotSrc` is the directory of Plot's src/ (for its own helpers). */
  source(plotSrc: string): string;
}

const fail = (what: string) =>
  `fail(${JSON.stringify(`@observablehq/plot: ${what} (see src/bundling/plot-narrowed.ts)`)})`;

/** Plot's transforms/bin.js, without the bin transform. */
const BIN: Narrowed = {
  exports: ['maybeDenseIntervalX', 'maybeDenseIntervalY'],
  source: (plotSrc) =>
    [
      `import { withTip } from ${JSON.stringify(`${plotSrc}/mark.js`)};`,
      'function withoutInterval(options) {',
      `  if (options?.interval != null) ${fail('a line or area with the interval option')};`,
      '  return options;',
      '}',
      'export function maybeDenseIntervalX(options = {}) { return withoutInterval(withTip(options, "x")); }',
      'export function maybeDenseIntervalY(options = {}) { return withoutInterval(withTip(options, "y")); }',
    ].join('\n'),
};

/** Plot's transforms/stack.js, without the stack transform. */
const STACK: Narrowed = {
  exports: ['maybeStackX', 'maybeStackY'],
  source: (plotSrc) =>
    [
      `import { withTip } from ${JSON.stringify(`${plotSrc}/mark.js`)};`,
      `import { maybeZero } from ${JSON.stringify(`${plotSrc}/options.js`)};`,
      'export function maybeStackX({ x, x1, x2, ...options } = {}) {',
      '  options = withTip(options, "y");',
      `  if (x1 === undefined && x2 === undefined) ${fail('an area or rect without x1 and x2 (stackX)')};`,
      '  [x1, x2] = maybeZero(x, x1, x2);',
      '  return { ...options, x1, x2 };',
      '}',
      'export function maybeStackY({ y, y1, y2, ...options } = {}) {',
      '  options = withTip(options, "x");',
      `  if (y1 === undefined && y2 === undefined) ${fail('an area or rect without y1 and y2 (stackY)')};`,
      '  [y1, y2] = maybeZero(y, y1, y2);',
      '  return { ...options, y1, y2 };',
      '}',
    ].join('\n'),
};

/** Plot's projection.js, without projections: what plot.js and dimensions.js call when there is none. */
const PROJECTION: Narrowed = {
  exports: ['createProjection', 'hasProjection', 'projectionAspectRatio'],
  source: () =>
    [
      `const noProjection = (projection) => { if (projection != null) ${fail('the projection option')}; };`,
      'export function createProjection({ projection } = {}) { noProjection(projection); }',
      'export function hasProjection({ projection } = {}) { noProjection(projection); return false; }',
      'export function projectionAspectRatio(projection) { noProjection(projection); }',
    ].join('\n'),
};

/**
 * Plot's scales/schemes.js, without colour schemes (d3-scale-chromatic is left out): a scale type is inferred from
 * `scheme` only when one is given; the schemes themselves are stand-ins, as the colours they read already were.
 */
const SCHEMES: Narrowed = {
  exports: ['isCategoricalScheme', 'isDivergingScheme'],
  source: () =>
    [
      `const noScheme = (scheme) => { if (scheme != null) ${fail('a colour scheme')}; return false; };`,
      'export function isCategoricalScheme(scheme) { return noScheme(scheme); }',
      'export function isDivergingScheme(scheme) { return noScheme(scheme); }',
    ].join('\n'),
};

/**
 * Plot's marker.js, without markers (the arrowheads, dots and ticks a line, rule, link or tick mark can draw at its
 * ends; about 0.7 KB gzip): no figure names one. A mark's marker options are read as Plot reads them, and each is
 * none (null) exactly where Plot's would be; any other value (true, a name, a function) throws. With no marker,
 * Plot's applyMarkers and applyGroupedMarkers do nothing, as these do.
 */
const MARKER: Narrowed = {
  exports: ['markers', 'applyMarkers', 'applyGroupedMarkers'],
  source: () =>
    [
      'const noMarker = (marker) => {',
      `  if (marker != null && marker !== false && \`\${marker}\`.toLowerCase() !== "none") ${fail('a marker (marker, markerStart, markerMid or markerEnd)')};`,
      '  return null;',
      '};',
      'export function markers(mark, { marker, markerStart = marker, markerMid = marker, markerEnd = marker } = {}) {',
      '  mark.markerStart = noMarker(markerStart);',
      '  mark.markerMid = noMarker(markerMid);',
      '  mark.markerEnd = noMarker(markerEnd);',
      '}',
      'export function applyMarkers() {}',
      'export function applyGroupedMarkers() {}',
    ].join('\n'),
};

/**
 * Plot's legends.js, without legends: Plot draws a legend (HTML beside the SVG) only for a colour, opacity or symbol
 * scale given `legend: true`, and figures draw their own keys as marks (the ramp and swatch legends are stand-ins
 * already). createLegends returns none where Plot's would make none, and throws where Plot's would draw one;
 * a figure's `legend()` method throws as Plot's does for an unknown type, returns nothing for a scale the figure
 * lacks, and throws for one it has; Plot.legend is a stand-in.
 */
const LEGENDS: Narrowed = {
  exports: ['createLegends', 'exposeLegends'],
  source: () =>
    [
      'const legendTypes = ["symbol", "color", "opacity"];',
      'export function createLegends(scales, context, options) {',
      '  for (const key of legendTypes)',
      '    if (options[key]?.legend && key in scales && !(key === "color" && scales[key].domain === undefined))',
      `      ${fail('a legend')};`,
      '  return [];',
      '}',
      'export function exposeLegends(scales) {',
      '  return (key) => {',
      '    if (!legendTypes.includes(key)) throw new Error(`unknown legend type: ${key}`);',
      '    if (!(key in scales)) return;',
      `    ${fail('a legend')};`,
      '  };',
      '}',
    ].join('\n'),
};

/**
 * Plot's files narrowed in the browser build, by their path under node_modules; group.js has no narrowed export.
 * @example PLOT_NARROWED['/node_modules/@observablehq/plot/src/transforms/bin.js']?.exports // ['maybeDenseIntervalX', 'maybeDenseIntervalY']
 */
export const PLOT_NARROWED: Readonly<Record<string, Narrowed>> = {
  '/node_modules/@observablehq/plot/src/transforms/bin.js': BIN,
  '/node_modules/@observablehq/plot/src/transforms/stack.js': STACK,
  '/node_modules/@observablehq/plot/src/transforms/group.js': { exports: [], source: () => '' },
  '/node_modules/@observablehq/plot/src/projection.js': PROJECTION,
  '/node_modules/@observablehq/plot/src/scales/schemes.js': SCHEMES,
  '/node_modules/@observablehq/plot/src/marker.js': MARKER,
  '/node_modules/@observablehq/plot/src/legends.js': LEGENDS,
};
