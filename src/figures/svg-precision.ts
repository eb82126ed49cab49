/**
 * A page drawing's geometry to a hundredth of a pixel: Plot writes coordinates at full float precision
 * ("324.6153846153846"), about a third of an inline SVG's bytes, and no screen shows the difference (a hundredth
 * of a pixel, at most a fiftieth on a figure scaled twice). Only geometry attributes change; text, labels and
 * descriptions keep every digit. Page copies only: published files (figure.svg) keep their bytes.
 * @example roundGeometry('<line y1="324.6153846153846" aria-label="0.155"/>') // '<line y1="324.62" aria-label="0.155"/>'
 */
const GEOMETRY = /(\s(?:d|x|y|x1|x2|y1|y2|cx|cy|r|rx|ry|dx|dy|width|height|transform|points)=")([^"]*)"/g;
const LONG_NUMBER = /-?\d+\.\d{3,}(?:e-?\d+)?/g;

const round = (number: string) => {
  const value = Math.round(Number(number) * 100) / 100;
  return String(Object.is(value, -0) ? 0 : value);
};

export function roundGeometry(svg: string): string {
  return svg.replace(GEOMETRY, (_match, name: string, value: string) => `${name}${value.replace(LONG_NUMBER, round)}"`);
}
