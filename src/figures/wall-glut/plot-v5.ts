/**
 * wall-glut v5's drawing: v4's panels, lines, ceiling and texts, with each dotted rule's name hanging from its own
 * rule and the rule starting below it (rule-names.ts chooses each name's side and row, and the note's row, so that
 * no rule crosses a text and each name is nearest its own rule), and in six marks where v4 drew ten: the two
 * sides' lines are one mark (colour per line), the rules' names and the note one text mark, the panels' and the
 * sides' names another, each text's colour a channel Plot passes through unscaled (CSS colours are literal). Issue
 * 21's bench measured v4 the slowest figure to redraw (20.3 ms p95), 80% of it in Plot.
 *
 * When both sides get the glut in the same year there is one rule, "glut, both": v4 drew two rules one over the
 * other with two names, each as near the other's rule as its own.
 *
 * @example plotWallGlutV5(params, rows, capabilityTop(params))
 */
import * as Plot from '@observablehq/plot';
import { formatYear } from '../format.ts';
import { pick } from '../layout/avoided.ts';
import { LabelLayout } from '../layout/direct-labels.ts';
import { pixelsOf, type Polyline } from '../layout/line-obstacles.ts';
import { offAxisNote } from '../layout/off-axis.ts';
import { PAGE_FONT_PX } from '../render.ts';
import type { Params, TableRow } from '../spec.ts';
import { theme } from '../theme.ts';
import { CEILING_COLOR, FRONTIER_COLOR, OPEN_COLOR } from '../wall-shared/params.ts';
import { HORIZON_YEARS, START_YEAR } from '../wall-shared/race.ts';
import { at, ceilingBelowNames, glutFrame, LABEL_YEAR, NAME_BAND, SCENARIOS } from './plot.ts';
import { placeRuleNames, type Placement } from './rule-names.ts';

type Placed = Placement & { readonly short: boolean };

type Key = 'saturation' | 'ceiling_rise' | 'glut_year' | 'glut_speedup' | 'glut_delay';
type Scale = (value: unknown) => unknown;
interface Dimensions {
  readonly width: number;
  readonly height: number;
  readonly marginLeft: number;
  readonly marginRight: number;
  readonly marginTop: number;
  readonly marginBottom: number;
}

const END_YEAR = START_YEAR + HORIZON_YEARS;
const GLUT = 1;
const SMALL_FONT = 10;
/** Middle of the rules' names' first row: under the panel's name (drawn 4 px under the panel's top). */
const LINE = PAGE_FONT_PX * 1.15;
const FIRST_ROW = NAME_BAND + 2 + LINE / 2;
/** A panel's name's middle under the panel's top, and the sides' names' above and below their lines, in px. */
const PANEL_NAME_DY = 4 + LINE / 2;
const FRONTIER_DY = -10;
const OPEN_DY = 12;

/** Plot options for these rows under a capability axis up to `top`. */
export function plotWallGlutV5(p: Params<Key>, rows: readonly TableRow[], top: number): Plot.PlotOptions {
  const inside = (year: number) => year >= START_YEAR && year <= END_YEAR;
  // Open models that got the glut before the start have it from the start.
  const openYear = Math.max(START_YEAR, p.glut_year + p.glut_delay);
  const allStarts =
    openYear === p.glut_year
      ? [{ scenario: GLUT, year: p.glut_year, text: 'glut, both', short: 'both' }]
      : [
          { scenario: GLUT, year: p.glut_year, text: 'glut, leader', short: 'leader' },
          { scenario: GLUT, year: openYear, text: 'glut, open', short: 'open' },
        ];
  const starts = allStarts.filter((d) => inside(d.year));
  const pastEnd = allStarts.find((d) => d.year > END_YEAR);
  const note = pastEnd && offAxisNote('above', `${pastEnd.text}: ${formatYear(pastEnd.year)}`, 'x');
  const halo = { stroke: theme.background, strokeWidth: 3, paintOrder: 'stroke' } as const;
  // As v4: the ceiling is cut, by its data, where it meets the band of the panels' names.
  const ceiling = ceilingBelowNames(rows, top);
  const glutRows = rows.filter((r) => r.scenario === GLUT);
  const glutCeiling = ceiling.filter((d) => d.scenario === GLUT);
  const panel = { fx: 'scenario' } as const;
  // The sides' names (in the gradual wall's panel, as v4 drew them) keep off the lines as v4's did.
  const layout = new LabelLayout({ keepSide: true })
    .avoid(ceiling, 'year', 'frontier_ceiling', CEILING_COLOR, { ...panel, z: 'segment' })
    .avoid(rows, 'year', 'open', OPEN_COLOR, panel)
    .avoid(rows, 'year', 'frontier', FRONTIER_COLOR, panel);

  // The rules' names are placed once per render, for the rules and their names alike (Plot passes one scales object).
  const placements = new WeakMap<object, Placed>();
  const placementIn = (scales: { x?: Scale; y?: Scale }, d: Dimensions): Placed => {
    let placement = placements.get(scales);
    if (!placement) {
      const frame = {
        left: d.marginLeft,
        right: d.width - d.marginRight,
        top: d.marginTop,
        bottom: d.height - d.marginBottom,
      };
      const lines: Polyline[] = [
        pixelsOf({ rows: glutRows, x: 'year', y: 'open' }, scales),
        pixelsOf({ rows: glutRows, x: 'year', y: 'frontier' }, scales),
        ...[...new Set(glutCeiling.map((c) => c.segment))].map((segment) =>
          pixelsOf(
            { rows: glutCeiling.filter((c) => c.segment === segment), x: 'year', y: 'frontier_ceiling' },
            scales,
          ),
        ),
      ];
      const rules = starts.map((s) => ({ x: Number(scales.x!(s.year)), text: s.text, short: s.short }));
      placement = placeRuleNames(rules, note, frame, lines, d.marginTop + FIRST_ROW, SMALL_FONT);
      placements.set(scales, placement);
    }
    return placement;
  };

  const rules = Plot.ruleX(starts, {
    fx: 'scenario',
    x: 'year',
    y1: () => top,
    y2: () => 0,
    stroke: theme.highlight,
    strokeDasharray: '2 2',
    render(index, scales, values, dimensions, context, next) {
      const { ruleTops } = placementIn(scales as { x?: Scale }, dimensions);
      const y1 = Float64Array.from(values.y1 as ArrayLike<number>, (y, i) => ruleTops[i] ?? y);
      return next!(index, scales, { ...values, y1 } as unknown as typeof values, dimensions, context);
    },
  });

  // The rules' names and the note: one mark, each text's colour and anchoring its own.
  const smallTexts = [
    ...starts.map((s) => ({ scenario: GLUT, text: s.text, short: s.short, fill: theme.highlight })),
    ...(note ? [{ scenario: GLUT, text: note, short: note, fill: theme.mutedInk }] : []),
  ];
  const smallNames = Plot.text(smallTexts, {
    fx: 'scenario',
    x: () => START_YEAR,
    y: () => top,
    text: 'text',
    fill: 'fill',
    fontSize: SMALL_FONT,
    ...halo,
    render(index, scales, values, dimensions, context, next) {
      const placement = placementIn(scales as { x?: Scale }, dimensions);
      const spots = smallTexts.map((_, i) => (i < starts.length ? placement.names[i] : placement.note));
      const X = Float64Array.from(spots, (s) => s?.x ?? NaN);
      const Y = Float64Array.from(spots, (s) => s?.y ?? NaN);
      const kept = Object.assign(
        index.filter((i) => spots[i] !== undefined),
        pick(index as unknown as Record<string, unknown>, ['fx', 'fy', 'fi']),
      );
      const text = placement.short ? smallTexts.map((t) => t.short) : values.text;
      const g = next!(kept, scales, { ...values, text, x: X, y: Y } as unknown as typeof values, dimensions, context);
      const nodes = g ? [...(g as SVGGElement).querySelectorAll('text')] : [];
      nodes.forEach((node, j) => node.setAttribute('text-anchor', spots[kept[j]!]!.anchor));
      return g;
    },
  });

  // The panels' names at their tops, the sides' names mid-panel above the frontier line and below the open one.
  const labelAt = at(rows, 0, LABEL_YEAR);
  const boldTexts = [
    ...SCENARIOS.map((text, scenario) => ({
      scenario,
      x: (START_YEAR + END_YEAR) / 2,
      y: top,
      dy: PANEL_NAME_DY,
      text,
      fill: theme.ink,
    })),
    { scenario: 0, x: LABEL_YEAR, y: labelAt.frontier!, dy: FRONTIER_DY, text: 'Frontier', fill: FRONTIER_COLOR },
    { scenario: 0, x: LABEL_YEAR, y: labelAt.open!, dy: OPEN_DY, text: 'Open', fill: OPEN_COLOR },
  ];
  const bold = {
    fx: 'scenario',
    x: 'x',
    y: 'y',
    text: 'text',
    fill: 'fill',
    textAnchor: 'middle',
    fontWeight: 600,
    ...halo,
  } as const;
  // The panels' names stand where asked (no line reaches the band they stand in); the sides' names are placed as
  // v4 placed them, each through the layout as a label of its own colour, so it may touch its own line.
  const panelNames = layout.hold(bold) as Plot.TextOptions;
  const sideNames = [FRONTIER_COLOR, OPEN_COLOR].map((fill) => ({
    fill,
    placed: layout.place({ ...bold, fill }) as Plot.TextOptions,
  }));
  const boldNames = Plot.text(boldTexts, {
    ...bold,
    render(index, scales, values, dimensions, context, next) {
      const panel = pick(index as unknown as Record<string, unknown>, ['fx', 'fy', 'fi']);
      const some = (keep: (i: number) => boolean) => Object.assign(index.filter(keep), panel);
      // Each text's own offset from its point, in pixels (a mark's dy is one for all).
      const X = Float64Array.from(values.x as ArrayLike<number>);
      const Y = Float64Array.from(values.y as ArrayLike<number>, (v, i) => v + boldTexts[i]!.dy);
      const asked = { ...values, x: X, y: Y } as unknown as typeof values;
      const names = some((i) => boldTexts[i]!.fill === theme.ink);
      panelNames.render!.call(this, names, scales, asked, dimensions, context);
      const kept = [...names];
      for (const { fill, placed } of sideNames) {
        placed.render!.call(
          this,
          some((i) => boldTexts[i]!.fill === fill),
          scales,
          asked,
          dimensions,
          context,
          (k, _s, v) => {
            const at = v as unknown as Record<'x' | 'y', ArrayLike<number>>;
            for (const i of k) [X[i], Y[i]] = [at.x[i]!, at.y[i]!];
            kept.push(...k);
            return null;
          },
        );
      }
      const drawn = Object.assign(
        kept.sort((a, b) => a - b),
        panel,
      );
      return next!(drawn, scales, { ...values, x: X, y: Y } as unknown as typeof values, dimensions, context);
    },
  });

  // Open rows first, so the frontier's line is drawn over the open one's, as v4 drew them.
  const sideLines = [
    ...rows.map((r) => ({ scenario: r.scenario, year: r.year, value: r.open, stroke: OPEN_COLOR })),
    ...rows.map((r) => ({ scenario: r.scenario, year: r.year, value: r.frontier, stroke: FRONTIER_COLOR })),
  ];
  return {
    ...glutFrame(top),
    marks: [
      Plot.lineY(ceiling, {
        fx: 'scenario',
        x: 'year',
        y: 'frontier_ceiling',
        z: 'segment',
        stroke: CEILING_COLOR,
        strokeDasharray: '4 3',
      }),
      rules,
      Plot.areaY(rows, {
        fx: 'scenario',
        x: 'year',
        y1: (d: TableRow) => Math.min(d.open!, d.frontier!),
        y2: (d: TableRow) => Math.max(d.open!, d.frontier!),
        fill: OPEN_COLOR,
        fillOpacity: 0.14,
      }),
      Plot.lineY(sideLines, { fx: 'scenario', x: 'year', y: 'value', stroke: 'stroke', strokeWidth: 2 }),
      smallNames,
      boldNames,
    ],
  };
}
