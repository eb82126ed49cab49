/**
 * device-frontier's notes for the machines its fixed year axis cannot show (from v6), said where they would be, in
 * muted ink: a note, not a series' name (layout/off-axis.ts). v6 counts them: "▼ 9 machines match a frontier before
 * 2018". From v7 a machine the essay names is named in the note, on two lines so that it fits a phone: "▼ RTX 3090"
 * over "matches a frontier before 2018", "▼ RTX 3090 and 2 more" or "▼ All 9 machines" (issue 19: a machine the
 * essay names was said only as one of a count); "▼ RTX 3090" over "below 2018" in a drawing narrower than NARROW_PX
 * (plot.ts), where the longer line found no clear place. The table and the description still give each machine's year.
 *
 * @example offAxisNotes(machines, [2018, 2032], { below: 2019.5, above: 2031.5 }, { named: ['RTX 3090'], nameOf })
 */
import type { LabelPoint } from '../edge-labels.ts';
import { formatYear } from '../format.ts';
import { offAxisCounts, offAxisEnd, offAxisNote, type Domain, type OffAxisEnd } from '../layout/off-axis.ts';
import type { TableRow } from '../spec.ts';
import { theme } from '../theme.ts';

export interface OffAxisNote extends LabelPoint {
  readonly fill: string;
}

/**
 * From v7: the names the essay uses, found in a machine's name (`nameOf`, the chart's name for it); `narrow` for a
 * drawing too narrow for "matches a frontier before 2018" (the note then says "below 2018").
 */
export interface NamedMachines {
  readonly named: readonly string[];
  readonly nameOf: (machine: TableRow) => string;
  readonly narrow?: boolean;
}

/** How many names a note lists before it counts the rest ("RTX 3090, Spark and 3 more"). */
const LISTED = 2;

/**
 * The notes for `machines` off the y axis `domain`: the foot's at the x `at.below` (the left), the head's at
 * `at.above` (the right, clear of the key). With `names` (v7 on), the named machines among them are named, and both
 * notes stand at the right.
 */
export function offAxisNotes(
  machines: readonly TableRow[],
  domain: Domain,
  at: Record<OffAxisEnd, number>,
  names?: NamedMachines,
): OffAxisNote[] {
  const counts = offAxisCounts(
    machines.map((m) => m.matched_year!),
    domain,
  );
  const ends = (['below', 'above'] as const).filter((end) => counts[end] > 0);
  return ends.map((end) => {
    const year = formatYear(domain[end === 'below' ? 0 : 1]);
    const where = `a frontier ${end === 'below' ? 'before' : 'after'} ${year}`;
    const text = names
      ? namedNote(
          machines.filter((m) => offAxisEnd(m.matched_year!, domain) === end),
          machines.length,
          where,
          year,
          end,
          names,
        )
      : offAxisNote(end, `${counts[end] === 1 ? '1 machine matches' : `${counts[end]} machines match`} ${where}`);
    // v7 sets both at the right: at the foot's left the note stood beside the oldest machines' dots on show, and
    // "▼ RTX 3090" beside the RTX 4090's dot read as its name.
    const right = end === 'above' || names !== undefined;
    const dy = (end === 'below' ? -1 : 1) * (names ? 16 : 8);
    return {
      x: right ? at.above : at.below,
      y: domain[end === 'below' ? 0 : 1],
      text,
      fill: theme.mutedInk,
      dot: false,
      places: [right ? { dx: -6, dy, textAnchor: 'end' as const } : { dx: 6, dy, textAnchor: 'start' as const }],
    };
  });
}

/** v7's note: the named machines off this end first, then how many more, over where they are. */
function namedNote(
  off: readonly TableRow[],
  total: number,
  where: string,
  year: string,
  end: OffAxisEnd,
  { named, nameOf, narrow }: NamedMachines,
): string {
  const isNamed = (m: TableRow) => named.some((n) => nameOf(m).includes(n));
  const listed = off
    .filter(isNamed)
    .slice(0, LISTED)
    .map((m) => nameOf(m));
  const rest = off.length - listed.length;
  const who =
    off.length === total && off.length > 1
      ? `All ${off.length} machines`
      : listed.length === 0
        ? `${off.length} machine${off.length === 1 ? '' : 's'}`
        : `${listed.join(', ')}${rest > 0 ? ` and ${rest} more` : ''}`;
  const verb = off.length === 1 ? 'matches' : 'match';
  // Narrow: where on the axis ("below 2018"), which the axis's title reads as the frontier year matched.
  return `${offAxisNote(end, who)}\n${narrow ? `${end} ${year}` : `${verb} ${where}`}`;
}
