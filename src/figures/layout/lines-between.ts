/**
 * What moving a label costs in lines crossed (placeLabel's `side`, place-label.ts): for a box, the weights of the
 * side lines that separate the middle of the label's box as given (`home`) from the box's nearest point, summed.
 * A search asks this at thousands of places and needs the exact sum only where it beats the best so far, so the sum
 * stops as soon as it cannot (issue 21: the bench's redraw went over its frame). Sums are those of the lines' order;
 * when every weight is a whole number (LabelLayout's are) any order gives the same sum, and the line found last is
 * asked first, as the next place is often behind it too.
 *
 * @example
 * const cost = linesBetween({ lines: [rule], weights: [10] }, { x: 50, y: 20 }, false);
 * cost(box, Infinity, false) // 10 when the rule runs between (50, 20) and the box, else 0
 */
import { separates, type Polyline } from './line-obstacles.ts';
import { separationFrom } from './separation-index.ts';

interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/**
 * The cost of a box (above), or undefined once the sum passes `limit` (reaches it, unless `orEqual`). Weights must be
 * numbers ≥ 0 (default 1). `indexed`: for many boxes (separation-index.ts) rather than a few.
 */
export function linesBetween(
  side: { readonly lines: readonly Polyline[]; readonly weights?: readonly number[] },
  home: { readonly x: number; readonly y: number },
  indexed: boolean,
): (box: Box, limit: number, orEqual: boolean) => number | undefined {
  const weights = side.lines.map((_, i) => side.weights?.[i] ?? 1);
  const bad = weights.find((weight) => !(weight >= 0));
  if (bad !== undefined) throw new RangeError(`placeLabel: a side line's weight must be a number ≥ 0, not ${bad}`);
  const splits = side.lines.map((line) =>
    indexed ? separationFrom(line, home) : (to: { x: number; y: number }) => separates(line, home, to),
  );
  // A line that weighs nothing adds nothing (x + 0 is x): it need not be asked about.
  const order = weights.flatMap((weight, i) => (weight > 0 ? [i] : []));
  const whole = weights.every(Number.isSafeInteger) && Number.isSafeInteger(weights.reduce((a, b) => a + b, 0));
  const to = { x: 0, y: 0 };
  return (box, limit, orEqual) => {
    // The point of the box nearest `home` (home itself when inside).
    to.x = Math.min(Math.max(home.x, box.left), box.right);
    to.y = Math.min(Math.max(home.y, box.top), box.bottom);
    let weight = 0;
    for (let n = 0; n < order.length; n++) {
      const i = order[n]!;
      if (!splits[i]!(to)) continue;
      weight += weights[i]!;
      // Weights are not negative, so the sum only grows from here.
      if (orEqual ? weight > limit : weight >= limit) {
        if (whole) {
          order.copyWithin(1, 0, n);
          order[0] = i;
        }
        return undefined;
      }
    }
    return weight;
  };
}
