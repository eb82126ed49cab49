/**
 * wall-glut's drawing: the two races in side-by-side panels (fx: 'scenario'), each with the leader's ceiling
 * (dashed), the gap between the sides (tinted), and in the glut's panel a dotted rule where each side gets it.
 * From v3 (`labelsOffMarks`) every text goes through one LabelLayout that lays each panel out on its own
 * (layout/avoided.ts): the panels' names, the rules' names and the sides' names keep off the lines, the ceiling
 * and the rules of another colour in their own panel, and the rules stop below the panels' names. v2 drew
 * "Sudden glut" under its rule and "Frontier" along the open line or the ceiling (issue 19).
 *
 * From v4 (`glutPastEnd`) a rule past the panel's right edge, open models' glut after 2045, is said there in a
 * note ("→ glut, open: 2049"): v3 dropped it and its name with nothing said; and the ceiling stops below the panels'
 * names, as the rules do.
 *
 * @example plotWallGlut(params, rows, capabilityTop(params), { labelsOffMarks: true, glutPastEnd: true })
 */
import * as Plot from '@observablehq/plot';
import { formatYear } from '../format.ts';
import { clipLine } from '../layout/clip-line.ts';
import { LabelLayout } from '../layout/direct-labels.ts';
import { offAxisNote } from '../layout/off-axis.ts';
import type { Params, TableRow } from '../spec.ts';
import { theme } from '../theme.ts';
import { CEILING_COLOR, FRONTIER_COLOR, OPEN_COLOR } from '../wall-shared/params.ts';
import { HORIZON_YEARS, START_YEAR } from '../wall-shared/race.ts';

type Key = 'saturation' | 'ceiling_rise' | 'glut_year' | 'glut_speedup' | 'glut_delay';

const END_YEAR = START_YEAR + HORIZON_YEARS;
export const SCENARIOS = ['Gradual wall', 'Sudden glut'] as const;
/** Where the side labels sit in the left panel. */
export const LABEL_YEAR = 2033;
/** Glut labels after this year are drawn to the left of their line, inside the panel. */
const FLIP_YEAR = 2036;
/** Height of the band at a panel's top that holds its name (v3 on): the glut's rules start below it, in px. */
export const NAME_BAND = 22;
/** The top share of the capability axis that v4's ceiling keeps out of: the panels' names' band at any width. */
export const NAME_SHARE = 0.1;

/** The row of a scenario (0 gradual, 1 glut) in a year (quarters). */
export const at = (rows: readonly TableRow[], scenario: number, year: number) =>
  rows.find((r) => r.scenario === scenario && Math.abs(r.year! - year) < 1e-9)!;

/**
 * The leader's ceiling in each panel, cut by its data where it meets the band of the panels' names (v4 on): a share
 * of the axis, about 24-33 px from 338 to 640 px wide, as the rules stop below it. Filtered rather than clipped:
 * Plot numbers clip paths per render, which would make SVGs differ.
 */
export function ceilingBelowNames(rows: readonly TableRow[], top: number) {
  return [0, 1].flatMap((scenario) =>
    clipLine(
      rows.filter((r) => r.scenario === scenario) as Record<'year' | 'frontier_ceiling', number>[],
      'year',
      'frontier_ceiling',
      [0, top * (1 - NAME_SHARE)],
    ).map((d) => ({ ...d, scenario })),
  );
}

/** The frame every version from v1 draws in: two facet panels under a capability axis up to `top`. */
export function glutFrame(top: number) {
  return {
    width: 640,
    height: 380,
    marginLeft: 44,
    marginRight: 12,
    marginTop: 24,
    // Panel names are drawn inside each panel's top: above the panels they met the y axis's label.
    fx: { axis: null, padding: 0.08 },
    // No ticks at the facets' ends, where one panel's 2045 met the next one's 2025.
    x: { label: null, ticks: [2030, 2040], tickFormat: formatYear, domain: [START_YEAR, END_YEAR] },
    y: { label: '↑ Capability (points)', grid: true, domain: [0, top] },
  } satisfies Plot.PlotOptions;
}

/** Plot options for these rows under a capability axis up to `top`. */
export function plotWallGlut(
  p: Params<Key>,
  rows: readonly TableRow[],
  top: number,
  options: { readonly labelsOffMarks?: boolean; readonly glutPastEnd?: boolean } = {},
): Plot.PlotOptions {
  const inside = (year: number) => year >= START_YEAR && year <= END_YEAR;
  const allStarts = [
    { scenario: 1, year: p.glut_year, text: 'glut, leader', line: 0 },
    // Open models that got the glut before the start have it from the start.
    { scenario: 1, year: Math.max(START_YEAR, p.glut_year + p.glut_delay), text: 'glut, open', line: 1 },
  ];
  const starts = allStarts.filter((d) => inside(d.year));
  // v4: a rule past the end is said at the panel's right edge, on its name's row, pointing the way it went.
  const pastEnd = options.glutPastEnd ? allStarts.filter((d) => d.year > END_YEAR) : [];
  const halo = { stroke: theme.background, strokeWidth: 3, paintOrder: 'stroke' } as const;
  const labelAt = at(rows, 0, LABEL_YEAR);
  // v4 cuts the ceiling below the panels' names: at λ = 1 the layout moved "Sudden glut" off it to the panel's foot.
  const ceiling = options.glutPastEnd ? ceilingBelowNames(rows, top) : rows.filter((r) => r.frontier_ceiling! <= top);
  const panel = { fx: 'scenario' } as const;
  const layout = options.labelsOffMarks
    ? new LabelLayout({ keepSide: true })
        .avoid(
          ceiling,
          'year',
          'frontier_ceiling',
          CEILING_COLOR,
          options.glutPastEnd ? { ...panel, z: 'segment' } : panel,
        )
        .avoid(rows, 'year', 'open', OPEN_COLOR, panel)
        .avoid(rows, 'year', 'frontier', FRONTIER_COLOR, panel)
        // The rules' names may touch the rules (their colour) but stay on their own rule's side of the other one.
        .avoidRuleX(starts, 'year', theme.highlight, { ...panel, insetTop: NAME_BAND })
    : undefined;
  const placed = <T extends Plot.TextOptions>(text: T) => layout?.place(text) ?? text;
  const names = Plot.text(
    SCENARIOS.map((title, scenario) => ({ scenario, title })),
    placed({ fx: 'scenario', frameAnchor: 'top', text: 'title', dy: 4, fill: theme.ink, fontWeight: 600, ...halo }),
  );
  // One row each, so the two never meet; towards the panel's right edge they turn to its inside.
  const glutNames = starts.map((d) =>
    Plot.text(
      [d],
      placed({
        fx: 'scenario',
        x: 'year',
        y: top,
        text: 'text',
        dx: d.year > FLIP_YEAR ? -3 : 3,
        // v3: a line lower, clear of the panel's name (its box as LabelLayout estimates it).
        dy: (layout ? 30 : 24) + d.line * (layout ? 18 : 15),
        textAnchor: d.year > FLIP_YEAR ? 'end' : 'start',
        fill: theme.highlight,
        fontSize: 10,
        ...halo,
      }),
    ),
  );
  const pastEndNotes = pastEnd.map((d) =>
    Plot.text(
      [{ ...d, note: offAxisNote('above', `${d.text}: ${formatYear(d.year)}`, 'x') }],
      placed({
        fx: 'scenario',
        x: END_YEAR,
        y: top,
        text: 'note',
        dx: -3,
        dy: 30 + d.line * 18,
        textAnchor: 'end',
        fill: theme.mutedInk,
        fontSize: 10,
        ...halo,
      }),
    ),
  );
  // Mid-panel, above the frontier line and below the open one: far from the panel's edges at any width.
  const sideNames = [
    Plot.text(
      [labelAt],
      placed({
        fx: 'scenario',
        x: 'year',
        y: 'frontier',
        text: () => 'Frontier',
        dy: -10,
        textAnchor: 'middle',
        fill: FRONTIER_COLOR,
        fontWeight: 600,
        ...halo,
      }),
    ),
    Plot.text(
      [labelAt],
      placed({
        fx: 'scenario',
        x: 'year',
        y: 'open',
        text: () => 'Open',
        dy: 12,
        textAnchor: 'middle',
        fill: OPEN_COLOR,
        fontWeight: 600,
        ...halo,
      }),
    ),
  ];
  const data = [
    Plot.lineY(ceiling, {
      fx: 'scenario',
      x: 'year',
      y: 'frontier_ceiling',
      ...(options.glutPastEnd ? { z: 'segment' } : {}),
      stroke: CEILING_COLOR,
      strokeDasharray: '4 3',
    }),
    Plot.ruleX(starts, {
      fx: 'scenario',
      x: 'year',
      stroke: theme.highlight,
      strokeDasharray: '2 2',
      ...(layout ? { insetTop: NAME_BAND } : {}),
    }),
  ];
  const sides = [
    Plot.areaY(rows, {
      fx: 'scenario',
      x: 'year',
      y1: (d: TableRow) => Math.min(d.open!, d.frontier!),
      y2: (d: TableRow) => Math.max(d.open!, d.frontier!),
      fill: OPEN_COLOR,
      fillOpacity: 0.14,
    }),
    Plot.lineY(rows, { fx: 'scenario', x: 'year', y: 'open', stroke: OPEN_COLOR, strokeWidth: 2 }),
    Plot.lineY(rows, { fx: 'scenario', x: 'year', y: 'frontier', stroke: FRONTIER_COLOR, strokeWidth: 2 }),
  ];
  return {
    ...glutFrame(top),
    // v3 draws every text after the marks, so no line is painted over a label; v2's order is kept as published.
    marks: layout
      ? [...data, ...sides, names, ...glutNames, ...pastEndNotes, ...sideNames]
      : [names, ...data, ...glutNames, ...sides, ...sideNames],
  };
}
