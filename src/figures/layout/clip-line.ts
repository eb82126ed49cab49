/**
 * A line cut to the plot's frame by its data, not by an SVG clip path (Plot's `clip` numbers its clip paths per
 * render, so the same figure would draw different bytes). The points outside [low, high] are dropped and a point
 * is added where the line crosses the edge, so the line ends on the axis rather than short of it or past it
 * (wall-gap-lag v2 drew the open models' line below its zero axis, over the year ticks, when they started more than
 * a few orders of magnitude behind). Each run inside the frame gets its own `segment` number: draw with z: 'segment'.
 *
 * @example Plot.lineY(clipLine(rows, 'year', 'open', [0, top]), { x: 'year', y: 'open', z: 'segment' })
 */
export function clipLine<X extends string, Y extends string>(
  points: readonly Readonly<Record<X | Y, number>>[],
  x: X,
  y: Y,
  [low, high]: readonly [number, number],
): (Record<X | Y, number> & { segment: number })[] {
  const inside = (v: number) => v >= low && v <= high;
  const edge = (v: number) => (v < low ? low : high);
  const out: (Record<X | Y, number> & { segment: number })[] = [];
  let segment = 0;
  const point = (px: number, py: number) =>
    ({ [x]: px, [y]: py, segment }) as Record<X | Y, number> & { segment: number };
  points.forEach((p, i) => {
    const previous = points[i - 1];
    const [x1, y1] = [p[x], p[y]];
    if (previous && inside(previous[y]) !== inside(y1)) {
      // Where the segment from the previous point crosses the edge it leaves or enters by.
      const bound = inside(y1) ? edge(previous[y]) : edge(y1);
      const t = (bound - previous[y]) / (y1 - previous[y]);
      out.push(point(previous[x] + t * (x1 - previous[x]), bound));
      if (!inside(y1)) segment++;
    }
    if (inside(y1)) out.push(point(x1, y1));
  });
  return out;
}
