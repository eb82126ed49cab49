/**
 * open-closed-compute v5: what the widening's labels keep off (issue 19: on a phone v4's "open record since Jul
 * 2024" lay along the closed record line and across the closed models' rings). Both record lines, drawn in steps
 * as Plot's `step-after` curve draws them, and every dot: the closed models' rings, the open models' dots and the
 * unmatched records' rings, each its radius and half its stroke round.
 *
 * @example
 * const layout = new LabelLayout();
 * avoidRecordMarks(layout, rows, { closed: records(rows, 0), open: records(rows, 1) }, widening(rows, DATA_END));
 */
import type { RecentRecords } from '../../data/estimates/recent-records.ts';
import type { LabelLayout } from '../layout/direct-labels.ts';
import type { TableRow } from '../spec.ts';
import { theme } from '../theme.ts';

interface Step {
  readonly year: number;
  readonly compute: number;
}

/**
 * A record line's points as `step-after` draws it: each value held until the next point's year, then a rise.
 *
 * @example stepAfter([{ year: 2020, compute: 1 }, { year: 2021, compute: 5 }])
 * // [{ year: 2020, compute: 1 }, { year: 2021, compute: 1 }, { year: 2021, compute: 5 }]
 */
export function stepAfter(points: readonly Step[]): Step[] {
  return points.flatMap((point, i) =>
    i === 0 ? [point] : [{ year: point.year, compute: points[i - 1]!.compute }, point],
  );
}

/** Radii of the drawing's dots, with half their stroke (figure.ts and widening.ts draw them). */
const CLOSED_RING = 2.5 + 0.75;
const OPEN_DOT = 2.5;
const UNMATCHED_RING = 5.5 + 0.75;

/** Registers v5's obstacles with `layout`: both record lines and every dot. */
export function avoidRecordMarks(
  layout: LabelLayout,
  rows: readonly TableRow[],
  recordLines: Readonly<Record<'closed' | 'open', readonly Step[]>>,
  recent: RecentRecords<{ readonly date: number; readonly value: number; readonly open: boolean }>,
): void {
  layout
    .avoid(stepAfter(recordLines.closed), 'year', 'compute', theme.frontier)
    .avoid(stepAfter(recordLines.open), 'year', 'compute', theme.open)
    .avoidDots(
      rows.filter((d) => !d.open),
      'year',
      'training_compute_flop',
      CLOSED_RING,
    )
    .avoidDots(
      rows.filter((d) => d.open),
      'year',
      'training_compute_flop',
      OPEN_DOT,
    )
    .avoidDots(recent.unmatched, 'date', 'value', UNMATCHED_RING);
}
