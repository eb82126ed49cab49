/**
 * An SVG as it goes inside a page: without Plot's <style> element, which the
 * Content-Security-Policy (no inline styles) would block. The same rules are
 * in src/styles/global.css under .figure-plot. Served SVG files keep theirs.
 */
export function svgForPage(svg: string): string {
  return svg.replace(/<style>[^<]*<\/style>/g, '');
}
